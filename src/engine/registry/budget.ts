// Widgets of chapter 6 (the practical budget): the ledger quotes the node split and the reduced output
// of chapter 5; the quick-reference table holds the instance figures.
import { createRegistry } from '../figure-registry';
import { BUDGET_FIGURES } from '../figures-budget';
import { INSTANCE_FIGURES } from '../figures-instances';
import { NODES_FIGURES } from '../figures-nodes';
import { SCENARIO_FIGURES } from '../figures-scenario';
import { SPLIT_FIGURES } from '../figures-split';

export const BUDGET_REGISTRY = createRegistry([
  ...SCENARIO_FIGURES,
  ...SPLIT_FIGURES,
  ...NODES_FIGURES,
  ...BUDGET_FIGURES,
  ...INSTANCE_FIGURES,
]);
