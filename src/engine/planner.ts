// "Plan my job": given a scenario (rows, dim, dtype, chunk, reduced, partitions, model) and how the job
// loads its vectors and runs PCA, walk the job's phases, find where Python's memory peaks, and pick the
// smallest node in the catalogue whose Python share holds that peak with headroom to spare.
//
// Each phase reuses the chapter models, so the planner never disagrees with the pages that explain it:
//   load      toPandas() timeline (chapter 4) or toLocalIterator() streaming (chapter 4, Fix 2)
//   resident  the budget ledger's residents after `del pdf` (chapter 6)
//   pca       one float64 chunk, or the whole float64 matrix, in faer (chapter 6), plus the reduced output
import type { RuleId } from './rule-titles';
import { metadataBytes, interpreterBytes } from './python-baseline';
import { decimalText } from './format';
import { oneOf, type InputIssue } from './input';
import { readParams, ruleParam, writeParams, type ParamSpecs } from './page-params';
import { CLOUD_CHOICES, findInstance, nodesOn, type CloudChoice, type InstanceSpec } from './instances.data';
import { FAMILIES, type Cloud, type Family } from './catalogue';
import { jvmShareBytes } from './gates';
import { pythonRoomBytes, scenarioPythonRoom } from './python-baseline';
import { nodeSplit } from './node-split';
import { chunkPeakBytes, effectiveChunk, reducedBytes, unchunkedBytes } from './pca';
import { numpyBytes } from './python-objects';
import type { Scenario } from './scenario';
import { streamingPeak } from './streaming';
import { collectTimeline } from './topandas';
import { dtypeBytes } from './units';

export type PcaMode = 'none' | 'chunked' | 'unchunked';
export type Pipeline = 'collect' | 'stream';

export const PCA_MODES: readonly PcaMode[] = ['none', 'chunked', 'unchunked'];
export const PIPELINES: readonly Pipeline[] = ['collect', 'stream'];

export const PCA_LABELS: Readonly<Record<PcaMode, string>> = {
  none: 'No PCA',
  chunked: 'PCA, transform in chunks',
  unchunked: 'PCA on all rows at once',
};

export const PIPELINE_LABELS: Readonly<Record<Pipeline, string>> = {
  collect: 'Collect: toPandas() then np.array(...)',
  stream: 'Stream: toLocalIterator() into a preallocated array',
};

export { CLOUD_CHOICES, type CloudChoice };
export type FamilyChoice = 'all' | Family;
/** How many of the ranked nodes the table lists. */
export type NodeList = 'top' | 'all';

export const FAMILY_CHOICES: readonly FamilyChoice[] = ['all', ...FAMILIES.map((f) => f.id)];
export const NODE_LISTS: readonly NodeList[] = ['top', 'all'];
/** The table's length when it lists the top of the ranking. */
export const TOP_NODES = 12;

export interface PlanOptions {
  pca: PcaMode;
  pipeline: Pipeline;
  cloud: CloudChoice;
  family: FamilyChoice;
  list: NodeList;
  // Share of the node's Python budget kept free at the peak (clustering internals, temporaries).
  headroom?: number;
}

// The essay's job: the vectors collected with toPandas(), then a chunked PCA transform.
export const DEFAULT_PLAN_OPTIONS: Readonly<Required<PlanOptions>> = Object.freeze({
  pca: 'chunked',
  pipeline: 'collect',
  cloud: 'node',
  family: 'all',
  list: 'top',
  headroom: 0.2,
});

// The essay's budget leaves the PCA transform, the clustering model and "any temporary allocations" to
// share what remains; a fifth of the Python budget is kept for them at the job's peak.
export const PLAN_HEADROOM = DEFAULT_PLAN_OPTIONS.headroom;

export type PhaseId = 'load' | 'resident' | 'pca';

export interface PlanPhase {
  id: PhaseId;
  // Where this happens, in the reader's words, written to follow "the peak is N GB, …".
  label: string;
  // Bytes held by the Python process (RSS) and by the driver JVM during this phase.
  python: number;
  jvm: number;
}

