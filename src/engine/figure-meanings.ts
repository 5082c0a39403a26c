// What each figure means, in one sentence a reader can check: the figure table, the glossary and
// the tooltips print these. The specs they describe are in figures-<chapter>.ts, which the browser
// imports for their formulas; this module is imported only by figures.ts, which only build-time pages
// and tests import, so no sentence here is ever sent to a reader's browser
// (tests/e2e/client-bundle.spec.ts checks the built JavaScript). Each object is typed by its
// chapter's specs: a spec without a meaning, or a meaning without a spec, does not compile.
import { OPERATIONS, type Operation } from './cluster';
import type { Meanings } from './figure-spec';
import type { BUDGET_FIGURES } from './figures-budget';
import type { INSTANCE_FIGURES } from './figures-instances';
import type { JVM_FIGURES } from './figures-jvm';
import type { NODES_FIGURES, OperationParams } from './figures-nodes';
import type { PLAN_FIGURES, PlanChoice } from './figures-plan';
import type { PYTHON_FIGURES, SnippetLine } from './figures-python';
import type { REDUCED_FIGURES } from './figures-reduced';
import type { RULE_FIGURES } from './figures-rules';
import type { SCENARIO_FIGURES } from './figures-scenario';
import type { SPLIT_FIGURES } from './figures-split';
import type { STORAGE_FIGURES } from './figures-storage';
import type { TOPANDAS_FIGURES } from './figures-topandas';
import type { GATE_FIGURES } from './figures-gates';
import type { EXECUTOR_FIGURES } from './figures-executor';
import { STORAGE_KINDS, type StorageKind } from './python-objects';
import { STACK_STEP, TOPANDAS_STEPS, type CollectVariant, type StepId } from './topandas';

// ---- Words the sentences share ----

const SIDE_WORD: Record<'jvm' | 'python' | 'total', string> = { jvm: 'JVM', python: 'Python', total: 'JVM + Python' };

const stepLabel = (id: StepId) => [...TOPANDAS_STEPS, STACK_STEP].find((x) => x.id === id)?.label ?? id;

const VARIANT_WORD: Record<CollectVariant, string> = {
  model: "the scenario's model (essay estimate, or measured with Arrow on)",
  'arrow-off': 'measured, Arrow off (Python float lists), np.array with the dtype passed',
  'arrow-off-f64': 'measured, Arrow off, np.array without a dtype (float64)',
};

const streamHow = (prefetch: boolean) => (prefetch ? 'toLocalIterator(prefetchPartitions=True)' : 'toLocalIterator()');

const storageLabel = (kind: StorageKind) => STORAGE_KINDS.find((k) => k.kind === kind)?.label ?? kind;

const operationLabel = (op: Operation) => OPERATIONS.find((o) => o.id === op)?.label ?? op;

const usedOn = (role: 'driver' | 'executor', side: 'jvm' | 'python') => (p: OperationParams) =>
  `${side === 'jvm' ? 'JVM' : 'Python'} bytes ${p.op} puts on ${role === 'driver' ? 'the driver' : 'each executor'} (${operationLabel(p.op)}).`;

const what = (c: PlanChoice) => `(${c.pipeline}, PCA ${c.pca})`;

const SNIPPET_MEANINGS: Readonly<Record<SnippetLine, string>> = {
  'list-shallow': 'Snippet output "list, shallow": getsizeof of an exact-size list of dim floats.',
  'list-deep': 'Snippet output "list, deep": that list plus its dim 24 B floats.',
  'f32-row': 'Snippet output "f32 row buffer": dim × 4 B.',
  'f64-row': 'Snippet output "f64 row buffer": dim × 8 B.',
  'row-traced': 'Snippet output "traced per row": one list-of-lists row under tracemalloc.',
  'all-traced': 'Snippet output "traced, all rows": the per-row tracemalloc cost times rows.',
};

// ---- One object a chapter ----

