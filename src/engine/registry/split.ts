// Widgets of chapter 1 (the node's JVM/Python split).
import { createRegistry } from '../figure-registry';
import { SCENARIO_FIGURES } from '../figures-scenario';
import { SPLIT_FIGURES } from '../figures-split';

export const SPLIT_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...SPLIT_FIGURES]);