export interface NodeFit {
  id: string;
  ramGiB: number;
  cores: number;
  // Bytes: the Python budget (the essay's literal where it gives one, else the node-split model), and the
  // part of it the peak may use once the headroom is set aside.
  pythonBudget: number;
  usable: number;
  jvmCapacity: number;
  // Peak ÷ Python budget, as a fraction.
  use: number;
  fits: boolean;
}

export interface Plan {
  model: Scenario['model'];
  options: Required<PlanOptions>;
  phases: PlanPhase[];
  // The phase where Python holds the most.
  peak: PlanPhase;
  // The most the driver JVM holds at any point (Arrow buffers or one partition).
  jvmPeak: number;
  // The candidates (the catalogue narrowed by cloud and family), smallest node first.
  nodes: NodeFit[];
  // The same nodes ranked: those that fit first, the smallest (least room left idle) leading; then those
  // that do not, the closest to fitting first.
  ranked: NodeFit[];
  // The cloud the candidates come from, once 'node' is resolved; 'all' for every cloud.
  cloud: 'all' | Cloud;
  // The smallest node that fits with headroom; undefined when none in the catalogue does.
  node?: NodeFit;
  // The scenario's own node (a catalogue node or a custom RAM size).
  current: NodeFit;
  // How far the peak overshoots the largest node's usable budget (0 when some node fits).
  shortfall: number;
  rules: PlanRule[];
}

export interface PlanRule {
  id: RuleId;
  reason: string;
}

function clampHeadroom(h: number | undefined): number {
  return typeof h === 'number' && Number.isFinite(h) ? Math.min(0.9, Math.max(0, h)) : PLAN_HEADROOM;
}

export function withDefaults(opts: Partial<PlanOptions> = {}): Required<PlanOptions> {
  return {
    pca: opts.pca && PCA_MODES.includes(opts.pca) ? opts.pca : DEFAULT_PLAN_OPTIONS.pca,
    pipeline: opts.pipeline && PIPELINES.includes(opts.pipeline) ? opts.pipeline : DEFAULT_PLAN_OPTIONS.pipeline,
    cloud: opts.cloud && CLOUD_CHOICES.includes(opts.cloud) ? opts.cloud : DEFAULT_PLAN_OPTIONS.cloud,
    family: opts.family && FAMILY_CHOICES.includes(opts.family) ? opts.family : DEFAULT_PLAN_OPTIONS.family,
    list: opts.list && NODE_LISTS.includes(opts.list) ? opts.list : DEFAULT_PLAN_OPTIONS.list,
    headroom: clampHeadroom(opts.headroom),
  };
}

// The interpreter and the small metadata columns are present from start to finish.
function baseline(s: Scenario): number {
  return interpreterBytes(s) + metadataBytes(s);
}

function loadPhase(s: Scenario, pipeline: Pipeline): PlanPhase {
  const base = baseline(s);
  if (pipeline === 'collect') {
    const t = collectTimeline(s);
    const steps = [...t.steps, t.stack];
    const top = steps.reduce((best, x) => (x.python > best.python ? x : best));
    return { id: 'load', label: `while loading with toPandas(), when ${lowerFirst(top.label)}`, python: base + top.python, jvm: Math.max(...steps.map((x) => x.jvm)) };
  }
  const p = streamingPeak(s, { preallocate: true });
  return {
    id: 'load',
    label: 'while loading with toLocalIterator(), with the last partition in flight as the preallocated array fills',
    python: base + p.python,
    jvm: p.jvm,
  };
}

// Step labels are sentences; mid-sentence only a leading "The" changes case (names such as Spark keep theirs).
function lowerFirst(t: string): string {
  return t.startsWith('The ') ? `the ${t.slice(4)}` : t;
}