export const SCENARIO_MEANINGS: Meanings<typeof SCENARIO_FIGURES> = {
  rows: 'Rows (embeddings) in the scenario.',
  dim: 'Embedding dimension in the scenario.',
  chunkRows: 'PCA chunk rows as the model uses them (capped at rows).',
  reducedDim: 'Dimension after PCA as the model uses it (capped at dim).',
  partitions: 'Spark partitions toLocalIterator streams.',
  maxResult: 'spark.driver.maxResultSize as the scenario sets it (1 GiB, Spark’s default, unless changed; 0 for no limit).',
  heap: 'The driver heap the reader’s calibration line reported, in GB; 0 when the scenario is not calibrated.',
  notebooks: 'Notebooks attached to the cluster, each with its own Python REPL on the driver.',
  dtypeBytes: "Bytes per element of the scenario's dtype.",
};

export const SPLIT_MEANINGS: Meanings<typeof SPLIT_FIGURES> = {
  nodeRam: 'Node RAM as the cluster page shows it (Azure GiB, written GB).',
  pythonTypical: 'What Python code can count on: the node minus the JVM at the top of its range (12 of 28 GB, 3/7 of RAM).',
  pythonRoom: 'What your own notebook’s Python can count on: the Python share less the REPLs of the other notebooks attached (an interpreter each); equal to split.python-typical with one notebook.',
  otherNotebooks: 'What the other attached notebooks’ Python REPLs hold at least: (notebooks − 1) × the interpreter line.',
  jvmRange: 'JVM (Spark) share of the node: 14–16 GB of 28, i.e. 50–57 % of RAM.',
  pythonRange: 'Python share of the node: RAM minus the JVM range.',
  sparkHeap: 'Spark heap box of the essay diagram (10 of 28 GB); see jvm.heap-gb for 60 % of the JVM.',
  offHeap: 'Off-heap box of the essay diagram (2 of 28 GB).',
  jvmOverhead: 'Overhead box (GC, metadata) of the essay diagram (2–4 of 28 GB).',
  nodeRamDecimal: 'The node RAM in decimal GB, reading the stated number as Azure GiB (28 GiB = 30.06 GB).',
  pythonShare: 'split.python-typical as a share of node RAM (42.9 %).',
  pythonRuleRange: 'Rule 1 applied to this node: 40–45 % of RAM.',
  unaccounted: 'RAM the split gives neither the JVM nor Python: in the essay’s box 28 − JVM 14 − Python 12 = 2 GB (OS, page cache, daemons); on a calibrated driver, the node’s RAM outside the memory the kernel gives the driver.',
  heapShareDiagram: "The diagram's heap as a share of its JVM (10 of 14–16 GB = 63–71 %), against the prose's 60 %.",
  heapPct: 'The heap box (split.spark-heap) as a share of node RAM (10 of 28 GB = 36 %).',
  offHeapPct: 'The off-heap box (split.off-heap) as a share of node RAM (2 of 28 GB = 7 %).',
  overheadPct: 'The overhead box (split.jvm-overhead) as a share of node RAM (2–4 of 28 GB = 7–14 %).',
  jvmPct: 'The JVM range (split.jvm-range) as a share of node RAM (14–16 of 28 GB = 50–57 %).',
  pythonPct: 'The Python range (split.python-range) as a share of node RAM (12–14 of 28 GB = 43–50 %).',
  unaccountedPct: 'split.unaccounted as a percentage of node RAM.',
};

