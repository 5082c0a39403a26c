// The measured model against ground-truth.json: every per-row figure it models
// within 1 %, and the data module in step with the fixture.
import { describe, expect, it } from 'vitest';
import {
  arrowNpStackPeakPerRow,
  arrowStackPeakPerRow,
  arrowToPandasPeakPerRow,
  arrowToPandasSteadyPerRow,
  listStackDefaultPeakPerRow,
  listStackPeakPerRow,
  listStackPeakTracemallocPerRow,
  pandasFrameOverheadPerRow,
  pandasMemoryUsageViewsPerRow,
} from '../../src/engine/conversion';
import { clusterLoad } from '../../src/engine/cluster';
import { EXECUTOR_DEFAULTS, executorMemory } from '../../src/engine/executor';
import { figure } from '../../src/engine/figures';
import { GETSIZEOF, MEASURED_BASELINE_RSS_MB, MEASURED_DIM, MEASURED_PER_ROW } from '../../src/engine/ground-truth.data';
import { findInstance } from '../../src/engine/instances.data';
import {
  arrowPerRow,
  listDeepBytes,
  listShallowBytes,
  listsRssPerRow,
  listsTracemallocPerRow,
  numpyPerRow,
  pandasListsRssPerRow,
  pandasMemoryUsagePerRow,
  residentFloatBytes,
} from '../../src/engine/python-objects';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';
import { GB } from '../../src/engine/units';
import { GROUND_TRUTH, measurement, relDiff } from '../fixtures/readers';

const D = GROUND_TRUTH.environment.D;

// ground-truth.json measurement key → the engine's per-row prediction at D.
const MODELLED: Record<string, () => number> = {
  list_of_lists_tolist_rss: () => listsRssPerRow(D),
  list_of_lists_comprehension_rss: () => listsRssPerRow(D, true),
  list_of_lists_tolist_tracemalloc: () => listsTracemallocPerRow(D),
  list_of_lists_comprehension_tracemalloc: () => listsTracemallocPerRow(D, true),
  numpy_f32_rss: () => numpyPerRow(D, 'f32'),
  numpy_f64_rss: () => numpyPerRow(D, 'f64'),
  pandas_column_of_python_lists_rss: () => pandasListsRssPerRow(D),
  pandas_lists_then_np_array_float32_peak_rss: () => listStackPeakPerRow(D, 'f32'),
  pandas_lists_then_np_array_default_dtype_float64_peak_rss: () => listStackDefaultPeakPerRow(D),
  pandas_lists_then_np_array_float32_peak_tracemalloc: () => listStackPeakTracemallocPerRow(D, 'f32'),
  arrow_table_in_python_from_ipc_stream_rss: () => arrowPerRow(D, 'f32'),
  arrow_to_pandas_peak_rss_table_alive: () => arrowToPandasPeakPerRow(D, 'f32'),
  arrow_to_pandas_after_table_freed_rss: () => arrowToPandasSteadyPerRow(D, 'f32'),
  arrow_to_pandas_self_destruct_peak_rss: () => arrowToPandasPeakPerRow(D, 'f32'),
  arrow_pandas_then_np_array_float32_peak_rss: () => arrowStackPeakPerRow(D, 'f32'),
  // Without a dtype the Arrow-path result stays float32.
  arrow_pandas_then_np_array_default_dtype_peak_rss: () => arrowStackPeakPerRow(D, 'f32'),
  arrow_pandas_then_np_stack_peak_rss: () => arrowNpStackPeakPerRow(D, 'f32'),
  debian_cross_check_list_of_lists_tolist_rss: () => listsRssPerRow(D),
  debian_cross_check_pandas_lists_np_array_float32_peak_rss: () => listStackPeakPerRow(D, 'f32'),
};

const measurementKeys = Object.keys(GROUND_TRUTH.measurements).filter((k) => k !== 'notes');

