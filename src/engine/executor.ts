// Executors and pandas UDFs: what one executor's Python workers hold at once, and whether that fits the
// room its worker node leaves outside the executor's JVM. Chapter 7 and its widget read everything here.
//
// What each part rests on (the chapter and /sources/ cite each):
// - One executor per worker node, using all of its cores: Databricks documents the first (Clusters API,
//   num_workers; compute configuration best practices); the second is Spark standalone's default for
//   spark.executor.cores (docs/configuration.md), assumed for Databricks.
// - One Python worker per running task, so task slots = spark.executor.cores / spark.task.cpus Python
//   processes at once (PythonRunner.scala: "the worker pool will grow to the number of concurrent tasks").
// - A worker holds one Arrow batch of at most spark.sql.execution.arrow.maxRecordsPerBatch rows (10,000)
//   for a pandas UDF, its iterator form and mapInPandas, and a whole group for applyInPandas, whatever
//   the batch setting (SQLConf.scala; group_ops.py).
// - The batch costs its Arrow bytes plus a pandas copy of the same width: Arrow's documented worst case
//   ("twice the memory"), measured at 2.02× the Arrow table for a list<float32> column (ground truth), an
//   upper bound for numeric columns without nulls, which pyarrow can hand pandas without a copy.
// - Each worker is a Python process with its interpreter and libraries: measured locally (111 MB RSS
//   with numpy, pandas, pyarrow), an upper bound for a forked worker (inferred).
// - The room is the worker node's Python share under the handbook's one split (node-split.ts): Databricks
//   documents no executor-heap formula, so executors get the essay's driver split, as chapter 5 does.
import { ESSAY_SCENARIO, type Range } from './essay.data';
import { oneOf, type NumberRule } from './input';
import { INSTANCES, findInstance, type InstanceSpec } from './instances.data';
import { nodePythonBudget, nodeSplit } from './node-split';
import { WORKER_INTERPRETER_BYTES } from './python-baseline';
import { choiceParam, defaultsOf, editParam, numberParam, ruleParam, type ParamSpecs, type ParamValues } from './page-params';
import { SPARK_DEFAULTS } from './spark-defaults';

export type UdfKind = 'scalar' | 'iterator' | 'mapInPandas' | 'applyInPandas';

/** What one call of the function receives: an Arrow batch's rows, or one key's whole group. */
export type Holds = 'batch' | 'group';

export const UDF_KINDS: readonly { id: UdfKind; label: string; holds: Holds }[] = [
  { id: 'scalar', label: '@pandas_udf: Series to Series', holds: 'batch' },
  { id: 'iterator', label: '@pandas_udf: Iterator[Series] to Iterator[Series]', holds: 'batch' },
  { id: 'mapInPandas', label: 'df.mapInPandas(fn, schema)', holds: 'batch' },
  // fn takes a pd.DataFrame: the only form before Spark 4.1, whose Iterator[pd.DataFrame] form streams.
  { id: 'applyInPandas', label: 'df.groupBy(key).applyInPandas(fn, schema)', holds: 'group' },
];

export function holdsOf(kind: UdfKind): Holds {
  return UDF_KINDS.find((k) => k.id === kind)?.holds ?? 'batch';
}

// ---- The widget's own inputs, each with its limits ----

export const SLOTS_RULE: NumberRule = { label: 'Task slots', min: 1, max: 1024, integer: true };
export const COLUMNS_RULE: NumberRule = { label: 'Columns', min: 1, max: 10_000, integer: true };
// Arrow's 32-bit offsets cap a string or list column at 2 GiB a batch; a row wider than that cannot travel.
export const ROW_BYTES_RULE: NumberRule = { label: 'Row width', min: 1, max: 2_000_000_000, unit: 'B' };
// spark.sql.execution.arrow.maxRecordsPerBatch; Spark reads 0 or less as "no limit", which this field
// refuses: type the partition's rows instead.
export const BATCH_RULE: NumberRule = { label: 'Arrow batch', min: 1, max: 100_000_000, integer: true, unit: 'rows' };
export const GROUP_RULE: NumberRule = { label: 'Rows in a typical group', min: 1, max: 10_000_000_000, integer: true, unit: 'rows' };
export const SKEW_RULE: NumberRule = { label: 'Largest group', min: 1, max: 1_000_000, unit: '× typical' };

/** The worker node the widget starts from: the essay's node (Databricks gives the driver the workers' type by default). */
export const DEFAULT_WORKER: string = findInstance(ESSAY_SCENARIO.instance)?.id ?? INSTANCES[0]!.id;

/** One row of (doc_id long, vec array<float>) with the essay's 1,536-wide vector, as Arrow lays it out:
 *  8 B of long, a 4 B list offset and the float32 values (the Arrow columnar format). */
export const ESSAY_ROW_BYTES = 8 + 4 + ESSAY_SCENARIO.dim * 4;

// The node list is long (and grows), so a bad name is told to pick from it rather than listing it.
const workerParam = ruleParam(oneOf('Worker node', INSTANCES.map((i) => i.id), 'use a node type from the list'), DEFAULT_WORKER);

/** The executor widget's settings in the address (page-params.ts); `slots` absent means one per vCPU. */
export const EXECUTOR_PARAMS = {
  worker: workerParam,
  slots: editParam(SLOTS_RULE),
  cols: numberParam(COLUMNS_RULE, 2),
  rowbytes: numberParam(ROW_BYTES_RULE, ESSAY_ROW_BYTES),
  batch: numberParam(BATCH_RULE, SPARK_DEFAULTS.maxRecordsPerBatch),
  udf: choiceParam<UdfKind>(
    'UDF kind',
    UDF_KINDS.map((k) => k.id),
    'mapInPandas',
  ),
  group: numberParam(GROUP_RULE, 50_000),
  skew: numberParam(SKEW_RULE, 20),
} satisfies ParamSpecs;

