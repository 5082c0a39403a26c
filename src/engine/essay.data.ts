// The essay's own literals, each stated once. Models calibrate against these;
// nothing else in the engine repeats them.

export interface Range {
  min: number;
  max: number;
}

// The scenario the essay works through (Standard_DS4_v2, 312K × 1536 f32).
export const ESSAY_SCENARIO = {
  instance: 'Standard_DS4_v2',
  ramGB: 28,
  cores: 8,
  rows: 312_000,
  dim: 1536,
  chunk: 50_000,
  reduced: 128,
} as const;

// The node diagram for the 28 GB node, in GB.
export const ESSAY_NODE_DIAGRAM = {
  ramGB: 28,
  jvmGB: { min: 14, max: 16 },
  pythonGB: { min: 12, max: 14 },
  // "Your Python code gets maybe 12": the low end of the Python range.
  pythonTypicalGB: 12,
  heapGB: 10,
  offHeapGB: 2,
  overheadGB: { min: 2, max: 4 },
} as const;

// Shares of the JVM allocation the prose gives (heap / off-heap / overhead).
export const ESSAY_JVM_SHARES = { heap: 0.6, offHeap: 0.15, overhead: 0.25 } as const;

// The single- and multi-node boxes (driver and each executor).
export const ESSAY_NODE_BOXES = { jvmGB: 14, pythonGB: 12 } as const;
export const ESSAY_EXECUTORS: readonly string[] = ['Executor 1', 'Executor 2'];

export const ESSAY_THREAD_STACK_MB = 1;
// "hundreds of threads": read as 100 to 1,000.
export const ESSAY_THREAD_COUNT: Range = { min: 100, max: 1000 };

export const ESSAY_PY_FLOAT_BYTES = 28;
export const ESSAY_RAW_FLOAT_BYTES = 8;

// Step 3 of toPandas: "~5 GB in Python" at the essay's scenario; no formula given.
export const ESSAY_TOPANDAS_PANDAS_GB = 5;

export const ESSAY_BUDGET = { metadataGB: 0.1, interpreterGB: 0.5 } as const;

// Rule 1 and the instance table's footnote.
export const ESSAY_PYTHON_SHARE: Range = { min: 0.4, max: 0.45 };
export const ESSAY_PCA_PRACTICAL_SHARE = 0.4;
