// Single node vs multi-node: where an operation's bytes land (driver or
// executors) and which node's Python share runs out first.
import { ESSAY_EXECUTORS } from './essay.data';
import { ESSAY_PANDAS_BYTES_PER_FLOAT, arrowToPandasPeakPerRow } from './conversion';
import type { NumberRule } from './input';
import { findInstance } from './instances.data';
import { collectGate, jvmShareBytes, type Gate } from './gates';
import { WORKER_INTERPRETER_BYTES, scenarioPythonRoom } from './python-baseline';
import { nodeSplit, scenarioSplit } from './node-split';
import type { Scenario } from './scenario';
import { SPARK_DEFAULTS } from './spark-defaults';
import { streamingPeak } from './streaming';
import { collectPipeline, partitionRows } from './topandas';
import { choiceParam, numberParam, type ParamSpecs } from './page-params';

export type Operation = 'toPandas' | 'toLocalIterator' | 'mapInPandas' | 'applyInPandas';

export const OPERATIONS: readonly { id: Operation; label: string; runsOn: 'driver' | 'executors' }[] = [
  { id: 'toPandas', label: 'df.toPandas()', runsOn: 'driver' },
  { id: 'toLocalIterator', label: 'df.toLocalIterator()', runsOn: 'driver' },
  { id: 'mapInPandas', label: 'df.mapInPandas(fn, schema)', runsOn: 'executors' },
  { id: 'applyInPandas', label: 'df.groupBy(key).applyInPandas(fn, schema)', runsOn: 'executors' },
];

export const DEFAULT_EXECUTORS = ESSAY_EXECUTORS.length;

export interface NodeLoad {
  name: string;
  role: 'driver' | 'executor';
  jvmCapacity: number;
  pythonCapacity: number;
  jvmUsed: number;
  pythonUsed: number;
  pythonHeadroom: number;
  fits: boolean;
}

export interface ClusterLoad {
  operation: Operation;
  nodes: NodeLoad[];
  // The node with the least Python headroom when at least one does not fit.
  firstToRunOut?: string;
}

function cores(s: Scenario): number {
  return findInstance(s.instance)?.cores ?? 8;
}

// What one Python worker holds for a batch of rows: the Arrow batch and its pandas copy.
function pandasPerRow(s: Scenario): number {
  return s.model === 'essay' ? Math.max(0, s.dim) * ESSAY_PANDAS_BYTES_PER_FLOAT : arrowToPandasPeakPerRow(s.dim, s.dtype);
}

function node(name: string, role: NodeLoad['role'], s: Scenario, jvmUsed: number, pythonUsed: number): NodeLoad {
  // The driver is the node the reader may have calibrated; executors keep the model's guess.
  const split = role === 'driver' ? scenarioSplit(s) : nodeSplit(s.ramGB);
  // The essay's node boxes: JVM at the low end of its range, Python at what code gets.
  const jvmCapacity = role === 'driver' ? jvmShareBytes(s) : split.jvm.min;
  // Attached notebooks run their REPLs on the driver only; an executor's Python is its own share.
  const pythonCapacity = role === 'driver' ? scenarioPythonRoom(s) : split.pythonTypical;
  const pythonHeadroom = pythonCapacity - pythonUsed;
  return { name, role, jvmCapacity, pythonCapacity, jvmUsed, pythonUsed, pythonHeadroom, fits: pythonHeadroom >= 0 && jvmUsed <= jvmCapacity };
}

// Executors run tasks in parallel, one Python worker per core, each with its own interpreter (as
// chapter 7 counts it): mapInPandas feeds each worker Arrow batches of maxRecordsPerBatch rows;
// applyInPandas hands it a whole group, taken here as one partition's rows.
function executorPythonLoad(s: Scenario, op: Operation, workers: number): number {
  const rowsPerWorker =
    op === 'mapInPandas' ? Math.min(partitionRows(s), SPARK_DEFAULTS.maxRecordsPerBatch) : partitionRows(s);
  return workers * (WORKER_INTERPRETER_BYTES + rowsPerWorker * pandasPerRow(s));
}

