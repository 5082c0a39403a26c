// Figures of the "budget" chapter: the ledger and PCA chunking.
import {
  budgetLedger,
  coexistingFrameBytes,
  type Ledger,
  type LedgerLineId,
  type LedgerOptions,
  type LedgerOverrides,
} from './budget';
import { pandasFrameOverheadPerRow } from './conversion';
import { DEC, SIG, family, fig, figureValue, type AnyFigureSpec, type FigureSpec, type FigureStyle, type FigureValue } from './figure-spec';
import { interpreterBytes } from './python-baseline';
import { chunkCount, chunkPeakBytes, largestFittingChunk, unchunkedBytes } from './pca';
import type { Scenario } from './scenario';
import { GB, MB, dtypeBytes } from './units';

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

/** Which of the reader's edits a figure depends on: none, its own line, or any line (what is left). */
type Reads = 'none' | 'metadata' | 'interpreter' | 'any';

function readsEdits(e: LedgerEdits, reads: Reads): boolean {
  const { metadata, interpreter } = e.overrides;
  if (reads === 'none') return false;
  if (reads === 'metadata') return metadata !== undefined;
  if (reads === 'interpreter') return interpreter !== undefined;
  return metadata !== undefined || interpreter !== undefined || e.options.frameAlive === true;
}

// A number the reader's own lines changed is another quantity than the model's, so it gets its own id
// (`budget.remaining-edited`): the prose and rule 8's card go on quoting the model's ledger under the
// plain id, and one id never carries two values on a page.
export const EDITED_SUFFIX = '-edited';

function fromLedger(d: FigureStyle & { id: string; reads: Reads; compute: (l: Ledger, s: Scenario) => number }): FigureSpec<LedgerEdits> {
  const { id, reads, compute, ...style } = d;
  return family<LedgerEdits>({
    ...style,
    idOf: (e) => (readsEdits(e, reads) ? `${id}${EDITED_SUFFIX}` : id),
    published: UNEDITED,
    compute: (s, e) => compute(budgetLedger(s, e.overrides, e.options), s),
  });
}

export const BUDGET_FIGURES = {
  available: fromLedger({
    id: 'budget.available', reads: 'none', chapter: 'budget', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (l) => line(l, 'available') / GB,
  }),
  embeddings: fromLedger({
    id: 'budget.embeddings', reads: 'none', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (l) => line(l, 'embeddings') / GB,
  }),
  metadata: fromLedger({
    id: 'budget.metadata', reads: 'metadata', chapter: 'budget', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (l) => line(l, 'metadata') / GB,
  }),
  interpreter: fromLedger({
    id: 'budget.interpreter', reads: 'interpreter', chapter: 'budget', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (l) => line(l, 'interpreter') / GB,
  }),
  remaining: fromLedger({
    id: 'budget.remaining', reads: 'any', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    compute: (l) => Math.max(0, l.remaining) / GB,
  }),
  shortfall: fromLedger({
    id: 'budget.shortfall', reads: 'any', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (l) => l.shortfall / GB,
  }),
  afterChunked: fromLedger({
    id: 'budget.after-chunked', reads: 'any', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    compute: (l) => Math.max(0, l.afterPca) / GB,
  }),
  afterUnchunked: fromLedger({
    id: 'budget.after-unchunked', reads: 'any', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    compute: (l, s) => Math.max(0, l.remaining - unchunkedBytes(s)) / GB,
  }),
  // How far each way of running PCA overshoots the remainder: the prose says "short by" instead of
  // printing the floored headroom as 0 GB.
  chunkedShortfall: fromLedger({
    id: 'budget.chunked-shortfall', reads: 'any', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (l) => Math.max(0, -l.afterPca) / GB,
  }),
  unchunkedShortfall: fromLedger({
    id: 'budget.unchunked-shortfall', reads: 'any', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (l, s) => Math.max(0, unchunkedBytes(s) - l.remaining) / GB,
  }),
  pcaLargestChunk: fromLedger({
    id: 'budget.pca-largest-chunk', reads: 'any', chapter: 'budget', unit: 'rows', estimate: false,
    compute: (l, s) => largestFittingChunk(l.remaining, s),
  }),
  pcaChunkPeak: fig({
    id: 'budget.pca-chunk-peak', chapter: 'budget', unit: 'MB', estimate: false, approx: true, rounding: SIG(1),
    compute: (s) => chunkPeakBytes(s) / MB,
  }),
  // The chunked fit's d × d float64 matrices (cross-product, covariance, eigenvectors): each this size.
  pcaDimSquare: fig({
    id: 'budget.pca-dim-square', chapter: 'budget', unit: 'B', estimate: false, rounding: DEC(1),
    compute: (s) => Math.max(0, s.dim) ** 2 * dtypeBytes('f64'),
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
    compute: (s) => (Math.max(0, s.rows) * pandasFrameOverheadPerRow()) / GB,
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

// The figures read off one ledger, which the budget widgets show together (the ledger, the PCA planner).
const LEDGER_FIGURE_KEYS = [
  'available',
  'embeddings',
  'metadata',
  'interpreter',
  'remaining',
  'shortfall',
  'afterChunked',
  'afterUnchunked',
  'chunkedShortfall',
  'unchunkedShortfall',
  'pcaLargestChunk',
] as const satisfies readonly (keyof typeof BUDGET_FIGURES)[];

export type LedgerFigures = Record<(typeof LEDGER_FIGURE_KEYS)[number], FigureValue>;

/** Every figure of one ledger, with the reader's edits or without. */
export function ledgerFigures(s: Scenario, edits: LedgerEdits): LedgerFigures {
  return Object.fromEntries(LEDGER_FIGURE_KEYS.map((k) => [k, figureValue(BUDGET_FIGURES[k], s, edits)])) as LedgerFigures;
}
