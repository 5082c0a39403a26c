// The reader's own inputs, shown in prose like any other number.
import { DEC, type FigureSpec } from './figure-spec';
import { effectiveChunk } from './pca';
import { dtypeBytes } from './units';

export const SCENARIO_FIGURES: readonly FigureSpec[] = [
  {
    id: 'scenario.rows', chapter: 'shared', unit: 'rows', estimate: false,
    meaning: 'Rows (embeddings) in the scenario.',
    compute: (s) => s.rows,
  },
  {
    id: 'scenario.dim', chapter: 'shared', unit: 'dims', estimate: false,
    meaning: 'Embedding dimension in the scenario.',
    compute: (s) => s.dim,
  },
  {
    id: 'scenario.chunk-rows', chapter: 'shared', unit: 'rows', estimate: false,
    meaning: 'PCA chunk rows as the model uses them (capped at rows).',
    compute: (s) => effectiveChunk(s),
  },
  {
    id: 'scenario.reduced-dim', chapter: 'shared', unit: 'dims', estimate: false,
    meaning: 'Dimension after PCA as the model uses it (capped at dim).',
    compute: (s) => Math.min(s.reduced, s.dim),
  },
  {
    id: 'scenario.partitions', chapter: 'shared', unit: 'partitions', estimate: false,
    meaning: 'Spark partitions toLocalIterator streams.',
    compute: (s) => s.partitions,
  },
  {
    id: 'scenario.dtype-bytes', chapter: 'shared', unit: 'B', estimate: false, rounding: DEC(0),
    meaning: "Bytes per element of the scenario's dtype.",
    compute: (s) => dtypeBytes(s.dtype),
  },
];
