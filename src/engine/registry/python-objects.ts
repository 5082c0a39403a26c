// Widgets of chapter 3 (Python object overhead).
import { createRegistry } from '../figure-registry';
import { PYTHON_FIGURES } from '../figures-python';
import { SCENARIO_FIGURES } from '../figures-scenario';

export const PYTHON_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...PYTHON_FIGURES]);
