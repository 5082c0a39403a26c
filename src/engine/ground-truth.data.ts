// Measurements from ground-truth.json (64-bit CPython 3.11, numpy, pandas, pyarrow),
// each stated once. Per-row figures were fitted at D = 1536 values per row.

export const MEASURED_DIM = 1536;

// sys.getsizeof results (identical on CPython 3.9–3.13).
export const GETSIZEOF = {
  float: 24,
  int: 28,
  npFloat32Scalar: 28,
  npFloat64Scalar: 32,
  emptyList: 56,
  pointer: 8,
  list1536Exact: 12_344,
  list1536Comprehension: 12_728,
  list1536DeepExact: 49_208,
  list1536DeepComprehension: 49_592,
  // An ndarray header: all a view (each Arrow→pandas cell) costs; an owning array adds its data.
  ndarrayHeader: 112,
} as const;

// obmalloc.c aligns to 16 B on 64-bit, so a 24 B float occupies a 32 B block.
export const PYMALLOC_ALIGNMENT = 16;

// Least-squares bytes per row (RSS unless named tracemalloc), D = 1536.
export const MEASURED_PER_ROW = {
  listsRss: 61_727.3,
  listsComprehensionRss: 62_111.1,
  listsTracemalloc: 49_216.7,
  listsComprehensionTracemalloc: 49_600.7,
  numpyF32: 6_144.7,
  numpyF64: 12_288.4,
  pandasListsRss: 61_732.7,
  pandasListsNpF32Peak: 67_907.2,
  pandasListsNpDefaultPeak: 74_049.7,
  pandasListsNpF32PeakTracemalloc: 55_408.0,
  arrowTable: 6_156.3,
  arrowToPandasPeak: 12_425.9,
  arrowToPandasSteady: 6_269.6,
  arrowNpF32Peak: 12_442.3,
  arrowNpStackPeak: 12_581.3,
  // What pandas' memory_usage(deep=True) reports: blind to the float objects / shared base.
  memoryUsageLists: 12_360,
  memoryUsageArrowViews: 128,
} as const;

// Interpreter + numpy + pandas + pyarrow, fresh process (Databricks REPL not measured).
export const MEASURED_BASELINE_RSS_MB = 111;
