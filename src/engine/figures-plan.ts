// Figures of the "Plan my job" page. The planner's two options (pipeline, PCA mode) are not scenario
// fields: they are the figures' parameters, and each option pair publishes its own ids,
// plan.<pipeline>.<pca>.<what>, e.g. plan.collect.chunked.peak.
import { DEC, family, fig, type AnyFigureSpec, type FigureStyle, type Meanings } from './figure-spec';
import { INSTANCES, type InstanceSpec } from './instances.data';
import { PCA_MODES, PIPELINES, PLAN_HEADROOM, nodePythonBudget, plan, type PcaMode, type PhaseId, type Pipeline, type Plan } from './planner';
import type { Scenario } from './scenario';
import { GB } from './units';

export interface PlanChoice {
  pipeline: Pipeline;
  pca: PcaMode;
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
const NODE_CHOICES: readonly PlanNodeChoice[] = CHOICES.flatMap((c) => INSTANCES.map((i) => ({ ...c, node: i.id })));

// A page shows a dozen figures of one plan: the plan runs once per scenario object and option pair.
const plans = new WeakMap<Scenario, Map<string, Plan>>();
function planOf(s: Scenario, c: PlanChoice): Plan {
  const key = `${c.pipeline}.${c.pca}`;
  let byChoice = plans.get(s);
  if (!byChoice) plans.set(s, (byChoice = new Map()));
  let p = byChoice.get(key);
  if (!p) byChoice.set(key, (p = plan(s, c)));
  return p;
}

const base = (c: PlanChoice) => `plan.${c.pipeline}.${c.pca}`;
const what = (c: PlanChoice) => `(${c.pipeline}, PCA ${c.pca})`;

const GB1: FigureStyle = { chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1) };
const PCT: FigureStyle = { chapter: 'shared', unit: '%', estimate: true, approx: true, rounding: DEC(0) };

function ofPlan(name: string, style: FigureStyle, compute: (p: Plan) => number) {
  return family<PlanChoice>({ ...style, idOf: (c) => `${base(c)}.${name}`, published: CHOICES, compute: (s, c) => compute(planOf(s, c)) });
}

function nodeBudget(name: string, share: number) {
  return family<InstanceSpec>({ ...GB1, idOf: (n) => `plan.node.${n.id}.${name}`, published: INSTANCES, compute: (_s, n) => (nodePythonBudget(n) * share) / GB });
}

export const PLAN_FIGURES = {
  headroom: fig({
    id: 'plan.headroom', chapter: 'shared', unit: '%', estimate: false, rounding: DEC(0),
    compute: () => 100 * PLAN_HEADROOM,
  }),
  nodePython: nodeBudget('python', 1),
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

export const PLAN_MEANINGS: Meanings<typeof PLAN_FIGURES> = {
  headroom: 'Share of a node’s Python budget the planner keeps free at the peak (clustering, temporaries).',
  nodePython: (n) => `${n.id}: the Python budget the planner counts on (the essay's literal, low end, or the node-split model).`,
  nodeUsable: (n) => `${n.id}: the Python budget minus the planner's headroom, what the job's peak may use.`,
  peak: (c) => `Planner ${what(c)}: the most the Python process holds at any phase of the job.`,
  jvm: (c) => `Planner ${what(c)}: the most the driver JVM holds for the job (Arrow buffers or one partition).`,
  phase: (c) => `Planner ${what(c)}: Python bytes held during the ${c.phase} phase.`,
  chosenRam: (c) => `Planner ${what(c)}: RAM of the smallest catalogue node that fits with headroom (0 when none does).`,
  chosenPython: (c) => `Planner ${what(c)}: Python budget of the chosen node (0 when none fits).`,
  chosenUse: (c) => `Planner ${what(c)}: the peak as a share of the chosen node's Python budget (0 when none fits).`,
  currentUse: (c) => `Planner ${what(c)}: the peak as a share of the scenario node's Python budget.`,
  currentPython: (c) => `Planner ${what(c)}: Python budget of the scenario's own node.`,
  shortfall: (c) => `Planner ${what(c)}: how far the peak exceeds the largest node's usable Python budget (0 when a node fits).`,
  use: (c) => `Planner ${what(c)}: the peak as a share of ${c.node}'s Python budget.`,
};
