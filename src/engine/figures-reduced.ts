// Figures of the "nodes" chapter for the PCA-reduced data. Their own module because the budget
// chapter's ledger quotes one of them: it loads these two definitions, not the cluster model.
import { SIG, type FigureSpec } from './figure-spec';
import { reducedBytes } from './pca';
import { MB, dtypeBytes } from './units';

export const REDUCED_FIGURES: readonly FigureSpec[] = [
  {
    id: 'nodes.reduced-data', chapter: 'nodes', unit: 'MB', estimate: false, rounding: SIG(2),
    meaning: 'The PCA-reduced data, rows × reduced × 8 B (f64); reduced is capped at dim.',
    compute: (s) => reducedBytes(s) / MB,
  },
  {
    id: 'nodes.reduced-f32', chapter: 'nodes', unit: 'MB', estimate: false, rounding: SIG(2),
    meaning: 'The same reduced data as float32 (half of nodes.reduced-data).',
    compute: (s) => (reducedBytes(s) * dtypeBytes('f32')) / dtypeBytes('f64') / MB,
  },
];
