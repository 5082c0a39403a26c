// toLocalIterator(): one partition at a time from the JVM, rows arriving as
// pickled Row objects whose embeddings become Python float lists, each turned
// into a small array and finally stacked.
import { ESSAY_PY_FLOAT_BYTES } from './essay.data';
import { GETSIZEOF } from './ground-truth.data';
import { metadataBytes } from './python-baseline';
import { arrowBytes, budgetCheck, partitionRows, type BudgetCheck, type HeldStep } from './topandas';
import { listsRssPerRow, numpyBytes, numpyPerRow } from './python-objects';
import type { Scenario } from './scenario';

// Classic toLocalIterator ships pickled rows, not Arrow (Dataset.toPythonIterator, then
// PythonRDD.toLocalIteratorAndServe over EvaluatePython.javaToPython in apache/spark), and the
// driver's JVM holds each partition as those bytes. Spark's pickler (Pyrolite, net.razorvine.pickle)
// writes every float as BINFLOAT: one opcode byte and an 8-byte double, whatever the column's type.
export const PICKLED_FLOAT_BYTES = 9;

export interface StreamingPeak {
  partitionRows: number;
  partitionsHeld: number;
  jvm: number;
  pythonPartition: number;
  array: number;
  // The per-row arrays np.vstack reads while it builds the result (measured model only).
  rowArrays: number;
  python: number;
  total: number;
}

export interface StreamingOptions {
  // prefetchPartitions=True: "up to the memory of the 2 largest partitions".
  prefetch?: boolean;
  // Write rows into a preallocated array instead of collecting per-row arrays to vstack.
  preallocate?: boolean;
}

export function streamingPeak(s: Scenario, opts: StreamingOptions = {}): StreamingPeak {
  const pRows = partitionRows(s);
  const held = opts.prefetch ? Math.min(2, Math.max(1, s.partitions)) : 1;
  const inFlight = Math.min(Math.max(0, s.rows), pRows * held);
  const rowsTotal = Math.max(0, s.rows);
  // The essay counts the partition at Arrow's size; measured, it is the pickled rows' size (read in
  // source, not measured).
  const jvm =
    s.model === 'essay'
      ? rowsTotal > 0 ? (arrowBytes(s) / rowsTotal) * inFlight : 0
      : inFlight * Math.max(0, s.dim) * PICKLED_FLOAT_BYTES;
  const array = numpyBytes(rowsTotal, s.dim, s.dtype);
  if (s.model === 'essay') {
    // The essay: "roughly one partition + the growing numpy array".
    const pythonPartition = inFlight * Math.max(0, s.dim) * ESSAY_PY_FLOAT_BYTES;
    const python = pythonPartition + array;
    return { partitionRows: pRows, partitionsHeld: held, jvm, pythonPartition, array, rowArrays: 0, python, total: jvm + python };
  }
  const pythonPartition = inFlight * listsRssPerRow(s.dim);
  // Each per-row array owns its data plus an ndarray header, and the list holds a pointer to it.
  const rowArrays = opts.preallocate
    ? 0
    : rowsTotal * (numpyPerRow(s.dim, s.dtype) + GETSIZEOF.ndarrayHeader + GETSIZEOF.pointer);
  const python = pythonPartition + array + rowArrays;
  return { partitionRows: pRows, partitionsHeld: held, jvm, pythonPartition, array, rowArrays, python, total: jvm + python };
}

// ---------------------------------------------------------------------------
// The streaming notebook cell as a runnable pipeline: collect the small columns,
// reserve the matrix with np.empty, then stream the vectors partition by partition
// into it. np.empty only reserves address space; pages become resident as rows are
// written, so the matrix grows with the partitions done. At the last partition the
// matrix is full and one partition (two with prefetch) is still in flight: that is
// streamingPeak(preallocate) plus the metadata frame.
export type StreamStepId = 'meta' | 'allocate' | 'first' | 'middle' | 'last' | 'done';

export const STREAM_STEP_IDS: readonly StreamStepId[] = ['meta', 'allocate', 'first', 'middle', 'last', 'done'];

export interface StreamStep extends HeldStep {
  id: StreamStepId;
  // Partition in flight (1-based) for the partition steps, 0 otherwise.
  partition: number;
}

export interface StreamPipeline extends BudgetCheck<StreamStep> {
  prefetch: boolean;
  // Every step, including partition steps that coincide when there are few partitions.
  all: StreamStep[];
  // The steps worth showing: partition steps that repeat an earlier partition are left out.
  steps: StreamStep[];
  peak: StreamStep;
}

function streamStep(id: StreamStepId, partition: number, jvm: number, python: number): StreamStep {
  return { id, label: id, partition, jvm, python, total: jvm + python };
}

export function streamPipeline(s: Scenario, opts: { prefetch?: boolean } = {}): StreamPipeline {
  const prefetch = opts.prefetch ?? false;
  const p = streamingPeak(s, { prefetch, preallocate: true });
  const meta = metadataBytes(s);
  const rows = Math.max(0, s.rows);
  const parts = Math.max(1, Math.floor(s.partitions));
  const written = (k: number) => (rows > 0 ? (p.array * Math.min(rows, k * p.partitionRows)) / rows : 0);
  const inFlight = (id: StreamStepId, k: number) => streamStep(id, k, p.jvm, meta + written(k) + p.pythonPartition);
  const all: StreamStep[] = [
    streamStep('meta', 0, 0, meta),
    streamStep('allocate', 0, 0, meta),
    inFlight('first', 1),
    inFlight('middle', Math.ceil(parts / 2)),
    inFlight('last', parts),
    streamStep('done', 0, 0, meta + p.array),
  ];
  // With one or two partitions some partition steps are the same partition: the middle one gives
  // way to first and last, and the first to the last.
  const k = { first: 1, middle: Math.ceil(parts / 2), last: parts };
  const steps = all.filter(
    (x) => (x.id !== 'middle' || (k.middle !== k.first && k.middle !== k.last)) && (x.id !== 'first' || k.first !== k.last),
  );
  const peak = steps.reduce((best, x) => (x.total > best.total ? x : best));
  return { prefetch, all, steps, peak, ...budgetCheck(s, steps) };
}
