// toLocalIterator(): one partition at a time from the JVM, rows arriving as
// pickled Row objects whose embeddings become Python float lists, each turned
// into a small array and finally stacked.
import { ESSAY_PY_FLOAT_BYTES } from './essay.data';
import { GETSIZEOF } from './ground-truth.data';
import { arrowBytes, partitionRows } from './topandas';
import { listsRssPerRow, numpyBytes, numpyPerRow } from './python-objects';
import type { Scenario } from './scenario';

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
  const jvm = rowsTotal > 0 ? (arrowBytes(s) / rowsTotal) * inFlight : 0;
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