export type ExecutorSettings = ParamValues<typeof EXECUTOR_PARAMS>;

export const EXECUTOR_DEFAULTS: ExecutorSettings = defaultsOf(EXECUTOR_PARAMS);

// ---- The model ----

/** The node a setting names; an unknown name (a catalogue that changed) falls back to the default node. */
export function workerOf(id: string): InstanceSpec {
  return findInstance(id) ?? findInstance(DEFAULT_WORKER) ?? INSTANCES[0]!;
}

// Inputs past their limits (a caller that skipped the field's rule) are held to sane numbers, never NaN.
const whole = (n: number, min: number, fallback: number) => (Number.isFinite(n) ? Math.max(min, Math.floor(n)) : fallback);
const positive = (n: number, fallback: number) => (Number.isFinite(n) && n > 0 ? n : fallback);

/** Python workers an executor runs at once: its task slots, one per vCPU unless the reader set them. */
export function taskSlots(s: Pick<ExecutorSettings, 'worker' | 'slots'>): number {
  return whole(s.slots ?? workerOf(s.worker).cores, 1, 1);
}

/** Arrow bytes of `rows` rows: the data, plus a validity bitmap (one bit a row) for every column. */
export function arrowBatchBytes(rows: number, cols: number, rowBytes: number): number {
  const r = Math.max(0, rows);
  return r * positive(rowBytes, 1) + whole(cols, 1, 1) * Math.ceil(r / 8);
}

/** The pandas frame the worker builds from the batch, counted as a full copy (Arrow's worst case). */
export function pandasCopyBytes(rows: number, rowBytes: number): number {
  return Math.max(0, rows) * positive(rowBytes, 1);
}

/** What one Python worker holds at its peak while the function sees `rows` rows. */
export function workerPeakBytes(rows: number, cols: number, rowBytes: number): number {
  return WORKER_INTERPRETER_BYTES + arrowBatchBytes(rows, cols, rowBytes) + pandasCopyBytes(rows, rowBytes);
}

/** Rows of the largest group: the typical group times the skew, whole rows. */
export function largestGroupRows(s: Pick<ExecutorSettings, 'group' | 'skew'>): number {
  return Math.ceil(whole(s.group, 1, 1) * Math.max(1, positive(s.skew, 1)));
}

export interface ExecutorMemory {
  worker: InstanceSpec;
  holds: Holds;
  slots: number;
  /** Rows the busiest worker holds at once: a batch, or the largest group. */
  rows: number;
  arrowBytes: number;
  pandasBytes: number;
  interpreterBytes: number;
  /** The busiest worker's peak. */
  workerPeak: number;
  /** Every other worker's peak: the same batch, or a typical group. */
  otherWorkerPeak: number;
  /** All the executor's Python workers at once. */
  executorPeak: number;
  /** The executor's JVM (heap, off-heap and overhead) and the room the node leaves Python. */
  jvm: Range;
  room: number;
  fits: boolean;
  headroom: number;
  shortfall: number;
}

// The widget and its dozen figures read one settings object: the model runs once for it. Settings are
// replaced, never mutated, so the object is the key.
const runs = new WeakMap<ExecutorSettings, ExecutorMemory>();

export function executorMemory(s: ExecutorSettings): ExecutorMemory {
  let m = runs.get(s);
  if (!m) runs.set(s, (m = computeExecutorMemory(s)));
  return m;
}

function computeExecutorMemory(s: ExecutorSettings): ExecutorMemory {
  const worker = workerOf(s.worker);
  const holds = holdsOf(s.udf);
  const slots = taskSlots(s);
  const cols = whole(s.cols, 1, 1);
  const rowBytes = positive(s.rowbytes, 1);
  // A group ignores maxRecordsPerBatch: the function gets the key's rows in one frame.
  const rows = holds === 'group' ? largestGroupRows(s) : whole(s.batch, 1, 1);
  const otherRows = holds === 'group' ? whole(s.group, 1, 1) : rows;
  const workerPeak = workerPeakBytes(rows, cols, rowBytes);
  const otherWorkerPeak = workerPeakBytes(otherRows, cols, rowBytes);
  // One key lands in one task: the skewed group is one worker's, the other slots hold typical groups.
  const executorPeak = workerPeak + (slots - 1) * otherWorkerPeak;
  const split = nodeSplit(worker.ramGiB);
  const room = split.pythonTypical;
  return {
    worker,
    holds,
    slots,
    rows,
    arrowBytes: arrowBatchBytes(rows, cols, rowBytes),
    pandasBytes: pandasCopyBytes(rows, rowBytes),
    interpreterBytes: WORKER_INTERPRETER_BYTES,
    workerPeak,
    otherWorkerPeak,
    executorPeak,
    jvm: split.jvm,
    room,
    fits: executorPeak <= room,
    headroom: Math.max(0, room - executorPeak),
    shortfall: Math.max(0, executorPeak - room),
  };
}

/**
 * The largest Arrow batch (rows) with which every slot's worker fits the room at once: 0 when the
 * interpreters alone do not fit. The peak grows with the rows, so a bisection finds it exactly.
 */
export function largestBatchRows(s: ExecutorSettings): number {
  const slots = taskSlots(s);
  const room = nodePythonBudget(workerOf(s.worker).ramGiB);
  const fits = (rows: number) => slots * workerPeakBytes(rows, s.cols, s.rowbytes) <= room;
  if (!fits(0)) return 0;
  let lo = 0;
  let hi = Math.max(1, Math.ceil(room / positive(s.rowbytes, 1)));
  while (fits(hi)) hi *= 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
