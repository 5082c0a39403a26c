// The reader's own inputs, shown in prose like any other number.
import { DEC, fig, type AnyFigureSpec } from './figure-spec';
import { effectiveChunk } from './pca';
import { dtypeBytes } from './units';

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
  dtypeBytes: fig({
    id: 'scenario.dtype-bytes', chapter: 'shared', unit: 'B', estimate: false, rounding: DEC(0),
    compute: (s) => dtypeBytes(s.dtype),
  }),
} satisfies Record<string, AnyFigureSpec>;
