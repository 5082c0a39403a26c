// Figures of the "Plan my job" page. The planner's two options (pipeline, PCA mode) are not scenario
// fields, so every option pair gets its own ids: plan.<pipeline>.<pca>.<what>, e.g. plan.collect.chunked.peak.
import { DEC, type FigureSpec } from './figure-spec';
import { INSTANCES } from './instances.data';
import { PCA_MODES, PIPELINES, PLAN_HEADROOM, nodePythonBudget, plan, type PcaMode, type PhaseId, type Pipeline } from './planner';
import type { Scenario } from './scenario';
import { GB } from './units';

function optionFigures(pipeline: Pipeline, pca: PcaMode): FigureSpec[] {
  const base = `plan.${pipeline}.${pca}`;
  const p = (s: Scenario) => plan(s, { pipeline, pca });
  const what = `(${pipeline}, PCA ${pca})`;
  const phases: PhaseId[] = pca === 'none' ? ['load', 'resident'] : ['load', 'resident', 'pca'];
  return [
    {
      id: `${base}.peak`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Planner ${what}: the most the Python process holds at any phase of the job.`,
      compute: (s) => p(s).peak.python / GB,
    },
    {
      id: `${base}.jvm`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Planner ${what}: the most the driver JVM holds for the job (Arrow buffers or one partition).`,
      compute: (s) => p(s).jvmPeak / GB,
    },
    ...phases.map(
      (ph): FigureSpec => ({
        id: `${base}.phase.${ph}`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
        meaning: `Planner ${what}: Python bytes held during the ${ph} phase.`,
        compute: (s) => (p(s).phases.find((x) => x.id === ph)?.python ?? 0) / GB,
      }),
    ),
    {
      id: `${base}.node-ram`, chapter: 'shared', unit: 'GB', estimate: false, rounding: DEC(0),
      meaning: `Planner ${what}: RAM of the smallest catalogue node that fits with headroom (0 when none does).`,
      compute: (s) => p(s).node?.ramGiB ?? 0,
    },
    {
      id: `${base}.node-python`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Planner ${what}: Python budget of the chosen node (0 when none fits).`,
      compute: (s) => (p(s).node?.pythonBudget ?? 0) / GB,
    },
    {
      id: `${base}.node-use`, chapter: 'shared', unit: '%', estimate: true, approx: true, rounding: DEC(0),
      meaning: `Planner ${what}: the peak as a share of the chosen node's Python budget (0 when none fits).`,
      compute: (s) => 100 * (p(s).node?.use ?? 0),
    },
    {
      id: `${base}.current-use`, chapter: 'shared', unit: '%', estimate: true, approx: true, rounding: DEC(0),
      meaning: `Planner ${what}: the peak as a share of the scenario node's Python budget.`,
      compute: (s) => 100 * p(s).current.use,
    },
    {
      id: `${base}.current-python`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Planner ${what}: Python budget of the scenario's own node.`,
      compute: (s) => p(s).current.pythonBudget / GB,
    },
    {
      id: `${base}.shortfall`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Planner ${what}: how far the peak exceeds the largest node's usable Python budget (0 when a node fits).`,
      compute: (s) => p(s).shortfall / GB,
    },
    ...INSTANCES.map(
      (spec): FigureSpec => ({
        id: `${base}.use.${spec.id}`, chapter: 'shared', unit: '%', estimate: true, approx: true, rounding: DEC(0),
        meaning: `Planner ${what}: the peak as a share of ${spec.id}'s Python budget.`,
        compute: (s) => 100 * (p(s).nodes.find((n) => n.id === spec.id)?.use ?? 0),
      }),
    ),
  ];
}

export const PLAN_FIGURES: readonly FigureSpec[] = [
  {
    id: 'plan.headroom', chapter: 'shared', unit: '%', estimate: false, rounding: DEC(0),
    meaning: 'Share of a node’s Python budget the planner keeps free at the peak (clustering, temporaries).',
    compute: () => 100 * PLAN_HEADROOM,
  },
  ...INSTANCES.flatMap((spec): FigureSpec[] => [
    {
      id: `plan.node.${spec.id}.python`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `${spec.id}: the Python budget the planner counts on (the essay's literal, low end, or the node-split model).`,
      compute: () => nodePythonBudget(spec) / GB,
    },
    {
      id: `plan.node.${spec.id}.usable`, chapter: 'shared', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `${spec.id}: the Python budget minus the planner's headroom, what the job's peak may use.`,
      compute: () => (nodePythonBudget(spec) * (1 - PLAN_HEADROOM)) / GB,
    },
  ]),
  ...PIPELINES.flatMap((pl) => PCA_MODES.flatMap((pc) => optionFigures(pl, pc))),
];