export const JVM_MEANINGS: Meanings<typeof JVM_FIGURES> = {
  typedJvm: () => 'A JVM allocation typed into the JVM breakdown cell (default: the top of split.jvm-range).',
  typedHeapGb: () => "60 % of the typed JVM allocation: the essay's heap share.",
  typedOffHeapGb: () => "15 % of the typed JVM allocation: the essay's off-heap share.",
  typedOverheadGb: () => "25 % of the typed JVM allocation: the essay's overhead share.",
  typedSparkHeap: () => "Heap if the typed JVM allocation were Spark's driver memory + max(384 MiB, 10 %) overhead.",
  typedSparkReserved: () => 'Reserved memory in that heap: 300 MiB, or the whole heap if it is smaller.',
  typedSparkUnified: () => 'Unified execution + storage region of that heap: 0.6 × (heap − 300 MiB).',
  typedSparkUser: () => 'User memory of that heap: the 40 % of (heap − 300 MiB) outside the unified region.',
  typedSparkOverhead: () => "Spark's memoryOverhead for that heap: max(384 MiB, 10 % of driver memory).",
  typedSparkHeapShare: () => "The typed allocation's heap share under Spark's formula (≈91 % above 4.2 GB).",
  typedSparkOverheadShare: () => "The typed allocation's overhead share under Spark's formula (≈9 % above 4.2 GB).",
  stackThreadsCustom: () => 'JVM threads typed into the thread-stacks cell (default: 100, the low end of "hundreds").',
  stackTotalCustom: () => 'Stack reserved by the typed thread count at 1 MB a thread (threads × 1 MB).',
  stackShareCustom: () => "That stack reservation as a share of the rule of thumb's overhead for this node (jvm.overhead-gb).",
  heapShare: "The essay's heap share of the JVM allocation (spark.driver.memory).",
  offHeapShare: "The essay's off-heap share: Arrow buffers, Tungsten, shuffle network buffers.",
  overheadShare: "The essay's overhead share: metaspace, GC working memory, thread stacks, JNI.",
  threadStack: 'Stack reserved per JVM thread (HotSpot -Xss default on Linux x64: 1024 KB).',
  threadCount: '"Hundreds of threads", read as 100 to 1,000 (the thread-stacks widget default).',
  stackTotal: '"Hundreds of threads" (100–1,000) at 1 MB each: stack reservation inside the overhead.',
  heapGb: '60 % of the JVM range (8.4–9.6 GB on 28 GB), what the prose implies; the diagram says ~10.',
  offHeapGb: '15 % of the JVM range (2.1–2.4 GB on 28 GB).',
  overheadGb: '25 % of the JVM range (3.5–4.0 GB on 28 GB).',
  sparkReserved: 'Heap Spark reserves before splitting (RESERVED_SYSTEM_MEMORY_BYTES, 300 MiB = 314.6 MB).',
  sparkMemoryFraction: 'spark.memory.fraction: share of (heap − 300 MiB) for execution and storage.',
  sparkStorageFraction: 'spark.memory.storageFraction: share of the unified region protected for storage.',
  sparkOverheadFactor: 'spark.driver.memoryOverheadFactor: overhead as a share of driver memory (cluster mode, YARN/Kubernetes).',
  sparkOverheadMin: 'spark.driver.minMemoryOverhead: the overhead floor, 384 MiB.',
  sparkDriverMemoryDefault: "spark.driver.memory's open-source default, 1 GiB (Databricks sets its own, undocumented).",
  sparkHeap: "Heap if the essay's JVM range were Spark's driver memory + max(384 MiB, 10 %) overhead.",
  sparkOverhead: "Spark's memoryOverhead for that heap: max(384 MiB, 10 % of driver memory).",
  sparkUnified: 'Unified execution + storage region: 0.6 × (heap − 300 MiB).',
  sparkStorage: 'Storage half of the unified region (storageFraction 0.5).',
  sparkExecution: 'Execution half of the unified region.',
  sparkUser: 'User memory: the 40 % of (heap − 300 MiB) outside the unified region.',
  sparkOffHeap: 'Off-heap under Spark defaults: 0, spark.memory.offHeap.enabled is false.',
  sparkHeapShare: "Heap as a share of the JVM under Spark's defaults (≈91 %), against the essay's 60 %.",
  sparkOverheadShare: "Overhead as a share of the JVM under Spark's defaults (≈9 %), against the essay's 25 %.",
};

