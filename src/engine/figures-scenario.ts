// The reader's own inputs, shown in prose like any other number.
import { DEC, fig, type AnyFigureSpec } from './figure-spec';
import { effectiveChunk } from './pca';
import { GB, GiB, dtypeBytes } from './units';

export const SCENARIO_FIGURES = {
  rows: fig({
    id: 'scenario.rows', chapter: 'shared', unit: 'rows', estimate: false,
    compute: (s) => s.rows,
  }),
  dim: fig({
    id: 'scenario.dim', chapter: 'shared', unit: 'dims', estimate: false,
    compute: (s) => s.dim,
  }),
  chunkRows: fig({
    id: 'scenario.chunk-rows', chapter: 'shared', unit: 'rows', estimate: false,
    compute: (s) => effectiveChunk(s),
  }),
  reducedDim: fig({
    id: 'scenario.reduced-dim', chapter: 'shared', unit: 'dims', estimate: false,
    compute: (s) => Math.min(s.reduced, s.dim),
  }),
  partitions: fig({
    id: 'scenario.partitions', chapter: 'shared', unit: 'partitions', estimate: false,
    compute: (s) => s.partitions,
  }),
  // spark.driver.maxResultSize as the reader set it, in decimal GB like every size (shown in GiB, as
  // Spark's `g` counts); 0 is Spark's "no limit".
  maxResult: fig({
    id: 'scenario.max-result', chapter: 'shared', unit: 'GB', estimate: false, binary: true, rounding: DEC(1),
    compute: (s) => (s.maxresult * GiB) / GB,
  }),
  // The driver heap from the reader's calibration line; 0 while the model guesses (node-split.ts).
  heap: fig({
    id: 'scenario.heap', chapter: 'shared', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => s.heap,
  }),
  notebooks: fig({
    id: 'scenario.notebooks', chapter: 'shared', unit: 'notebooks', estimate: false,
    compute: (s) => s.notebooks,
  }),
  dtypeBytes: fig({
    id: 'scenario.dtype-bytes', chapter: 'shared', unit: 'B', estimate: false, rounding: DEC(0),
    compute: (s) => dtypeBytes(s.dtype),
  }),
} satisfies Record<string, AnyFigureSpec>;
