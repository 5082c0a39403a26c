// Figures of the "nodes" chapter for the PCA-reduced data. Their own module because the budget
// chapter's ledger quotes one of them: it loads these two definitions, not the cluster model.
import { SIG, fig, type AnyFigureSpec } from './figure-spec';
import { reducedBytes } from './pca';
import { MB, dtypeBytes } from './units';

export const REDUCED_FIGURES = {
  reducedData: fig({
    id: 'nodes.reduced-data', chapter: 'nodes', unit: 'MB', estimate: false, rounding: SIG(2),
    compute: (s) => reducedBytes(s) / MB,
  }),
  reducedF32: fig({
    id: 'nodes.reduced-f32', chapter: 'nodes', unit: 'MB', estimate: false, rounding: SIG(2),
    compute: (s) => (reducedBytes(s) * dtypeBytes('f32')) / dtypeBytes('f64') / MB,
  }),
} satisfies Record<string, AnyFigureSpec>;