export const PYTHON_MEANINGS: Meanings<typeof PYTHON_FIGURES> = {
  floatObject: 'Size of a Python float: the essay says 28; the measured model says 24 (28 is an int or np.float32).',
  floatRaw: 'A raw f64 value.',
  list1536: 'One list of dim floats: essay dim × 28 B; measured deep getsizeof (header + pointers + 24 B floats).',
  list1536Raw: 'The same dim values as raw f64 (dim × 8 B).',
  listOfLists: 'rows lists of dim floats: essay rows × dim × 28 B; measured resident size (RSS).',
  numpyF32: 'The same data as a numpy float32 array (rows × dim × 4 B).',
  f32Bytes: 'Bytes per float32 element.',
  f64Bytes: 'Bytes per float64 element.',
  faerMat: 'faer Mat<f64> of rows × dim, allocated outside Python (rows × dim × 8 B).',
  floatMeasured: 'sys.getsizeof(1.0) on 64-bit CPython 3.8–3.13.',
  intObject: 'sys.getsizeof(1): the 28 B the essay gave a float.',
  npScalar: 'sys.getsizeof(np.float32(1)): also 28 B.',
  floatSlot: 'The pymalloc block a 24 B float occupies (16 B alignment on 64-bit).',
  floatResident: 'Measured resident bytes per float inside a list, pool overhead included (≈32.15 B).',
  pointer: 'A list slot: one 8 B pointer per element.',
  listHeader: 'sys.getsizeof([]): the list object with its GC header.',
  list1536Shallow: 'getsizeof of an exact-size list of dim floats (from .tolist(), slicing, unpickling): header + pointers.',
  list1536ComprehensionShallow: 'getsizeof of the same list built by a comprehension or append loop (over-allocated).',
  listSpareRoom: 'The spare room a list built by appending keeps beyond an exact-size one: the comprehension list’s getsizeof less the exact one’s (0 where the growth pattern lands on the length).',
  list1536Deep: 'Deep getsizeof of an exact-size list of dim distinct floats (49,208 B at 1536).',
  list1536DeepComprehension: 'Deep getsizeof of the comprehension-built list (49,592 B at 1536).',
  list1536Rss: 'Resident memory per list of dim floats in a list-of-lists (61,727 B at 1536).',
  lolTracemalloc: 'List-of-lists as tracemalloc counts it (8 + 56 + 8·dim + 24·dim B per row).',
  lolRowTraced: 'One row of a list-of-lists under tracemalloc: outer pointer + list header + pointers + 24 B floats (49,216 B at 1536).',
  lolRss: 'List-of-lists resident size (RSS), what the OOM killer sees.',
  arrowTable: 'Measured pyarrow table of list<float32> read from an IPC stream (values + offsets + framing).',
  pandasListsRss: 'Measured resident size of a pandas column of Python float lists.',
  pandasMemoryUsage: "What pandas' memory_usage(deep=True) reports for that column: blind to the float objects.",
  snippet: (line) => SNIPPET_MEANINGS[line],
};

export const STORAGE_MEANINGS: Meanings<typeof STORAGE_FIGURES> = {
  listVsF32Rss: 'Measured resident list-of-lists over numpy float32 (≈10×, against the essay\'s 7×).',
  perElement: (kind) => `${storageLabel(kind)}: bytes per value (model-dependent).`,
  perRow: (kind) => `${storageLabel(kind)}: bytes per embedding row (model-dependent).`,
  total: (kind) => `${storageLabel(kind)}: all rows (model-dependent).`,
  ratio: (kind) => `${storageLabel(kind)}: size relative to numpy float32.`,
};

