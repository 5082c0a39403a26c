// The figures quoted in a page's prose, loaded when the reader first changes the scenario. Prose may
// quote any chapter, so each id prefix's specs are their own chunk, fetched only when quoted; a prefix
// spans two modules where a chapter's widget needs only part of its figures (storage, reduced data).
// The meanings (documentation for build-time pages) live apart, in figure-meanings.ts, which nothing
// here imports; a test over the built site holds that none reaches the browser
// (tests/e2e/client-bundle.spec.ts).
import type { AnyFigureSpec } from '../figure-spec';
import { FIGURE_ALIASES } from '../figure-aliases';
import { createRegistry, type FigureRegistry } from '../figure-registry';

type Loader = () => Promise<readonly AnyFigureSpec[]>;

const values = (o: Record<string, AnyFigureSpec>): readonly AnyFigureSpec[] => Object.values(o);
const both = (a: Promise<readonly AnyFigureSpec[]>, b: Promise<readonly AnyFigureSpec[]>) => Promise.all([a, b]).then(([x, y]) => [...x, ...y]);

export const SPEC_LOADERS: Readonly<Record<string, Loader>> = {
  scenario: () => import('../figures-scenario').then((m) => values(m.SCENARIO_FIGURES)),
  split: () => import('../figures-split').then((m) => values(m.SPLIT_FIGURES)),
  jvm: () => import('../figures-jvm').then((m) => values(m.JVM_FIGURES)),
  python: () => both(import('../figures-python').then((m) => values(m.PYTHON_FIGURES)), import('../figures-storage').then((m) => values(m.STORAGE_FIGURES))),
  topandas: () => both(import('../figures-topandas').then((m) => values(m.TOPANDAS_FIGURES)), import('../figures-gates').then((m) => values(m.GATE_FIGURES))),
  nodes: () => both(import('../figures-nodes').then((m) => values(m.NODES_FIGURES)), import('../figures-reduced').then((m) => values(m.REDUCED_FIGURES))),
  budget: () => import('../figures-budget').then((m) => values(m.BUDGET_FIGURES)),
  rules: () => import('../figures-rules').then((m) => values(m.RULE_FIGURES)),
  instances: () => import('../figures-instances').then((m) => values(m.INSTANCE_FIGURES)),
  plan: () => import('../figures-plan').then((m) => values(m.PLAN_FIGURES)),
  executor: () => import('../figures-executor').then((m) => values(m.EXECUTOR_FIGURES)),
};

export const prefixOf = (id: string): string => (FIGURE_ALIASES[id] ?? id).split('.', 1)[0] ?? '';

/** A registry holding at least the given ids; ids of no known prefix are left out (has() is false). */
export async function registryFor(ids: Iterable<string>): Promise<FigureRegistry> {
  const prefixes = new Set([...ids].map(prefixOf).filter((p) => p in SPEC_LOADERS));
  const lists = await Promise.all([...prefixes].map((p) => SPEC_LOADERS[p]!()));
  return createRegistry(lists.flat());
}
