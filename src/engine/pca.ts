// PCA memory with faer: the centred matrix is Mat<f64> whatever the input dtype,
// so every PCA figure is rows × dim × 8 B. For the essay's shapes faer's column
// padding adds nothing (column byte lengths are multiples of 128).
import { dtypeBytes } from './units';

export const FAER_ELEMENT_BYTES = dtypeBytes('f64');

export interface PcaShape {
  rows: number;
  dim: number;
  chunk: number;
  reduced: number;
}

// A chunk larger than the data is the whole data.
export function effectiveChunk(p: PcaShape): number {
  return Math.max(0, Math.min(p.chunk, p.rows));
}

export function chunkPeakBytes(p: PcaShape): number {
  return effectiveChunk(p) * Math.max(0, p.dim) * FAER_ELEMENT_BYTES;
}

export function unchunkedBytes(p: PcaShape): number {
  return Math.max(0, p.rows) * Math.max(0, p.dim) * FAER_ELEMENT_BYTES;
}

// Projecting to more dimensions than there are is not a reduction: cap at dim.
export function reducedBytes(p: PcaShape): number {
  return Math.max(0, p.rows) * Math.max(0, Math.min(p.reduced, p.dim)) * FAER_ELEMENT_BYTES;
}

export function chunkCount(p: PcaShape): number {
  const c = effectiveChunk(p);
  return c > 0 ? Math.ceil(Math.max(0, p.rows) / c) : 0;
}

// Largest chunk whose f64 matrix fits the budget; never more rows than exist.
export function largestFittingChunk(budgetBytes: number, p: PcaShape): number {
  const perRow = Math.max(1, p.dim) * FAER_ELEMENT_BYTES;
  const fit = Math.floor(Math.max(0, budgetBytes) / perRow);
  return Math.max(0, Math.min(fit, Math.max(0, p.rows)));
}
