// The full figure registry, for build-time pages and tests: every chapter's specs and their meanings.
// Browser code never imports this module (widgets import their specs, prose loads registry/prose.ts), so
// the meanings (figure-meanings.ts, imported only here) stay out of every client bundle.
import type { AnyFigureSpec, FigureChapter, FigureValue, Unit } from './figure-spec';
import { FIGURE_ALIASES } from './figure-aliases';
import { createRegistry } from './figure-registry';
import {
  BUDGET_MEANINGS,
  EXECUTOR_MEANINGS,
  GATE_MEANINGS,
  INSTANCE_MEANINGS,
  JVM_MEANINGS,
  NODES_MEANINGS,
  PLAN_MEANINGS,
  PYTHON_MEANINGS,
  REDUCED_MEANINGS,
  RULE_MEANINGS,
  SCENARIO_MEANINGS,
  SPLIT_MEANINGS,
  STORAGE_MEANINGS,
  TOPANDAS_MEANINGS,
} from './figure-meanings';
import { BUDGET_FIGURES } from './figures-budget';
import { EXECUTOR_FIGURES } from './figures-executor';
import { GATE_FIGURES } from './figures-gates';
import { INSTANCE_FIGURES } from './figures-instances';
import { JVM_FIGURES } from './figures-jvm';
import { NODES_FIGURES } from './figures-nodes';
import { PLAN_FIGURES } from './figures-plan';
import { PYTHON_FIGURES } from './figures-python';
import { REDUCED_FIGURES } from './figures-reduced';
import { RULE_FIGURES } from './figures-rules';
import { SCENARIO_FIGURES } from './figures-scenario';
import { SPLIT_FIGURES } from './figures-split';
import { STORAGE_FIGURES } from './figures-storage';
import { TOPANDAS_FIGURES } from './figures-topandas';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

export type { FigureChapter, FigureValue, Unit } from './figure-spec';
export { FIGURE_ALIASES } from './figure-aliases';

type Meaning = string | ((p: never) => string);

// Each chapter's specs with their meanings, keyed alike (Meanings<> makes the keys match).
const CHAPTERS: readonly [Record<string, AnyFigureSpec>, Record<string, Meaning>][] = [
  [SCENARIO_FIGURES, SCENARIO_MEANINGS],
  [SPLIT_FIGURES, SPLIT_MEANINGS],
  [JVM_FIGURES, JVM_MEANINGS],
  [PYTHON_FIGURES, PYTHON_MEANINGS],
  [STORAGE_FIGURES, STORAGE_MEANINGS],
  [TOPANDAS_FIGURES, TOPANDAS_MEANINGS],
  [GATE_FIGURES, GATE_MEANINGS],
  [NODES_FIGURES, NODES_MEANINGS],
  [REDUCED_FIGURES, REDUCED_MEANINGS],
  [BUDGET_FIGURES, BUDGET_MEANINGS],
  [RULE_FIGURES, RULE_MEANINGS],
  [INSTANCE_FIGURES, INSTANCE_MEANINGS],
  [PLAN_FIGURES, PLAN_MEANINGS],
  [EXECUTOR_FIGURES, EXECUTOR_MEANINGS],
];

export const ALL_SPECS: readonly AnyFigureSpec[] = CHAPTERS.flatMap(([specs]) => Object.values(specs));

const ALL = createRegistry(ALL_SPECS);

export const FIGURE_IDS: readonly string[] = ALL.ids;

export interface FigureMeta {
  chapter: FigureChapter;
  meaning: string;
  unit: Unit;
  estimate: boolean;
}

function metaOf(spec: AnyFigureSpec, meaning: Meaning): [string, FigureMeta][] {
  return spec.published(DEFAULT_SCENARIO).map((p: unknown) => [
    spec.idOf(p),
    { chapter: spec.chapter, meaning: typeof meaning === 'string' ? meaning : (meaning as (p: unknown) => string)(p), unit: spec.unit, estimate: spec.estimate },
  ]);
}

const OWN_META: Record<string, FigureMeta> = Object.fromEntries(
  CHAPTERS.flatMap(([specs, meanings]) => Object.entries(specs).flatMap(([key, spec]) => metaOf(spec, meanings[key] ?? ''))),
);

export const FIGURE_META: Record<string, FigureMeta> = {
  ...OWN_META,
  ...Object.fromEntries(
    Object.entries(FIGURE_ALIASES).flatMap(([alias, target]) => {
      const t = OWN_META[target];
      return t ? [[alias, { ...t, meaning: `Same number as ${target}: ${t.meaning}` }] as const] : [];
    }),
  ),
};

export function hasFigure(id: string): boolean {
  return ALL.has(id);
}

// Throws only for an unknown id: that is a typo in a chapter, not a reader's input.
export function figure(id: string, s: Scenario): FigureValue {
  return ALL.figure(id, s);
}

