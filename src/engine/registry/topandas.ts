// Widgets of chapter 4 (the toPandas() trap): the timeline compares against the node's Python budget
// and quotes chapter 3's numpy sizes (topandas.tolist-f64 is an alias of one).
import { createRegistry } from '../figure-registry';
import { PYTHON_FIGURES } from '../figures-python';
import { SCENARIO_FIGURES } from '../figures-scenario';
import { SPLIT_FIGURES } from '../figures-split';
import { TOPANDAS_FIGURES } from '../figures-topandas';

export const TOPANDAS_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...SPLIT_FIGURES, ...PYTHON_FIGURES, ...TOPANDAS_FIGURES]);