export function clusterLoad(s: Scenario, op: Operation, executors: number = DEFAULT_EXECUTORS): ClusterLoad {
  const n = Number.isFinite(executors) ? Math.max(0, Math.min(1000, Math.floor(executors))) : DEFAULT_EXECUTORS;
  const workers = Math.max(1, Math.min(cores(s), Math.ceil(Math.max(1, s.partitions) / Math.max(1, n))));
  const nodes: NodeLoad[] = [];
  const onDriver = OPERATIONS.find((o) => o.id === op)?.runsOn === 'driver' || n === 0;
  if (op === 'toPandas') {
    // toPandas, then np.array(...tolist()): the most each runtime holds at any step.
    const p = collectPipeline(s);
    const jvm = Math.max(...p.steps.map((x) => x.jvm));
    nodes.push(node('Driver', 'driver', s, jvm, p.pythonPeak.python));
  } else if (op === 'toLocalIterator') {
    // Rows written into a preallocated matrix, as chapter 4 recommends.
    const p = streamingPeak(s, { preallocate: true });
    nodes.push(node('Driver', 'driver', s, p.jvm, p.python));
  } else if (onDriver) {
    // Single node: Spark runs the tasks inside the driver.
    nodes.push(node('Driver', 'driver', s, 0, executorPythonLoad(s, op, workers)));
  } else {
    nodes.push(node('Driver', 'driver', s, 0, 0));
  }
  for (let i = 1; i <= n; i++) {
    // Executors' JVMs only compute and ship partitions here; their Python holds batches.
    const python = onDriver ? 0 : executorPythonLoad(s, op, workers);
    nodes.push(node(`Executor ${i}`, 'executor', s, 0, python));
  }
  const short = nodes.filter((x) => !x.fits);
  const first = short.length === 0 ? undefined : short.reduce((a, b) => (b.pythonHeadroom < a.pythonHeadroom ? b : a)).name;
  return first === undefined ? { operation: op, nodes } : { operation: op, nodes, firstToRunOut: first };
}

// ---------------------------------------------------------------------------
// The cluster topology widget: how many executors a reader may draw, which node
// runs out first (and on which side), and how much Python memory an operation can
// use at all.

export const MAX_EXECUTORS = 100;

// Executors a reader may draw: 0 is a single-node cluster.
export const EXECUTORS_RULE: NumberRule = { label: 'Executors', min: 0, max: MAX_EXECUTORS, integer: true };

/** The topology widget's settings in the address: `executors`, `op` (page-params.ts). */
export const TOPOLOGY_PARAMS = {
  executors: numberParam(EXECUTORS_RULE, DEFAULT_EXECUTORS),
  op: choiceParam<Operation>('Operation', OPERATIONS.map((o) => o.id), 'toPandas'),
} satisfies ParamSpecs;

export function clampExecutors(executors: number): number {
  return Number.isFinite(executors) ? Math.max(0, Math.min(MAX_EXECUTORS, Math.floor(executors))) : DEFAULT_EXECUTORS;
}

export interface ClusterVerdict {
  fits: boolean;
  // The node furthest over its capacity, and the side (JVM or Python) that is over.
  node?: NodeLoad;
  side?: 'jvm' | 'python';
  // Bytes needed and available on that side of that node.
  need: number;
  have: number;
  shortfall: number;
}

function overRatio(used: number, capacity: number): number {
  if (used <= 0) return 0;
  return capacity > 0 ? used / capacity : Number.MAX_VALUE;
}

export function clusterVerdict(load: ClusterLoad): ClusterVerdict {
  let worst: { node: NodeLoad; side: 'jvm' | 'python'; ratio: number } | undefined;
  for (const n of load.nodes) {
    for (const side of ['python', 'jvm'] as const) {
      const ratio = side === 'python' ? overRatio(n.pythonUsed, n.pythonCapacity) : overRatio(n.jvmUsed, n.jvmCapacity);
      if (ratio > 1 && (worst === undefined || ratio > worst.ratio)) worst = { node: n, side, ratio };
    }
  }
  if (worst === undefined) return { fits: true, need: 0, have: 0, shortfall: 0 };
  const { node: n, side } = worst;
  const need = side === 'python' ? n.pythonUsed : n.jvmUsed;
  const have = side === 'python' ? n.pythonCapacity : n.jvmCapacity;
  return { fits: false, node: n, side, need, have, shortfall: Math.max(0, need - have) };
}

// Python memory the operation can use at all: a collect only ever reaches the
// driver's Python; work on the executors can use every executor's Python share.
export function usablePythonBytes(s: Scenario, op: Operation, executors: number = DEFAULT_EXECUTORS): number {
  const n = clampExecutors(executors);
  const onDriver = OPERATIONS.find((o) => o.id === op)?.runsOn === 'driver' || n === 0;
  return onDriver ? scenarioPythonRoom(s) : n * nodeSplit(s.ramGB).pythonTypical;
}

export function clusterPythonBytes(s: Scenario, executors: number = DEFAULT_EXECUTORS): number {
  return scenarioPythonRoom(s) + clampExecutors(executors) * nodeSplit(s.ramGB).pythonTypical;
}

/**
 * What spark.driver.maxResultSize sees of an operation: all of toPandas()'s Arrow batches in one job,
 * one partition's pickled rows a job for toLocalIterator(). Work that stays on the executors returns
 * nothing to the driver, so no gate (undefined).
 */
export function resultGate(s: Scenario, op: Operation): Gate | undefined {
  if (op === 'toPandas') return collectGate(s, 'collect');
  if (op === 'toLocalIterator') return collectGate(s, 'stream');
  return undefined;
}

// Which side of a node is over its capacity.
export function nodeOver(n: NodeLoad): { jvm: boolean; python: boolean } {
  return { jvm: n.jvmUsed > n.jvmCapacity, python: n.pythonUsed > n.pythonCapacity };
}
