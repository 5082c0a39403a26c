// The figure registry: every number the handbook shows has an id here, and the
// id maps to a function of the scenario. One home per number.
import { toFigureValue, type FigureChapter, type FigureSpec, type FigureValue, type Unit } from './figure-spec';
import { BUDGET_FIGURES } from './figures-budget';
import { INSTANCE_FIGURES, RULE_FIGURES } from './figures-instances';
import { JVM_FIGURES } from './figures-jvm';
import { NODES_FIGURES } from './figures-nodes';
import { PLAN_FIGURES } from './figures-plan';
import { PYTHON_FIGURES } from './figures-python';
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

// Other names chapters use for a number that already has a home: the alias
// renders the same value and text, under the name it was asked for.
export const FIGURE_ALIASES: Readonly<Record<string, string>> = {
  'python.f32-row': 'python.storage.numpy-f32.per-row',
  'python.f64-row': 'python.storage.numpy-f64.per-row',
  'python.native-chunk': 'budget.pca-chunk-exact',
  'topandas.tolist-f64': 'python.storage.numpy-f64.total',
};

const BY_ID: ReadonlyMap<string, FigureSpec> = new Map(SPECS.map((s) => [s.id, s]));

function specOf(id: string): FigureSpec | undefined {
  return BY_ID.get(id) ?? BY_ID.get(FIGURE_ALIASES[id] ?? '');
}

export const FIGURE_IDS: readonly string[] = SPECS.map((s) => s.id);

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
  return specOf(id) !== undefined;
}

// Throws only for an unknown id: that is a typo in a chapter, not a reader's input.
export function figure(id: string, s: Scenario): FigureValue {
  const spec = specOf(id);
  if (!spec) throw new Error(`Unknown figure id "${id}"`);
  return { ...toFigureValue(spec, s), id };
}

export function figuresOfChapter(chapter: FigureChapter): string[] {
  return SPECS.filter((s) => s.chapter === chapter).map((s) => s.id);
}
