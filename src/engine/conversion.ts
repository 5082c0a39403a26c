// Measured per-row bytes of the Python side of toPandas and of stacking the
// result into one array (Arrow on, Databricks' default, and Arrow off).
// Same intercept + slope × D scheme as python-objects.ts.
import { ESSAY_SCENARIO, ESSAY_TOPANDAS_PANDAS_GB } from './essay.data';
import { GETSIZEOF, MEASURED_DIM, MEASURED_PER_ROW } from './ground-truth.data';
import { anchored, listRssSlope, listsTracemallocPerRow } from './python-objects';
import { GB, dtypeBytes, sparkElementBytes, type Dtype } from './units';

// Arrow on: to_pandas concatenates the chunks' values into one new array while
// the Arrow table is still alive, so the peak holds the values twice.
export function arrowToPandasPeakPerRow(dim: number, dtype: Dtype): number {
  return anchored(MEASURED_PER_ROW.arrowToPandasPeak, 2 * 4, 2 * sparkElementBytes(dtype), dim);
}

// After the table is freed: one shared float32 base plus a view object per cell.
export function arrowToPandasSteadyPerRow(dim: number, dtype: Dtype): number {
  return anchored(MEASURED_PER_ROW.arrowToPandasSteady, 4, sparkElementBytes(dtype), dim);
}

// The pandas frame's own cost per row once cells are views (index, pointer, view header).
export function pandasFrameOverheadPerRow(): number {
  return MEASURED_PER_ROW.arrowToPandasSteady - 4 * MEASURED_DIM;
}

// np.array(pdf[col].tolist(), dtype) on the Arrow path: the frame plus the new array.
// Without a dtype the result stays float32 here, because the cells already are.
export function arrowStackPeakPerRow(dim: number, dtype: Dtype): number {
  return anchored(MEASURED_PER_ROW.arrowNpF32Peak, 4 + 4, sparkElementBytes(dtype) + dtypeBytes(dtype), dim);
}

// Arrow off: cells are Python lists; np.array(..., dtype) adds the array on top.
export function listStackPeakPerRow(dim: number, dtype: Dtype): number {
  return anchored(MEASURED_PER_ROW.pandasListsNpF32Peak, listRssSlope() + 4, listRssSlope() + dtypeBytes(dtype), dim);
}

// Arrow off and no dtype: numpy infers float64 from Python floats.
export function listStackDefaultPeakPerRow(dim: number): number {
  return anchored(MEASURED_PER_ROW.pandasListsNpDefaultPeak, listRssSlope() + 8, listRssSlope() + 8, dim);
}

// The essay's Step 3 has no formula; spread its 5 GB over the essay's floats
// (≈10.4 B each) so it scales with rows × dim.
export const ESSAY_PANDAS_BYTES_PER_FLOAT =
  (ESSAY_TOPANDAS_PANDAS_GB * GB) / (ESSAY_SCENARIO.rows * ESSAY_SCENARIO.dim);

// np.stack(pdf[col].values) on the Arrow path: measured slightly above np.array(tolist()).
export function arrowNpStackPeakPerRow(dim: number, dtype: Dtype): number {
  return anchored(MEASURED_PER_ROW.arrowNpStackPeak, 4 + 4, 2 * sparkElementBytes(dtype), dim);
}

// tracemalloc sees the lists and numpy's buffer (numpy reports its allocations to it).
export function listStackPeakTracemallocPerRow(dim: number, dtype: Dtype): number {
  return listsTracemallocPerRow(dim) + Math.max(0, dim) * dtypeBytes(dtype);
}

// pandas memory_usage(deep=True) per row once cells are Arrow views: index entry,
// object pointer and a 112 B view header; the shared values buffer is not counted.
export function pandasMemoryUsageViewsPerRow(): number {
  return GETSIZEOF.pointer + GETSIZEOF.pointer + GETSIZEOF.ndarrayHeader;
}
