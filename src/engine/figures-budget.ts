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
import { DEC, SIG, toFigureValue, type FigureSpec, type FigureValue } from './figure-spec';
import { chunkCount, chunkPeakBytes, largestFittingChunk, unchunkedBytes } from './pca';
import type { Scenario } from './scenario';
import { GB, MB } from './units';

const measured = (s: Scenario): Scenario => ({ ...s, model: 'measured' });

function line(l: Ledger, id: LedgerLineId): number {
  return l.lines.find((x) => x.id === id)?.bytes ?? 0;
}

// Figures that read the ledger. The registry computes them from the model's ledger; the budget
// widgets compute the same ids from a ledger with the reader's edited lines (ledgerFigure below),
// so one definition gives both the essay's number and the edited one.
type LedgerSpec = Omit<FigureSpec, 'compute'> & { fromLedger: (l: Ledger, s: Scenario) => number };

const LEDGER_SPECS: readonly LedgerSpec[] = [
  {
    id: 'budget.available', chapter: 'budget', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Available to Python: split.python-typical.',
    fromLedger: (l) => line(l, 'available') / GB,
  },
  {
    id: 'budget.embeddings', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: "The numpy embeddings (rows × dim × dtype bytes).",
    fromLedger: (l) => line(l, 'embeddings') / GB,
  },
  {
    id: 'budget.metadata', chapter: 'budget', unit: 'GB', estimate: true, rounding: DEC(1),
    meaning: 'pandas metadata columns (also the metadata-only collect): essay 0.1 GB per 312K rows; measured ≈126 B/row.',
    fromLedger: (l) => line(l, 'metadata') / GB,
  },
  {
    id: 'budget.interpreter', chapter: 'budget', unit: 'GB', estimate: true, rounding: DEC(1),
    meaning: 'Python interpreter + libraries: essay 0.5 GB; measured 111 MB (numpy, pandas, pyarrow).',
    fromLedger: (l) => line(l, 'interpreter') / GB,
  },
  {
    id: 'budget.remaining', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    meaning: 'Available − embeddings − metadata − interpreter, floored at 0 (see budget.shortfall).',
    fromLedger: (l) => Math.max(0, l.remaining) / GB,
  },
  {
    id: 'budget.shortfall', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'How far the ledger goes below zero (0 when it fits).',
    fromLedger: (l) => l.shortfall / GB,
  },
  {
    id: 'budget.after-chunked', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    meaning: 'What remains after one PCA chunk (remaining − budget.pca-chunk-peak), floored at 0.',
    fromLedger: (l) => Math.max(0, l.afterPca) / GB,
  },
  {
    id: 'budget.after-unchunked', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    meaning: 'What remains if PCA centres all rows at once (remaining − budget.pca-unchunked), floored at 0.',
    fromLedger: (l, s) => Math.max(0, l.remaining - unchunkedBytes(s)) / GB,
  },
  {
    id: 'budget.pca-largest-chunk', chapter: 'budget', unit: 'rows', estimate: false,
    meaning: 'Largest chunk whose f64 matrix fits what remains (capped at rows: equal to rows means no chunking needed).',
    fromLedger: (l, s) => largestFittingChunk(l.remaining, s),
  },
];

const ledgerSpecOf = (spec: LedgerSpec, ledgerFor: (s: Scenario) => Ledger): FigureSpec => {
  const { fromLedger, ...rest } = spec;
  return { ...rest, compute: (s) => fromLedger(ledgerFor(s), s) };
};

export const LEDGER_FIGURE_IDS: readonly string[] = LEDGER_SPECS.map((s) => s.id);

/**
 * A ledger figure with the reader's edits: the same id, unit, rounding and wording as the registry's,
 * computed from budgetLedger(s, overrides, options). With no edits it equals figure(id, s).
 */
export function ledgerFigure(id: string, s: Scenario, overrides: LedgerOverrides = {}, options: LedgerOptions = {}): FigureValue {
  const spec = LEDGER_SPECS.find((x) => x.id === id);
  if (!spec) throw new Error(`"${id}" is not a ledger figure (known: ${LEDGER_FIGURE_IDS.join(', ')})`);
  return { ...toFigureValue(ledgerSpecOf(spec, (sc) => budgetLedger(sc, overrides, options)), s), id };
}

export const BUDGET_FIGURES: readonly FigureSpec[] = [
  ...LEDGER_SPECS.map((spec) => ledgerSpecOf(spec, (s) => budgetLedger(s))),
  {
    id: 'budget.pca-chunk-peak', chapter: 'budget', unit: 'MB', estimate: false, approx: true, rounding: SIG(1),
    meaning: 'PCA peak per chunk, chunk × dim × 8 B (f64), chunk capped at rows; essay rounding (1 s.f.).',
    compute: (s) => chunkPeakBytes(s) / MB,
  },
  {
    id: 'budget.pca-unchunked', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'PCA without chunking: rows × dim × 8 B (f64).',
    compute: (s) => unchunkedBytes(s) / GB,
  },
  {
    id: 'budget.pca-two-copies', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: "Two unchunked f64 matrices alive at once (the fit's centred copy and the transform's).",
    compute: (s) => (2 * unchunkedBytes(s)) / GB,
  },
  {
    id: 'budget.pca-chunk-exact', chapter: 'budget', unit: 'MB', estimate: false, rounding: DEC(1),
    meaning: 'The PCA chunk peak unrounded to the essay style (614.4 MB, not 600).',
    compute: (s) => chunkPeakBytes(s) / MB,
  },
  {
    id: 'budget.pca-chunk-mib', chapter: 'budget', unit: 'MB', estimate: false, binary: true, rounding: DEC(1),
    meaning: 'The same chunk in MiB (585.9 MiB).',
    compute: (s) => chunkPeakBytes(s) / MB,
  },
  {
    id: 'budget.pca-chunks', chapter: 'budget', unit: 'chunks', estimate: false,
    meaning: 'Chunks the transform needs: rows ÷ chunk, rounded up.',
    compute: (s) => chunkCount(s),
  },
  {
    id: 'budget.metadata-measured', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2),
    meaning: 'Measured pandas frame overhead per row (≈126 B) × rows.',
    compute: (s) => metadataBytes(measured(s)) / GB,
  },
  {
    id: 'budget.interpreter-measured', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2),
    meaning: 'Measured interpreter + numpy + pandas + pyarrow baseline RSS (a Databricks REPL was not measured).',
    compute: (s) => interpreterBytes(measured(s)) / GB,
  },
  {
    id: 'budget.remaining-measured', chapter: 'budget', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    meaning: 'The ledger with measured metadata and interpreter lines, floored at 0.',
    compute: (s) => Math.max(0, budgetLedger(measured(s)).remaining) / GB,
  },
  {
    id: 'budget.coexisting-frame', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2),
    meaning: 'The toPandas frame (measured Arrow path) that coexists with the array until `del pdf`; the ledger omits it.',
    compute: (s) => coexistingFrameBytes(s) / GB,
  },
];
