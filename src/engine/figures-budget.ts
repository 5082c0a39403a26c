// Figures of the "budget" chapter: the ledger and PCA chunking.
import {
  budgetLedger,
  coexistingFrameBytes,
  interpreterBytes,
  metadataBytes,
  type Ledger,
  type LedgerLineId,
  type LedgerOptions,
  type LedgerOverrides,
} from './budget';
import { DEC, SIG, family, fig, type AnyFigureSpec, type FigureSpec, type FigureStyle, type Meanings } from './figure-spec';
import { chunkCount, chunkPeakBytes, largestFittingChunk, unchunkedBytes } from './pca';
import type { Scenario } from './scenario';
import { GB, MB } from './units';

const measured = (s: Scenario): Scenario => ({ ...s, model: 'measured' });

function line(l: Ledger, id: LedgerLineId): number {
  return l.lines.find((x) => x.id === id)?.bytes ?? 0;
}

// Figures that read the ledger. Pages show them for the model's own ledger; the budget widgets pass the
// reader's edited lines as the parameters, so one definition gives both the essay's number and the edited one.
export interface LedgerEdits {
  overrides: LedgerOverrides;
  options: LedgerOptions;
}

const UNEDITED: readonly LedgerEdits[] = [{ overrides: {}, options: {} }];

function fromLedger(d: FigureStyle & { id: string; compute: (l: Ledger, s: Scenario) => number }): FigureSpec<LedgerEdits> {
  const { id, compute, ...style } = d;
  return family<LedgerEdits>({
    ...style,
    idOf: () => id,
    published: UNEDITED,
    compute: (s, e) => compute(budgetLedger(s, e.overrides, e.options), s),
  });
}

export const BUDGET_FIGURES = {
  available: fromLedger({
    id: 'budget.available', chapter: 'budget', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (l) => line(l, 'available') / GB,
  }),
  embeddings: fromLedger({
    id: 'budget.embeddings', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (l) => line(l, 'embeddings') / GB,
  }),
  metadata: fromLedger({
    id: 'budget.metadata', chapter: 'budget', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (l) => line(l, 'metadata') / GB,
  }),
  interpreter: fromLedger({
    id: 'budget.interpreter', chapter: 'budget', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (l) => line(l, 'interpreter') / GB,
  }),
  remaining: fromLedger({
    id: 'budget.remaining', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    compute: (l) => Math.max(0, l.remaining) / GB,
  }),
  shortfall: fromLedger({
    id: 'budget.shortfall', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (l) => l.shortfall / GB,
  }),
  afterChunked: fromLedger({
    id: 'budget.after-chunked', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    compute: (l) => Math.max(0, l.afterPca) / GB,
  }),
  afterUnchunked: fromLedger({
    id: 'budget.after-unchunked', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    compute: (l, s) => Math.max(0, l.remaining - unchunkedBytes(s)) / GB,
  }),
  pcaLargestChunk: fromLedger({
    id: 'budget.pca-largest-chunk', chapter: 'budget', unit: 'rows', estimate: false,
    compute: (l, s) => largestFittingChunk(l.remaining, s),
  }),
  pcaChunkPeak: fig({
    id: 'budget.pca-chunk-peak', chapter: 'budget', unit: 'MB', estimate: false, approx: true, rounding: SIG(1),
    compute: (s) => chunkPeakBytes(s) / MB,
  }),
  pcaUnchunked: fig({
    id: 'budget.pca-unchunked', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => unchunkedBytes(s) / GB,
  }),
  pcaTwoCopies: fig({
    id: 'budget.pca-two-copies', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => (2 * unchunkedBytes(s)) / GB,
  }),
  pcaChunkExact: fig({
    id: 'budget.pca-chunk-exact', chapter: 'budget', unit: 'MB', estimate: false, rounding: DEC(1),
    compute: (s) => chunkPeakBytes(s) / MB,
  }),
  pcaChunkMib: fig({
    id: 'budget.pca-chunk-mib', chapter: 'budget', unit: 'MB', estimate: false, binary: true, rounding: DEC(1),
    compute: (s) => chunkPeakBytes(s) / MB,
  }),
  pcaChunks: fig({
    id: 'budget.pca-chunks', chapter: 'budget', unit: 'chunks', estimate: false,
    compute: (s) => chunkCount(s),
  }),
  metadataMeasured: fig({
    id: 'budget.metadata-measured', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => metadataBytes(measured(s)) / GB,
  }),
  interpreterMeasured: fig({
    id: 'budget.interpreter-measured', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => interpreterBytes(measured(s)) / GB,
  }),
  remainingMeasured: fig({
    id: 'budget.remaining-measured', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    compute: (s) => Math.max(0, budgetLedger(measured(s)).remaining) / GB,
  }),
  coexistingFrame: fig({
    id: 'budget.coexisting-frame', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => coexistingFrameBytes(s) / GB,
  }),
} satisfies Record<string, AnyFigureSpec>;

export const BUDGET_MEANINGS: Meanings<typeof BUDGET_FIGURES> = {
  available: () => 'Available to Python: split.python-typical.',
  embeddings: () => "The numpy embeddings (rows × dim × dtype bytes).",
  metadata: () => 'pandas metadata columns (also the metadata-only collect): essay 0.1 GB per 312K rows; measured ≈126 B/row.',
  interpreter: () => 'Python interpreter + libraries: essay 0.5 GB; measured 111 MB (numpy, pandas, pyarrow).',
  remaining: () => 'Available − embeddings − metadata − interpreter, floored at 0 (see budget.shortfall).',
  shortfall: () => 'How far the ledger goes below zero (0 when it fits).',
  afterChunked: () => 'What remains after one PCA chunk (remaining − budget.pca-chunk-peak), floored at 0.',
  afterUnchunked: () => 'What remains if PCA centres all rows at once (remaining − budget.pca-unchunked), floored at 0.',
  pcaLargestChunk: () => 'Largest chunk whose f64 matrix fits what remains (capped at rows: equal to rows means no chunking needed).',
  pcaChunkPeak: 'PCA peak per chunk, chunk × dim × 8 B (f64), chunk capped at rows; essay rounding (1 s.f.).',
  pcaUnchunked: 'PCA without chunking: rows × dim × 8 B (f64).',
  pcaTwoCopies: "Two unchunked f64 matrices alive at once (the fit's centred copy and the transform's).",
  pcaChunkExact: 'The PCA chunk peak unrounded to the essay style (614.4 MB, not 600).',
  pcaChunkMib: 'The same chunk in MiB (585.9 MiB).',
  pcaChunks: 'Chunks the transform needs: rows ÷ chunk, rounded up.',
  metadataMeasured: 'Measured pandas frame overhead per row (≈126 B) × rows.',
  interpreterMeasured: 'Measured interpreter + numpy + pandas + pyarrow baseline RSS (a Databricks REPL was not measured).',
  remainingMeasured: 'The ledger with measured metadata and interpreter lines, floored at 0.',
  coexistingFrame: 'The toPandas frame (measured Arrow path) that coexists with the array until `del pdf`; the ledger omits it.',
};
