// The Python budget ledger: what is available to Python, what the embeddings,
// metadata and interpreter take, and what remains for computation (then PCA).
import { arrowToPandasSteadyPerRow } from './conversion';
import { scenarioPythonRoom } from './python-baseline';
import { chunkPeakBytes, largestFittingChunk, unchunkedBytes } from './pca';
import { numpyBytes } from './python-objects';
import { interpreterBytes, metadataBytes } from './python-baseline';
import type { NumberRule } from './input';
import { editParam, flagParam, type ParamSpecs } from './page-params';
import { GB_AMOUNT, type Scenario } from './scenario';

// The reader's notebook's room: the node's Python share less the other attached notebooks' REPLs.
export function availableBytes(s: Scenario): number {
  return scenarioPythonRoom(s);
}

export type LedgerLineId = 'available' | 'embeddings' | 'metadata' | 'interpreter' | 'frame' | 'pca';

export interface LedgerLine {
  id: LedgerLineId;
  label: string;
  bytes: number;
  sign: 1 | -1;
  overridden: boolean;
  figureId: string;
}

export interface Ledger {
  lines: LedgerLine[];
  // Signed: negative means the embeddings alone do not fit.
  remaining: number;
  afterPca: number;
  shortfall: number;
  warning: boolean;
  pcaWarning: boolean;
}

export type LedgerOverrides = Partial<Record<LedgerLineId, number>>;

export interface LedgerOptions {
  // The toPandas frame is still alive beside the array (no `del pdf` yet): it becomes a resident line.
  frameAlive?: boolean;
}

const LINES: readonly { id: LedgerLineId; label: string; sign: 1 | -1; figureId: string; compute: (s: Scenario) => number }[] = [
  { id: 'available', label: 'Available to Python', sign: 1, figureId: 'budget.available', compute: availableBytes },
  { id: 'embeddings', label: 'numpy embeddings', sign: -1, figureId: 'budget.embeddings', compute: (s) => numpyBytes(s.rows, s.dim, s.dtype) },
  { id: 'metadata', label: 'pandas metadata', sign: -1, figureId: 'budget.metadata', compute: metadataBytes },
  { id: 'interpreter', label: 'Python interpreter + libraries', sign: -1, figureId: 'budget.interpreter', compute: interpreterBytes },
  { id: 'frame', label: 'pandas frame still alive', sign: -1, figureId: 'budget.coexisting-frame', compute: (s) => coexistingFrameBytes(s) },
  { id: 'pca', label: 'PCA working set (one chunk, f64)', sign: -1, figureId: 'budget.pca-chunk-peak', compute: (s) => chunkPeakBytes(s) },
];

function usable(override: number | undefined): override is number {
  return typeof override === 'number' && Number.isFinite(override) && override >= 0;
}

// Overrides are bytes; a missing, negative or non-finite override keeps the model's line.
// The 'frame' line is only present when options.frameAlive is set.
export function budgetLedger(s: Scenario, overrides: LedgerOverrides = {}, options: LedgerOptions = {}): Ledger {
  const lines = LINES.filter((l) => l.id !== 'frame' || options.frameAlive === true).map((l): LedgerLine => {
    const o = overrides[l.id];
    const overridden = usable(o);
    return { id: l.id, label: l.label, sign: l.sign, figureId: l.figureId, overridden, bytes: overridden ? o : Math.max(0, l.compute(s)) };
  });
  const sum = (ids: LedgerLineId[]) => lines.filter((l) => ids.includes(l.id)).reduce((t, l) => t + l.sign * l.bytes, 0);
  const remaining = sum(['available', 'embeddings', 'metadata', 'interpreter', 'frame']);
  const afterPca = remaining + sum(['pca']);
  return { lines, remaining, afterPca, shortfall: Math.max(0, -remaining), warning: remaining < 0, pcaWarning: afterPca < 0 };
}

// The pandas frame from toPandas still holds its column until `del pdf`; the
// essay's ledger leaves it out. Measured Arrow-path steady size.
export function coexistingFrameBytes(s: Scenario): number {
  return Math.max(0, s.rows) * arrowToPandasSteadyPerRow(s.dim, s.dtype);
}


// The ledger lines a reader may type over, in GB: sizes under the same limits as node RAM.
export const METADATA_GB_RULE: NumberRule = { ...GB_AMOUNT, label: 'pandas metadata' };
export const INTERPRETER_GB_RULE: NumberRule = { ...GB_AMOUNT, label: 'Interpreter and libraries' };

/** The ledger's own lines in the address: `meta`, `interp` (GB) and `frame` (page-params.ts). */
export const LEDGER_PARAMS = {
  meta: editParam(METADATA_GB_RULE),
  interp: editParam(INTERPRETER_GB_RULE),
  frame: flagParam('Frame', ['alive', 'deleted'], false),
} satisfies ParamSpecs;

// Chunked against unchunked PCA, planned against the ledger's remainder (edits included). Bytes.
export interface PcaPlan {
  remaining: number;
  chunkBytes: number;
  unchunkedBytes: number;
  afterChunked: number;
  afterUnchunked: number;
  largestChunk: number;
  chunkFits: boolean;
  unchunkedFits: boolean;
  // The largest fitting chunk covers every row: no chunking needed to fit (only for headroom).
  wholeFits: boolean;
  // Not even one row's float64 block fits.
  nothingFits: boolean;
}

export function pcaPlan(s: Scenario, overrides: LedgerOverrides = {}, options: LedgerOptions = {}): PcaPlan {
  const l = budgetLedger(s, overrides, options);
  const remaining = Math.max(0, l.remaining);
  const chunk = chunkPeakBytes(s);
  const whole = unchunkedBytes(s);
  const largestChunk = largestFittingChunk(l.remaining, s);
  return {
    remaining,
    chunkBytes: chunk,
    unchunkedBytes: whole,
    afterChunked: Math.max(0, remaining - chunk),
    afterUnchunked: Math.max(0, remaining - whole),
    largestChunk,
    chunkFits: l.remaining > 0 && chunk <= l.remaining,
    unchunkedFits: l.remaining > 0 && whole <= l.remaining,
    wholeFits: largestChunk >= Math.max(0, s.rows) && largestChunk > 0,
    nothingFits: largestChunk < 1,
  };
}
