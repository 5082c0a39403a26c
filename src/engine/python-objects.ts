// Bytes per element, per row and in total for the ways a Python process can hold
// an embedding column. Two models: the essay's (28 B a float, nothing else) and
// the measured one (64-bit CPython 3.11, numpy, pandas, pyarrow).
//
// Measured per-row figures were taken at D = 1536. For other dimensions each is
// modelled as intercept + slope × D: the slope is what one more value costs by
// construction (pointer + float block for lists, dtype bytes for arrays), the
// intercept is whatever the measurement leaves per row (list header, index,
// offsets). At D = 1536 this reproduces the measurement exactly; away from it,
// it scales the per-element part by D/1536 and keeps the per-row part fixed.
import { ESSAY_PY_FLOAT_BYTES, ESSAY_RAW_FLOAT_BYTES } from './essay.data';
import { GETSIZEOF, MEASURED_DIM, MEASURED_PER_ROW, PYMALLOC_ALIGNMENT } from './ground-truth.data';
import type { Model } from './scenario';
import { dtypeBytes, sparkElementBytes, type Dtype } from './units';

export function anchored(measuredAtD: number, measuredSlope: number, slope: number, dim: number): number {
  const intercept = measuredAtD - measuredSlope * MEASURED_DIM;
  return Math.max(0, intercept + slope * Math.max(0, dim));
}

export function pyFloatBytes(model: Model): number {
  return model === 'essay' ? ESSAY_PY_FLOAT_BYTES : GETSIZEOF.float;
}

export const RAW_FLOAT_BYTES = ESSAY_RAW_FLOAT_BYTES;

// pymalloc serves small objects from size classes spaced by the alignment.
export function pymallocBlock(bytes: number): number {
  return Math.ceil(bytes / PYMALLOC_ALIGNMENT) * PYMALLOC_ALIGNMENT;
}

// CPython ≥ 3.9 list_resize growth, as a comprehension or append loop triggers it
// one element at a time; .tolist(), slicing and unpickling allocate exactly.
export function listCapacity(n: number): number {
  const target = Math.max(0, Math.floor(n));
  let allocated = 0;
  // Each resize happens when one more element no longer fits.
  while (allocated < target) {
    const size = allocated + 1;
    allocated = (size + (size >> 3) + 6) & ~3;
  }
  return allocated;
}

// sys.getsizeof of the list object alone: header plus its pointer array.
export function listShallowBytes(dim: number, comprehension = false): number {
  const slots = comprehension ? listCapacity(dim) : Math.max(0, dim);
  return GETSIZEOF.emptyList + GETSIZEOF.pointer * slots;
}

// The list and its floats, as a deep getsizeof or tracemalloc counts them.
export function listDeepBytes(dim: number, model: Model, comprehension = false): number {
  const d = Math.max(0, dim);
  if (model === 'essay') return d * ESSAY_PY_FLOAT_BYTES;
  return listShallowBytes(d, comprehension) + d * GETSIZEOF.float;
}

// One row of a list-of-lists under tracemalloc: the outer list's pointer too.
export function listsTracemallocPerRow(dim: number, comprehension = false): number {
  return GETSIZEOF.pointer + listDeepBytes(dim, 'measured', comprehension);
}

// Resident cost of one float inside a list, derived from the RSS fit: more than
// the 32 B block because pools and arenas carry their own headers.
export function residentFloatBytes(): number {
  return (MEASURED_PER_ROW.listsRss - GETSIZEOF.emptyList) / MEASURED_DIM - GETSIZEOF.pointer;
}

// What one more float costs a list resident: its pointer and its (pooled) object.
export function listRssSlope(): number {
  return GETSIZEOF.pointer + residentFloatBytes();
}

export function listsRssPerRow(dim: number, comprehension = false): number {
  if (!comprehension) return anchored(MEASURED_PER_ROW.listsRss, listRssSlope(), listRssSlope(), dim);
  const d = Math.max(0, dim);
  const extraSlots = listCapacity(d) - listCapacity(MEASURED_DIM);
  const value =
    MEASURED_PER_ROW.listsComprehensionRss +
    GETSIZEOF.pointer * extraSlots +
    residentFloatBytes() * (d - MEASURED_DIM);
  return Math.max(0, value);
}