describe('measured model vs ground-truth.json', () => {
  it('measures at the dimension the engine anchors to', () => {
    expect(D).toBe(MEASURED_DIM);
  });

  it('models every per-row measurement in the fixture', () => {
    expect(measurementKeys.filter((k) => !(k in MODELLED))).toEqual([]);
  });

  it.each(Object.entries(MODELLED))('%s per row within 1 %', (key, predict) => {
    expect(relDiff(predict(), measurement(key).bytes_per_row)).toBeLessThan(0.01);
  });

  it.each(Object.entries(MODELLED))('%s at 312K rows within 1 %', (key, predict) => {
    const m = measurement(key);
    expect(relDiff(predict() * GROUND_TRUTH.environment.rows_extrapolated_to, m.extrapolated_312k_bytes)).toBeLessThan(0.01);
  });

  it('structural list formulas (no fitted constant) land within 0.01 % of tracemalloc', () => {
    expect(relDiff(listsTracemallocPerRow(D), measurement('list_of_lists_tolist_tracemalloc').bytes_per_row)).toBeLessThan(1e-4);
    expect(relDiff(listsTracemallocPerRow(D, true), measurement('list_of_lists_comprehension_tracemalloc').bytes_per_row)).toBeLessThan(1e-4);
  });

  it('pandas memory_usage(deep=True) blind spots', () => {
    const notes = GROUND_TRUTH.measurements.notes.pandas_memory_usage_deep_bytes_per_row;
    expect(relDiff(pandasMemoryUsagePerRow(D), notes.column_of_python_lists)).toBeLessThan(0.01);
    expect(relDiff(pandasMemoryUsageViewsPerRow(), notes.column_of_arrow_ndarray_views)).toBeLessThan(0.01);
  });

  it('derived per-float resident cost and baseline', () => {
    expect(relDiff(residentFloatBytes(), GROUND_TRUTH.measurements.notes.per_float_rss_bytes_derived)).toBeLessThan(0.01);
    expect(MEASURED_BASELINE_RSS_MB).toBe(GROUND_TRUTH.measurements.notes.baseline_rss_after_imports_MB.venv_numpy_pandas_pyarrow);
    // ≈126 B per row of frame overhead on the Arrow path.
    expect(pandasFrameOverheadPerRow()).toBeCloseTo(125.6, 1);
  });

  it('measured-model figures at the default scenario follow the fixture', () => {
    const s = { ...DEFAULT_SCENARIO, model: 'measured' as const };
    const gb = (key: string) => measurement(key).extrapolated_312k_bytes / GB;
    expect(relDiff(figure('python.list-of-lists', s).value ?? 0, gb('list_of_lists_tolist_rss'))).toBeLessThan(0.01);
    expect(relDiff(figure('python.lol-tracemalloc', s).value ?? 0, gb('list_of_lists_tolist_tracemalloc'))).toBeLessThan(0.01);
    expect(relDiff(figure('topandas.pandas-python', s).value ?? 0, gb('arrow_to_pandas_after_table_freed_rss'))).toBeLessThan(0.01);
    expect(relDiff(figure('topandas.peak', s).value ?? 0, gb('arrow_to_pandas_peak_rss_table_alive'))).toBeLessThan(0.01);
    expect(relDiff(figure('topandas.arrow-off', s).value ?? 0, gb('pandas_column_of_python_lists_rss'))).toBeLessThan(0.01);
    expect(relDiff(figure('topandas.arrow-off-f64-peak', s).value ?? 0, gb('pandas_lists_then_np_array_default_dtype_float64_peak_rss'))).toBeLessThan(0.01);
    expect(figure('python.float-object', s).value).toBe(24);
  });
});

