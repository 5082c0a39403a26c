// The job planner page: its verdicts per node type and the node types' RAM.
import { createRegistry } from '../figure-registry';
import { INSTANCE_FIGURES } from '../figures-instances';
import { PLAN_FIGURES } from '../figures-plan';
import { SCENARIO_FIGURES } from '../figures-scenario';

export const PLAN_REGISTRY = createRegistry([...SCENARIO_FIGURES, ...PLAN_FIGURES, ...INSTANCE_FIGURES]);