export function planPhases(s: Scenario, opts: Partial<PlanOptions> = {}): PlanPhase[] {
  const o = withDefaults(opts);
  const resident = baseline(s) + numpyBytes(s.rows, s.dim, s.dtype);
  const phases: PlanPhase[] = [
    loadPhase(s, o.pipeline),
    { id: 'resident', label: 'after loading, once the frame is deleted: the array, the metadata and the interpreter', python: resident, jvm: 0 },
  ];
  if (o.pca !== 'none') {
    const output = reducedBytes(s);
    const working = o.pca === 'chunked' ? chunkPeakBytes(s) : unchunkedBytes(s);
    const label =
      o.pca === 'chunked'
        ? `during the PCA transform in chunks of ${decimalText(effectiveChunk(s))} rows: one float64 block in faer plus the reduced output`
        : 'during PCA on all rows at once: a float64 copy of the whole matrix in faer plus the reduced output';
    phases.push({ id: 'pca', label, python: resident + working + output, jvm: 0 });
  }
  return phases;
}

function fitOf(id: string, ramGiB: number, cores: number, pythonBudget: number, peak: number, jvmPeak: number, headroom: number, jvmCapacity = nodeSplit(ramGiB).jvm.min): NodeFit {
  const usable = pythonBudget * (1 - headroom);
  return {
    id,
    ramGiB,
    cores,
    pythonBudget,
    usable,
    jvmCapacity,
    // A node whose room the other notebooks took is judged against one byte: finite, and far over.
    use: peak / Math.max(1, pythonBudget),
    fits: peak <= usable && jvmPeak <= jvmCapacity,
  };
}

/** The cloud a 'node' choice means: the scenario node's, or every cloud for a custom node. */
export function plannedCloud(s: Scenario, cloud: CloudChoice): 'all' | Cloud {
  if (cloud !== 'node') return cloud;
  return findInstance(s.instance)?.cloud ?? 'all';
}

/** The nodes the planner weighs for these options, smallest first. */
export function candidateNodes(s: Scenario, o: Pick<PlanOptions, 'cloud' | 'family'>): InstanceSpec[] {
  return nodesOn(plannedCloud(s, o.cloud), o.family);
}

// Fitting nodes first, least room first (the order they were given in: smallest first); then the rest,
// the closest to fitting first.
function rank(nodes: readonly NodeFit[]): NodeFit[] {
  const fit = nodes.filter((n) => n.fits);
  const short = nodes.filter((n) => !n.fits).sort((a, b) => a.use - b.use);
  return [...fit, ...short];
}

function currentNode(s: Scenario, peak: number, jvmPeak: number, headroom: number): NodeFit {
  // The scenario's own node: calibrated where the reader pasted their driver's numbers.
  const spec = findInstance(s.instance);
  const jvmCapacity = jvmShareBytes(s);
  if (spec) return fitOf(spec.id, spec.ramGiB, spec.cores, scenarioPythonRoom(s), peak, jvmPeak, headroom, jvmCapacity);
  return fitOf('custom', s.ramGB, 0, scenarioPythonRoom(s), peak, jvmPeak, headroom, jvmCapacity);
}

function rulesFor(s: Scenario, o: Required<PlanOptions>, current: NodeFit, node: NodeFit | undefined): PlanRule[] {
  const rules: PlanRule[] = [
    { id: 1, reason: 'The node is chosen by its Python share, not by the RAM the cluster page shows.' },
  ];
  if (o.pipeline === 'collect') {
    rules.push({ id: 2, reason: 'This pipeline collects the vector column with toPandas(); streaming it would lower the load peak.' });
  } else {
    rules.push({ id: 3, reason: 'toLocalIterator() hands each row over as Python floats; copy it into the array at once and drop it.' });
  }
  if (o.pca !== 'none') {
    rules.push({ id: 4, reason: 'faer’s float64 matrices count in the process’s RSS although tracemalloc never sees them.' });
    rules.push({
      id: 5,
      reason:
        o.pca === 'unchunked'
          ? 'Transforming in chunks gives the same result with a peak set by the chunk, not by every row.'
          : 'The chunk size, not the row count, sets the PCA transform’s peak.',
    });
  }
  if (dtypeBytes(s.dtype) > dtypeBytes('f32')) {
    rules.push({ id: 6, reason: 'The vectors are float64; float32 would halve the array and every copy of it.' });
  }
  if (!current.fits) {
    rules.push({ id: 7, reason: 'The JVM keeps its share however idle it is, so Python cannot borrow memory to get past the peak.' });
    rules.push({ id: 8, reason: 'If this job has already run out of memory on your node, restart the cluster before trying the plan.' });
  } else if (!node) {
    rules.push({ id: 7, reason: 'The JVM keeps its share however idle it is, so Python cannot borrow memory to get past the peak.' });
  }
  return rules;
}