export const TOPANDAS_MEANINGS: Meanings<typeof TOPANDAS_FIGURES> = {
  stepHeld: (p) => `${SIDE_WORD[p.side]} bytes held at step "${stepLabel(p.step)}" (model-dependent path: essay, or measured Arrow-on).`,
  collectStep: (p) => `${SIDE_WORD[p.side]} bytes held at step "${p.step}" of the collect-everything cell, ${VARIANT_WORD[p.variant]}.`,
  collectPythonPeak: (v) => `Highest Python holding over the collect-everything cell (toPandas then np.array), ${VARIANT_WORD[v]}.`,
  collectHeadroom: (v) => `Python budget left at that Python peak (0 when it does not fit), ${VARIANT_WORD[v]}.`,
  collectShortfall: (v) => `How far that Python peak exceeds the node's Python budget (0 when it fits), ${VARIANT_WORD[v]}.`,
  cellPeakMeasured: 'Measured peak (JVM + Python) of the whole collect-everything cell with Arrow on: toPandas, then np.array(...tolist()).',
  arrowOffPeak: (v) => `Highest JVM + Python total over the collect-everything cell, ${VARIANT_WORD[v]}.`,
  streamStep: (p) =>
    `${SIDE_WORD[p.side]} bytes held at step "${p.step}" of the streaming cell (${streamHow(p.prefetch)}, preallocated matrix, metadata collected first).`,
  streamPartitionInFlight: (p) => `Which partition (1-based) is in flight at the "${p.at}" step of the streaming cell.`,
  streamCellPeak: (prefetch) =>
    `Highest JVM + Python total of the streaming cell with ${streamHow(prefetch)}: metadata + full matrix + partitions in flight.`,
  streamPythonPeak: (prefetch) => `Highest Python holding of the streaming cell with ${streamHow(prefetch)}.`,
  streamHeadroom: (prefetch) => `Python budget left at the streaming cell's Python peak (0 when it does not fit), ${streamHow(prefetch)}.`,
  streamShortfall: (prefetch) => `How far the streaming cell's Python peak exceeds the Python budget (0 when it fits), ${streamHow(prefetch)}.`,
  arrowJvm: 'Arrow data held by the driver JVM at step 1: essay all of it (rows × dim × the bytes Spark stores a value in); measured model one partition (Spark forwards each as it arrives).',
  pandasPython: 'The pandas DataFrame in Python after conversion: essay 5 GB (≈10.4 B a float); measured Arrow-path steady size.',
  peak: 'Highest JVM + Python total during toPandas (essay: Arrow copy + pandas before the JVM lets go).',
  tolistExtra: "The array np.array(pdf[col].tolist(), dtype) adds (rows × dim × dtype bytes).",
  steps: 'Steps of toPandas: serialise, transfer, convert, release.',
  peakWithStack: 'Highest total including the np.array(...tolist()) step (model-dependent).',
  measuredArrowJvm: 'Documented driver-JVM holding on the Arrow path: about one partition of Arrow batches (not measured).',
  measuredSteady: 'Measured Arrow-path toPandas result after the Arrow table is freed (6,270 B/row).',
  measuredPeak: 'Measured Arrow-path Python peak during toPandas, Arrow table and values copy alive (12,426 B/row).',
  measuredStackPeak: 'Measured Arrow-path peak of np.array(pdf[col].tolist()) with the frame alive (12,442 B/row); stays float32.',
  arrowOff: 'Measured toPandas result with Arrow off: a pandas column of Python float lists (61,733 B/row).',
  arrowOffF32Peak: 'Measured peak of np.array(..., dtype=np.float32) on the Arrow-off list frame (67,907 B/row).',
  arrowOffF64Peak: 'Measured peak of np.array(...) without dtype on the list frame: float64 result (74,050 B/row).',
  pandasBytesPerFloatEssay: "Bytes per float the essay's 5 GB implies at 312K × 1536 (≈10.4 B; neither a list nor an array cost).",
  partitionRows: 'Rows per Spark partition: rows ÷ partitions, rounded up.',
  arrowBatches: 'Arrow batches Spark sends: rows ÷ maxRecordsPerBatch (10,000), rounded up.',
  sparkElementBytes: 'Bytes a value takes in Spark and Arrow: the dtype’s own, at least 4, since Spark SQL has no 16-bit float (f16 and bf16 travel as float).',
  streamPartition: 'toLocalIterator: Python bytes of the one partition in flight (rows as Python float lists).',
  streamPeak: 'toLocalIterator peak: one partition + the array (measured model adds the per-row arrays np.vstack reads).',
  streamPeakPrefetch: 'toLocalIterator(prefetchPartitions=True) peak: up to two partitions in flight.',
  streamPeakPreallocated: 'toLocalIterator peak writing rows into a preallocated array (no per-row arrays to stack).',
};

