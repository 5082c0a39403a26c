// Figures of the "Plan my job" page. The planner's two options (pipeline, PCA mode) are not scenario
// fields: they are the figures' parameters, and each option pair publishes its own ids,
// plan.<pipeline>.<pca>.<what>, e.g. plan.collect.chunked.peak.
import { DEC, family, fig, type AnyFigureSpec, type FigureStyle } from './figure-spec';
import { SHORT_LIST_INSTANCES, type InstanceSpec } from './instances.data';
import { PCA_MODES, PIPELINES, PLAN_HEADROOM, plan, type CloudChoice, type FamilyChoice, type PcaMode, type PhaseId, type Pipeline, type Plan } from './planner';
import type { Scenario } from './scenario';
import { pythonRoomBytes } from './python-baseline';
import { GB } from './units';

export interface PlanChoice {
  pipeline: Pipeline;
  pca: PcaMode;
  // The candidates (the planner's defaults, the scenario node's cloud and every family, when absent).
  // They are not in the ids: a figure means the same among whichever nodes the reader chose to weigh.
  cloud?: CloudChoice;
  family?: FamilyChoice;
}

export interface PlanPhaseChoice extends PlanChoice {
  phase: PhaseId;
}

export interface PlanNodeChoice extends PlanChoice {
  node: string;
}

const CHOICES: readonly PlanChoice[] = PIPELINES.flatMap((pipeline) => PCA_MODES.map((pca) => ({ pipeline, pca })));
const PHASES_OF = (pca: PcaMode): readonly PhaseId[] => (pca === 'none' ? ['load', 'resident'] : ['load', 'resident', 'pca']);
const PHASE_CHOICES: readonly PlanPhaseChoice[] = CHOICES.flatMap((c) => PHASES_OF(c.pca).map((phase) => ({ ...c, phase })));
const NODE_CHOICES: readonly PlanNodeChoice[] = CHOICES.flatMap((c) => SHORT_LIST_INSTANCES.map((i) => ({ ...c, node: i.id })));

// A page shows a dozen figures of one plan: the plan runs once per scenario object and option pair.
// The planner widget reads its plans here too, so its figures reuse them rather than planning again.
const plans = new WeakMap<Scenario, Map<string, Plan>>();
export function planOf(s: Scenario, c: PlanChoice): Plan {
  const key = `${c.pipeline}.${c.pca}.${c.cloud ?? ''}.${c.family ?? ''}`;
  let byChoice = plans.get(s);
  if (!byChoice) plans.set(s, (byChoice = new Map()));
  let p = byChoice.get(key);
  if (!p) byChoice.set(key, (p = plan(s, c)));
  return p;
}

const base = (c: PlanChoice) => `plan.${c.pipeline}.${c.pca}`;

const GB1: FigureStyle = { chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1) };
const PCT: FigureStyle = { chapter: 'shared', unit: '%', estimate: true, approx: true, rounding: DEC(0) };

function ofPlan(name: string, style: FigureStyle, compute: (p: Plan) => number) {
  return family<PlanChoice>({ ...style, idOf: (c) => `${base(c)}.${name}`, published: CHOICES, compute: (s, c) => compute(planOf(s, c)) });
}

function nodeBudget(name: string, share: number) {
  return family<InstanceSpec>({ ...GB1, idOf: (n) => `plan.node.${n.id}.${name}`, published: SHORT_LIST_INSTANCES, compute: (s, n) => (pythonRoomBytes(s, n.ramGiB) * share) / GB });
}

export const PLAN_FIGURES = {
  headroom: fig({
    id: 'plan.headroom', chapter: 'shared', unit: '%', estimate: false, rounding: DEC(0),
    compute: () => 100 * PLAN_HEADROOM,
  }),
  nodeUsable: nodeBudget('usable', 1 - PLAN_HEADROOM),
  peak: ofPlan('peak', GB1, (p) => p.peak.python / GB),
  jvm: ofPlan('jvm', GB1, (p) => p.jvmPeak / GB),
  phase: family<PlanPhaseChoice>({
    ...GB1, idOf: (c) => `${base(c)}.phase.${c.phase}`, published: PHASE_CHOICES,
    compute: (s, c) => (planOf(s, c).phases.find((x) => x.id === c.phase)?.python ?? 0) / GB,
  }),
  chosenRam: ofPlan('node-ram', { chapter: 'shared', unit: 'GB', estimate: false, rounding: DEC(0) }, (p) => p.node?.ramGiB ?? 0),
  chosenPython: ofPlan('node-python', GB1, (p) => (p.node?.pythonBudget ?? 0) / GB),
  chosenUse: ofPlan('node-use', PCT, (p) => 100 * (p.node?.use ?? 0)),
  currentUse: ofPlan('current-use', PCT, (p) => 100 * p.current.use),
  currentPython: ofPlan('current-python', GB1, (p) => p.current.pythonBudget / GB),
  shortfall: ofPlan('shortfall', GB1, (p) => p.shortfall / GB),
  use: family<PlanNodeChoice>({
    ...PCT, idOf: (c) => `${base(c)}.use.${c.node}`, published: NODE_CHOICES,
    compute: (s, c) => 100 * (planOf(s, c).nodes.find((n) => n.id === c.node)?.use ?? 0),
  }),
} satisfies Record<string, AnyFigureSpec>;
