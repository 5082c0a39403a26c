// Widgets of chapter 4 (the toPandas() trap): the timeline compares against the node's Python budget
// and quotes one of chapter 3's storage sizes (topandas.tolist-f64 is an alias of numpy float64's total).
import { createRegistry } from '../figure-registry';
import { SCENARIO_FIGURES } from '../figures-scenario';
import { STORAGE_FIGURES } from '../figures-storage';
import { SPLIT_FIGURES } from '../figures-split';
import { TOPANDAS_FIGURES } from '../figures-topandas';

export const TOPANDAS_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...SPLIT_FIGURES, ...STORAGE_FIGURES, ...TOPANDAS_FIGURES]);
