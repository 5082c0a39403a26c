// Single node vs multi-node: where an operation's bytes land (driver or
// executors) and which node's Python share runs out first.
import { ESSAY_EXECUTORS } from './essay.data';
import { ESSAY_PANDAS_BYTES_PER_FLOAT, arrowToPandasPeakPerRow } from './conversion';
import { findInstance } from './instances.data';
import { nodeSplit } from './node-split';
import type { Scenario } from './scenario';
import { SPARK_DEFAULTS } from './spark-defaults';
import { streamingPeak } from './streaming';
import { collectTimeline, partitionRows } from './topandas';

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
  const split = nodeSplit(s.ramGB);
  // The essay's node boxes: JVM at the low end of its range, Python at what code gets.
  const jvmCapacity = split.jvm.min;
  const pythonCapacity = split.pythonTypical;
  const pythonHeadroom = pythonCapacity - pythonUsed;
  return { name, role, jvmCapacity, pythonCapacity, jvmUsed, pythonUsed, pythonHeadroom, fits: pythonHeadroom >= 0 && jvmUsed <= jvmCapacity };
}

// Executors run tasks in parallel, one Python worker per core: mapInPandas feeds
// each worker Arrow batches of maxRecordsPerBatch rows; applyInPandas hands it a
// whole group, taken here as one partition's rows.
function executorPythonLoad(s: Scenario, op: Operation, workers: number): number {
  const rowsPerWorker =
    op === 'mapInPandas' ? Math.min(partitionRows(s), SPARK_DEFAULTS.maxRecordsPerBatch) : partitionRows(s);
  return workers * rowsPerWorker * pandasPerRow(s);
}

export function clusterLoad(s: Scenario, op: Operation, executors: number = DEFAULT_EXECUTORS): ClusterLoad {
  const n = Number.isFinite(executors) ? Math.max(0, Math.min(1000, Math.floor(executors))) : DEFAULT_EXECUTORS;
  const workers = Math.max(1, Math.min(cores(s), Math.ceil(Math.max(1, s.partitions) / Math.max(1, n))));
  const nodes: NodeLoad[] = [];
  const onDriver = OPERATIONS.find((o) => o.id === op)?.runsOn === 'driver' || n === 0;
  if (op === 'toPandas') {
    const t = collectTimeline(s);
    const jvm = Math.max(...t.steps.map((x) => x.jvm));
    nodes.push(node('Driver', 'driver', s, jvm, t.peakWithStack.python));
  } else if (op === 'toLocalIterator') {
    const p = streamingPeak(s);
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
