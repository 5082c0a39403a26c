// Widgets of chapter 5 (single- versus multi-node clusters).
import { createRegistry } from '../figure-registry';
import { NODES_FIGURES } from '../figures-nodes';
import { SCENARIO_FIGURES } from '../figures-scenario';
import { SPLIT_FIGURES } from '../figures-split';

export const NODES_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...SPLIT_FIGURES, ...NODES_FIGURES]);
