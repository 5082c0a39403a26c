// The figures quoted in a page's prose, loaded when the reader first changes the scenario. Prose may
// quote any chapter, so each id prefix's definitions are their own chunk, fetched only when quoted.
import type { FigureSpec } from '../figure-spec';
import { FIGURE_ALIASES } from '../figure-aliases';
import { createRegistry, type FigureRegistry } from '../figure-registry';

type Loader = () => Promise<readonly FigureSpec[]>;

export const SPEC_LOADERS: Readonly<Record<string, Loader>> = {
  scenario: () => import('../figures-scenario').then((m) => m.SCENARIO_FIGURES),
  split: () => import('../figures-split').then((m) => m.SPLIT_FIGURES),
  jvm: () => import('../figures-jvm').then((m) => m.JVM_FIGURES),
  python: () => import('../figures-python').then((m) => m.PYTHON_FIGURES),
  topandas: () => import('../figures-topandas').then((m) => m.TOPANDAS_FIGURES),
  nodes: () => import('../figures-nodes').then((m) => m.NODES_FIGURES),
  budget: () => import('../figures-budget').then((m) => m.BUDGET_FIGURES),
  rules: () => import('../figures-rules').then((m) => m.RULE_FIGURES),
  instances: () => import('../figures-instances').then((m) => m.INSTANCE_FIGURES),
  plan: () => import('../figures-plan').then((m) => m.PLAN_FIGURES),
};

export const prefixOf = (id: string): string => (FIGURE_ALIASES[id] ?? id).split('.', 1)[0] ?? '';

/** A registry holding at least the given ids; ids of no known prefix are left out (has() is false). */
export async function registryFor(ids: Iterable<string>): Promise<FigureRegistry> {
  const prefixes = new Set([...ids].map(prefixOf).filter((p) => p in SPEC_LOADERS));
  const lists = await Promise.all([...prefixes].map((p) => SPEC_LOADERS[p]!()));
  return createRegistry(lists.flat());
}