describe('ground-truth data module in step with the fixture', () => {
  const sizes = GROUND_TRUTH.getsizeof['3.11.7'] ?? {};

  it('getsizeof constants', () => {
    expect(GETSIZEOF.float).toBe(sizes['float_1.0']);
    expect(GETSIZEOF.int).toBe(sizes['int_1']);
    expect(GETSIZEOF.emptyList).toBe(sizes['empty_list']);
    expect(GETSIZEOF.npFloat32Scalar).toBe(sizes['np.float32_scalar']);
    expect(GETSIZEOF.npFloat64Scalar).toBe(sizes['np.float64_scalar']);
    expect(GETSIZEOF.ndarrayHeader).toBe(sizes['ndarray_f32_1536_view']);
    expect(GETSIZEOF.list1536Exact).toBe(sizes['list1536_slice_copy']);
    expect(GETSIZEOF.list1536Comprehension).toBe(sizes['list1536_comprehension']);
  });

  it('list formulas reproduce getsizeof exactly', () => {
    expect(listShallowBytes(D)).toBe(sizes['list1536_list_of_exact_tuple']);
    expect(listShallowBytes(D, true)).toBe(sizes['list1536_comprehension']);
    expect(listDeepBytes(D, 'measured')).toBe(sizes['list1536_numpy_tolist_deep']);
    expect(listDeepBytes(D, 'measured', true)).toBe(sizes['list1536_deep_comprehension']);
    expect(numpyPerRow(D, 'f32') + GETSIZEOF.ndarrayHeader).toBe(sizes['ndarray_f32_1536_owning']);
  });

  it('per-row constants equal the fixture', () => {
    const pairs: [number, string][] = [
      [MEASURED_PER_ROW.listsRss, 'list_of_lists_tolist_rss'],
      [MEASURED_PER_ROW.listsComprehensionRss, 'list_of_lists_comprehension_rss'],
      [MEASURED_PER_ROW.listsTracemalloc, 'list_of_lists_tolist_tracemalloc'],
      [MEASURED_PER_ROW.listsComprehensionTracemalloc, 'list_of_lists_comprehension_tracemalloc'],
      [MEASURED_PER_ROW.numpyF32, 'numpy_f32_rss'],
      [MEASURED_PER_ROW.numpyF64, 'numpy_f64_rss'],
      [MEASURED_PER_ROW.pandasListsRss, 'pandas_column_of_python_lists_rss'],
      [MEASURED_PER_ROW.pandasListsNpF32Peak, 'pandas_lists_then_np_array_float32_peak_rss'],
      [MEASURED_PER_ROW.pandasListsNpDefaultPeak, 'pandas_lists_then_np_array_default_dtype_float64_peak_rss'],
      [MEASURED_PER_ROW.pandasListsNpF32PeakTracemalloc, 'pandas_lists_then_np_array_float32_peak_tracemalloc'],
      [MEASURED_PER_ROW.arrowTable, 'arrow_table_in_python_from_ipc_stream_rss'],
      [MEASURED_PER_ROW.arrowToPandasPeak, 'arrow_to_pandas_peak_rss_table_alive'],
      [MEASURED_PER_ROW.arrowToPandasSteady, 'arrow_to_pandas_after_table_freed_rss'],
      [MEASURED_PER_ROW.arrowNpF32Peak, 'arrow_pandas_then_np_array_float32_peak_rss'],
      [MEASURED_PER_ROW.arrowNpStackPeak, 'arrow_pandas_then_np_stack_peak_rss'],
    ];
    for (const [value, key] of pairs) expect(value, key).toBe(measurement(key).bytes_per_row);
    const notes = GROUND_TRUTH.measurements.notes.pandas_memory_usage_deep_bytes_per_row;
    expect(MEASURED_PER_ROW.memoryUsageLists).toBe(notes.column_of_python_lists);
    expect(MEASURED_PER_ROW.memoryUsageArrowViews).toBe(notes.column_of_arrow_ndarray_views);
  });

  it.each(GROUND_TRUTH.instance_table.map((r) => [r.type, r] as const))('instance %s matches the table', (type, row) => {
    const spec = findInstance(type);
    expect(spec?.ramGiB).toBe(row.azure_memory_GiB);
    expect(spec?.essayMaxRows).toBe(row.essay_max_f32_rows_1536d);
    const [lo, hi = lo] = row.essay_python_GB.split('-').map(Number);
    expect(spec?.essayPythonGB).toEqual({ min: lo, max: hi });
    const implied = row.implied_bytes_per_row ?? row['implied_bytes_per_row_at_5.5GB'];
    expect(implied).toBeTypeOf('number');
    const fig = figure(`instances.${type}.implied-bytes-per-row`, DEFAULT_SCENARIO).value ?? 0;
    expect(Math.round(fig)).toBe(implied);
  });
});

describe('a Python worker on an executor, in chapters 5 and 7', () => {
  // Each running task's worker is a Python process with its own interpreter: the fixture's baseline
  // after importing numpy, pandas and pyarrow.
  const interpreter = GROUND_TRUTH.measurements.notes.baseline_rss_after_imports_MB.venv_numpy_pandas_pyarrow! * 1e6;

  it('chapter 5 counts one interpreter per worker beside its Arrow batch and pandas copy', () => {
    // The essay's DS4_v2 (8 vCPUs), 2 executors, 32 partitions of 9,750 rows: 16 tasks an executor, 8 at a time,
    // each on one batch of 9,750 rows (under maxRecordsPerBatch), measured per row while the Arrow table lives.
    const s = { ...DEFAULT_SCENARIO, model: 'measured' as const };
    const perRow = measurement('arrow_to_pandas_peak_rss_table_alive').bytes_per_row;
    const executor = clusterLoad(s, 'mapInPandas', 2).nodes.find((n) => n.role === 'executor')!;
    expect(relDiff(executor.pythonUsed, 8 * (interpreter + 9_750 * perRow))).toBeLessThan(1e-9);
  });

  it('chapter 7 counts the same interpreter', () => {
    expect(executorMemory(EXECUTOR_DEFAULTS).interpreterBytes).toBe(interpreter);
  });
});