export const NODES_MEANINGS: Meanings<typeof NODES_FIGURES> = {
  executors: () => "Executors in the cluster: the essay's multi-node example has a driver and two executors.",
  clusterPython: () => "Python memory summed over the driver and executors ((1 + executors) × nodes.single-python; 3 × in the essay's example).",
  driverJvm: usedOn('driver', 'jvm'),
  driverPython: usedOn('driver', 'python'),
  executorJvm: usedOn('executor', 'jvm'),
  executorPython: usedOn('executor', 'python'),
  usablePython: (p) => `Python memory ${p.op} can use at all: the driver's share for a collect, every executor's share for work on the executors.`,
  need: (p) => `Bytes ${p.op} needs on the side (JVM or Python) of the node that runs out first; 0 when everything fits.`,
  have: (p) => `Capacity of that side of the node that runs out first under ${p.op}; 0 when everything fits.`,
  shortfall: (p) => `How far ${p.op} overshoots the node that runs out first; 0 when everything fits.`,
  singleJvm: "The single-node (and each multi-node) box's JVM: the low end of the JVM range.",
  singlePython: "The box's Python: the node split's estimate for the node's RAM, the same as split.python-typical until the driver is calibrated.",
  driverJvmShare: "The driver JVM's share: the box's JVM, or a calibrated driver's heap plus overhead.",
  driverTopandas: 'Python bytes on the driver for toPandas + np.array, however many executors there are.',
  executorMapinpandas: 'Python bytes per executor for mapInPandas: one Arrow batch per concurrent task.',
  executorApplyinpandas: 'Python bytes per executor for applyInPandas: one group (taken as one partition) per concurrent task.',
};

export const REDUCED_MEANINGS: Meanings<typeof REDUCED_FIGURES> = {
  reducedData: 'The PCA-reduced data, rows × reduced × 8 B (f64); reduced is capped at dim.',
  reducedF32: 'The same reduced data as float32 (half of nodes.reduced-data).',
};

export const BUDGET_MEANINGS: Meanings<typeof BUDGET_FIGURES> = {
  available: () => 'Available to Python: split.python-typical.',
  embeddings: () => "The numpy embeddings (rows × dim × dtype bytes).",
  metadata: () => 'pandas metadata columns (also the metadata-only collect): essay 0.1 GB per 312K rows; measured ≈126 B/row.',
  interpreter: () => 'Python interpreter + libraries: essay 0.5 GB; measured 111 MB (numpy, pandas, pyarrow).',
  remaining: () => 'Available − embeddings − metadata − interpreter, floored at 0 (see budget.shortfall).',
  shortfall: () => 'How far the ledger goes below zero (0 when it fits).',
  afterChunked: () => 'What remains after one PCA chunk (remaining − budget.pca-chunk-peak), floored at 0.',
  afterUnchunked: () => 'What remains if PCA centres all rows at once (remaining − budget.pca-unchunked), floored at 0.',
  chunkedShortfall: () => 'How far the remainder falls short of one PCA chunk (budget.pca-chunk-peak); 0 when the chunk fits.',
  unchunkedShortfall: () => 'How far the remainder falls short of centring all rows at once (budget.pca-unchunked); 0 when it fits.',
  pcaLargestChunk: () => 'Largest chunk whose f64 matrix fits what remains (capped at rows: equal to rows means no chunking needed).',
  pcaChunkPeak: 'PCA peak per chunk, chunk × dim × 8 B (f64), chunk capped at rows; essay rounding (1 s.f.).',
  pcaDimSquare: 'One dim × dim float64 matrix of the chunked PCA fit (cross-product, covariance, eigenvectors): dim × dim × 8 B.',
  pcaUnchunked: 'PCA without chunking: rows × dim × 8 B (f64).',
  pcaTwoCopies: "Two unchunked f64 matrices alive at once (the fit's centred copy and the transform's).",
  pcaChunkExact: 'The PCA chunk peak unrounded to the essay style (614.4 MB, not 600).',
  pcaChunkMib: 'The same chunk in MiB (585.9 MiB).',
  pcaChunks: 'Chunks the transform needs: rows ÷ chunk, rounded up.',
  metadataMeasured: "The frame's own cost of the embedding column on the Arrow path (index, pointers and a view header per row, ≈126 B measured) × rows; it goes when the frame does.",
  interpreterMeasured: 'Measured interpreter + numpy + pandas + pyarrow baseline RSS (a Databricks REPL was not measured).',
  remainingMeasured: "The ledger with the measured interpreter line (the metadata line stays the essay's estimate), floored at 0.",
  coexistingFrame: 'The toPandas frame (measured Arrow path) that coexists with the array until `del pdf`; the ledger omits it.',
};

