// The figure registry: every number the handbook shows has an id here, and the
// id maps to a function of the scenario. One home per number.
import type { FigureChapter, FigureSpec, FigureValue, Unit } from './figure-spec';
import { FIGURE_ALIASES } from './figure-aliases';
import { createRegistry } from './figure-registry';
import { BUDGET_FIGURES } from './figures-budget';
import { INSTANCE_FIGURES } from './figures-instances';
import { JVM_FIGURES } from './figures-jvm';
import { NODES_FIGURES } from './figures-nodes';
import { PLAN_FIGURES } from './figures-plan';
import { PYTHON_FIGURES } from './figures-python';
import { RULE_FIGURES } from './figures-rules';
import { SCENARIO_FIGURES } from './figures-scenario';
import { SPLIT_FIGURES } from './figures-split';
import { TOPANDAS_FIGURES } from './figures-topandas';
import type { Scenario } from './scenario';

export type { FigureChapter, FigureValue, Unit } from './figure-spec';

const SPECS: readonly FigureSpec[] = [
  ...SCENARIO_FIGURES,
  ...SPLIT_FIGURES,
  ...JVM_FIGURES,
  ...PYTHON_FIGURES,
  ...TOPANDAS_FIGURES,
  ...NODES_FIGURES,
  ...BUDGET_FIGURES,
  ...RULE_FIGURES,
  ...INSTANCE_FIGURES,
  ...PLAN_FIGURES,
];

export { FIGURE_ALIASES } from './figure-aliases';

const ALL = createRegistry(SPECS);
const BY_ID: ReadonlyMap<string, FigureSpec> = new Map(SPECS.map((s) => [s.id, s]));

export const FIGURE_IDS: readonly string[] = ALL.ids;

export interface FigureMeta {
  chapter: FigureChapter;
  meaning: string;
  unit: Unit;
  estimate: boolean;
}

export const FIGURE_META: Record<string, FigureMeta> = Object.fromEntries([
  ...SPECS.map((s) => [s.id, { chapter: s.chapter, meaning: s.meaning, unit: s.unit, estimate: s.estimate }] as const),
  ...Object.entries(FIGURE_ALIASES).flatMap(([alias, target]) => {
    const t = BY_ID.get(target);
    return t ? [[alias, { chapter: t.chapter, meaning: `Same number as ${target}: ${t.meaning}`, unit: t.unit, estimate: t.estimate }] as const] : [];
  }),
]);

export function hasFigure(id: string): boolean {
  return ALL.has(id);
}

// Throws only for an unknown id: that is a typo in a chapter, not a reader's input.
export function figure(id: string, s: Scenario): FigureValue {
  return ALL.figure(id, s);
}

export function figuresOfChapter(chapter: FigureChapter): string[] {
  return SPECS.filter((s) => s.chapter === chapter).map((s) => s.id);
}