export function plan(s: Scenario, opts: Partial<PlanOptions> = {}): Plan {
  const o = withDefaults(opts);
  const phases = planPhases(s, o);
  const peak = phases.reduce((best, x) => (x.python > best.python ? x : best));
  const jvmPeak = Math.max(...phases.map((p) => p.jvm));
  const nodes = candidateNodes(s, o).map((spec) => fitOf(spec.id, spec.ramGiB, spec.cores, pythonRoomBytes(s, spec.ramGiB), peak.python, jvmPeak, o.headroom));
  const node = nodes.find((n) => n.fits);
  const current = currentNode(s, peak.python, jvmPeak, o.headroom);
  // No candidates (a family a cloud does not offer): short by the whole peak.
  const largestUsable = nodes.reduce((best, n) => Math.max(best, n.usable), 0);
  const shortfall = node ? 0 : Math.max(0, peak.python - largestUsable);
  const result: Plan = {
    model: s.model, options: o, phases, peak, jvmPeak, nodes, ranked: rank(nodes), cloud: plannedCloud(s, o.cloud), current, shortfall,
    rules: rulesFor(s, o, current, node),
  };
  if (node) result.node = node;
  return result;
}

// Both models side by side, whatever the scenario's own model is.
export function planBoth(s: Scenario, opts: Partial<PlanOptions> = {}): { essay: Plan; measured: Plan } {
  return { essay: plan({ ...s, model: 'essay' }, opts), measured: plan({ ...s, model: 'measured' }, opts) };
}

// ---- The planner's own query parameters, read and written like every widget setting (page-params.ts). ----

export const PLAN_PARAM_RULES = {
  pca: oneOf('PCA', PCA_MODES),
  pipeline: oneOf('Pipeline', PIPELINES),
  cloud: oneOf('Cloud', CLOUD_CHOICES),
  family: oneOf('Family', FAMILY_CHOICES),
  list: oneOf('Node list', NODE_LISTS),
};

const PLAN_PARAM_SPECS = {
  pca: ruleParam(PLAN_PARAM_RULES.pca, DEFAULT_PLAN_OPTIONS.pca),
  pipeline: ruleParam(PLAN_PARAM_RULES.pipeline, DEFAULT_PLAN_OPTIONS.pipeline),
  cloud: ruleParam(PLAN_PARAM_RULES.cloud, DEFAULT_PLAN_OPTIONS.cloud),
  family: ruleParam(PLAN_PARAM_RULES.family, DEFAULT_PLAN_OPTIONS.family),
  list: ruleParam(PLAN_PARAM_RULES.list, DEFAULT_PLAN_OPTIONS.list),
} satisfies ParamSpecs;

export type PlanParam = keyof typeof PLAN_PARAM_SPECS;

/** The planner's query parameters, in the order they are written. */
export const PLAN_PARAMS = Object.keys(PLAN_PARAM_SPECS) as readonly PlanParam[];

export function readPlanParams(params: URLSearchParams): { options: Required<PlanOptions>; issues: InputIssue<PlanParam>[] } {
  const { value, issues } = readParams(PLAN_PARAM_SPECS, params);
  return { options: withDefaults(value), issues: issues as InputIssue<PlanParam>[] };
}

// Only what differs from the defaults, like the scenario's own serialise; `full` writes all of them.
export function planParams(opts: Partial<PlanOptions>, { full = false }: { full?: boolean } = {}): URLSearchParams {
  return writeParams(PLAN_PARAM_SPECS, withDefaults(opts), { full });
}