export const RULE_MEANINGS: Meanings<typeof RULE_FIGURES> = {
  count: 'Rules of thumb the essay closes with.',
  total: 'Rules of thumb in all: the essay’s and the handbook’s own for executors.',
  pythonShare: "Rule 1: Python's share of node RAM.",
  listVsNumpy: "Rule 3: list of floats over numpy in the scenario's dtype (essay 28 B ÷ 4 B = 7×; measured resident ≈10×).",
  chunk: 'Rule 5: one chunk of chunk × dim f64 (same number as budget.pca-chunk-peak).',
  f32Halves: 'Rule 6: float32 size over float64.',
};

export const INSTANCE_MEANINGS: Meanings<typeof INSTANCE_FIGURES> = {
  count: "Node types in the essay's quick-reference table.",
  pcaPractical: 'Practical share of the max rows when running chunked PCA.',
  rowBytes: "Bytes per row the computed ceilings divide by: dim × the scenario's dtype bytes.",
  catalogueCount: "Node types in the engine's catalogue (the essay's five plus common Databricks drivers).",
  ram: (node) => `${node.id} RAM as Azure states it (GiB, written GB).`,
  python: (node) =>
    node.fromEssay
      ? `${node.id} Python budget, the essay's table literal (shown as printed; computations use the node-split budget).`
      : `${node.id} Python budget from the node-split model (3/7 of RAM).`,
  budget: (node) =>
    `${node.id}: the Python budget every computation counts on, the node-split model's (3/7 of RAM); the instance table's ceilings and the planner's fits use it.`,
  ramDecimal: (node) => `${node.id} RAM in decimal GB (the GiB figure × 1.0737).`,
  pythonShare: (node) => `${node.id} Python budget as a share of its RAM.`,
  ceilingRows: (node) => `${node.id}: rows of the scenario's dim and dtype that fit the Python budget as one numpy array (engine's computed ceiling).`,
  practicalRows: (node) => `${node.id}: ~40 % of the computed ceiling, the practical limit with chunked PCA.`,
  maxRows: (node) => `${node.id}: the essay's max f32 rows at 1536d (table literal).`,
  practicalEssay: (node) => `${node.id}: ~40 % of the essay's max rows.`,
  impliedBytesPerRow: (node) => `${node.id}: the essay's Python budget (midpoint) ÷ its max rows; pure f32 at 1536d is 6,144.`,
};

