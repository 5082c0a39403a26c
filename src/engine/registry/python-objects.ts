// Widgets of chapter 3 (Python object overhead): the Bytes per float cell shows the storage figures
// only; the chapter's other figures are prose (loaded on a scenario change, registry/prose.ts).
import { createRegistry } from '../figure-registry';
import { STORAGE_FIGURES } from '../figures-storage';
import { SCENARIO_FIGURES } from '../figures-scenario';

export const PYTHON_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...STORAGE_FIGURES]);