export function pandasListsRssPerRow(dim: number): number {
  return anchored(MEASURED_PER_ROW.pandasListsRss, listRssSlope(), listRssSlope(), dim);
}

// What pandas' memory_usage(deep=True) reports for a column of lists: index,
// object pointer and the list objects, but none of the floats they point to.
export function pandasMemoryUsagePerRow(dim: number): number {
  return anchored(MEASURED_PER_ROW.memoryUsageLists, GETSIZEOF.pointer, GETSIZEOF.pointer, dim);
}

export function numpyPerRow(dim: number, dtype: Dtype): number {
  return Math.max(0, dim) * dtypeBytes(dtype);
}

export function numpyBytes(rows: number, dim: number, dtype: Dtype): number {
  return Math.max(0, rows) * numpyPerRow(dim, dtype);
}

// Arrow list<float> as Spark ships it: the values, int32 offsets, batch framing.
export function arrowPerRow(dim: number, dtype: Dtype): number {
  return anchored(MEASURED_PER_ROW.arrowTable, 4, sparkElementBytes(dtype), dim);
}

export type StorageKind = 'list' | 'pandas-lists' | 'numpy-f64' | 'numpy-f32' | 'numpy-f16' | 'numpy-bf16' | 'arrow';

export const STORAGE_KINDS: readonly { kind: StorageKind; label: string }[] = [
  { kind: 'list', label: 'Python list of floats' },
  { kind: 'pandas-lists', label: 'pandas object column of lists' },
  { kind: 'numpy-f64', label: 'numpy float64' },
  { kind: 'numpy-f32', label: 'numpy float32' },
  { kind: 'numpy-f16', label: 'numpy float16' },
  { kind: 'numpy-bf16', label: 'bfloat16 (ml_dtypes)' },
  { kind: 'arrow', label: 'Arrow list<float32>' },
];

export interface StorageSize {
  kind: StorageKind;
  label: string;
  perElement: number;
  perRow: number;
  total: number;
  ratioToF32: number;
}

function perRowOf(kind: StorageKind, dim: number, model: Model): number {
  switch (kind) {
    case 'numpy-f64':
      return numpyPerRow(dim, 'f64');
    case 'numpy-f32':
      return numpyPerRow(dim, 'f32');
    case 'numpy-f16':
      return numpyPerRow(dim, 'f16');
    case 'numpy-bf16':
      return numpyPerRow(dim, 'bf16');
    case 'arrow':
      return model === 'essay' ? numpyPerRow(dim, 'f32') : arrowPerRow(dim, 'f32');
    case 'list':
      return model === 'essay' ? listDeepBytes(dim, 'essay') : listsRssPerRow(dim);
    case 'pandas-lists':
      // The essay counts only float objects, so its pandas column costs the same as the lists.
      return model === 'essay' ? listDeepBytes(dim, 'essay') : pandasListsRssPerRow(dim);
  }
}

export function storageSize(kind: StorageKind, rows: number, dim: number, model: Model): StorageSize {
  const perRow = perRowOf(kind, dim, model);
  const d = Math.max(1, dim);
  const f32 = numpyPerRow(d, 'f32');
  return {
    kind,
    label: STORAGE_KINDS.find((k) => k.kind === kind)?.label ?? kind,
    perElement: perRow / d,
    perRow,
    total: perRow * Math.max(0, rows),
    ratioToF32: f32 > 0 ? perRow / f32 : 0,
  };
}

export function storageTable(rows: number, dim: number, model: Model): StorageSize[] {
  return STORAGE_KINDS.map(({ kind }) => storageSize(kind, rows, dim, model));
}

// The list-of-lists total the essay's 13.4 GB names, per model: the essay's
// arithmetic, or the resident size the OOM killer actually counts.
export function listOfListsBytes(rows: number, dim: number, model: Model): number {
  return Math.max(0, rows) * (model === 'essay' ? listDeepBytes(dim, 'essay') : listsRssPerRow(dim));
}