export const PLAN_MEANINGS: Meanings<typeof PLAN_FIGURES> = {
  headroom: 'Share of a node’s Python budget the planner keeps free at the peak (clustering, temporaries).',
  nodeUsable: (n) => `${n.id}: the Python budget minus the planner's headroom, what the job's peak may use.`,
  peak: (c) => `Planner ${what(c)}: the most the Python process holds at any phase of the job.`,
  jvm: (c) => `Planner ${what(c)}: the most the driver JVM holds for the job (Arrow buffers or one partition).`,
  phase: (c) => `Planner ${what(c)}: Python bytes held during the ${c.phase} phase.`,
  chosenRam: (c) => `Planner ${what(c)}: RAM of the smallest catalogue node that fits with headroom (0 when none does).`,
  chosenPython: (c) => `Planner ${what(c)}: Python budget of the chosen node (0 when none fits).`,
  chosenUse: (c) => `Planner ${what(c)}: the peak as a share of the chosen node's Python budget (0 when none fits).`,
  currentUse: (c) => `Planner ${what(c)}: the peak as a share of the scenario node's Python budget.`,
  currentPython: (c) => `Planner ${what(c)}: Python budget of the scenario's own node.`,
  shortfall: (c) => `Planner ${what(c)}: how far the peak exceeds the largest node's usable Python budget (0 when a node fits).`,
  use: (c) => `Planner ${what(c)}: the peak as a share of ${c.node}'s Python budget.`,
};

export const GATE_MEANINGS: Meanings<typeof GATE_FIGURES> = {
  maxResultSize: 'spark.driver.maxResultSize open-source default (1 GiB), which a full collect may exceed.',
  resultSize: 'The Arrow batches of a whole collect, rows × dim × the element size Spark sends: the least its serialized results can be, which spark.driver.maxResultSize is checked against.',
  partitionResult: 'One toLocalIterator() job’s result: a partition’s rows pickled, 9 B a value (a BINFLOAT each), which spark.driver.maxResultSize is checked against job by job.',
};

// Chapter 7: every figure follows the executor widget's settings; the registry lists them at its defaults.
export const EXECUTOR_MEANINGS: Meanings<typeof EXECUTOR_FIGURES> = {
  workerRam: () => 'RAM of the worker node the executor runs on (one executor per worker on Databricks).',
  workerCores: () => 'vCPUs of the worker node: the executor’s cores, and its task slots unless set otherwise.',
  slots: () => 'Task slots of the executor: spark.executor.cores ÷ spark.task.cpus, the Python workers it runs at once.',
  jvm: () => 'The executor JVM’s share of the worker node (heap, off-heap, overhead): the essay’s driver split, scaled; Databricks documents no executor formula.',
  pythonRoom: () => 'What the worker node leaves Python once the executor’s JVM takes the top of its range: the room every Python worker shares.',
  rowBytes: () => 'Bytes a row takes in Arrow, over the columns Spark sends to Python.',
  batchRows: () => 'spark.sql.execution.arrow.maxRecordsPerBatch as the widget sets it: rows in one Arrow batch.',
  rowsHeld: () => 'Rows the busiest Python worker holds at once: one Arrow batch, or applyInPandas’s largest group.',
  arrowBatch: () => 'Arrow bytes of those rows: rows × row width, plus one validity bit a row for each column.',
  pandasCopy: () => 'The pandas frame built from them, counted as a full copy of the same width: measured for float vectors, an upper bound for numeric columns pyarrow converts without copying.',
  interpreter: () => 'A Python worker’s interpreter with numpy, pandas and pyarrow: the handbook’s local measurement of a fresh process (RSS).',
  workerPeak: () => 'The busiest Python worker’s peak: interpreter + Arrow batch + pandas copy of the rows it holds.',
  otherWorkerPeak: () => 'Every other Python worker’s peak: the same batch, or a typical group for applyInPandas.',
  executorPeak: () => 'All the executor’s Python workers at once: the busiest one plus (slots − 1) others.',
  headroom: () => 'Room left on the worker after the executor’s Python peak (0 when it does not fit).',
  shortfall: () => 'How far the executor’s Python peak exceeds the worker’s Python room (0 when it fits).',
  largestBatch: () => 'The largest Arrow batch (rows) with which every slot’s Python worker fits the room at once.',
  typicalGroupRows: () => 'Rows of a typical applyInPandas group (one key’s rows), as the widget sets it.',
  skew: () => 'The largest group’s rows as a multiple of a typical group’s.',
  groupRows: () => 'Rows of the largest applyInPandas group: a typical group × the skew.',
  groupPeak: () => 'One Python worker holding the largest applyInPandas group: interpreter + its Arrow rows + their pandas copy.',
};
