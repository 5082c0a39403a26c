// Widgets of chapter 2 (the JVM's own breakdown); they also show the node split's JVM range.
import { createRegistry } from '../figure-registry';
import { JVM_FIGURES } from '../figures-jvm';
import { SCENARIO_FIGURES } from '../figures-scenario';
import { SPLIT_FIGURES } from '../figures-split';

export const JVM_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...SPLIT_FIGURES, ...JVM_FIGURES]);
