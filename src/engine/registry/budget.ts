// Widgets of chapter 6 (the practical budget): the ledger quotes the node split and the reduced output
// of chapter 5 (those two definitions only, not chapter 5's cluster model); the quick-reference table
// holds the instance figures.
import { createRegistry } from '../figure-registry';
import { BUDGET_FIGURES } from '../figures-budget';
import { INSTANCE_FIGURES } from '../figures-instances';
import { REDUCED_FIGURES } from '../figures-reduced';
import { SCENARIO_FIGURES } from '../figures-scenario';
import { SPLIT_FIGURES } from '../figures-split';

export const BUDGET_REGISTRY = createRegistry([
  ...SCENARIO_FIGURES,
  ...SPLIT_FIGURES,
  ...REDUCED_FIGURES,
  ...BUDGET_FIGURES,
  ...INSTANCE_FIGURES,
]);
