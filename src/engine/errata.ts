// Where the essay and reality part ways: for each, the essay's figure, the
// measured or documented counterpart(s), and why. Values come from the registry,
// so they follow the scenario like every other number.
import type { ChapterSlug } from './chapters';
import { figure, type FigureValue } from './figures';
import type { Scenario } from './scenario';
import { GROUND_TRUTH, type Source } from './evidence';

export interface Erratum {
  id: string;
  chapter: ChapterSlug;
  title: string;
  // Figure ids, evaluated with the essay model.
  essay: readonly string[];
  // Figure ids of the measured or documented counterparts, evaluated with the measured model.
  measured: readonly string[];
  reason: string;
  sources: readonly Source[];
}

export const ERRATA: readonly Erratum[] = [
  {
    id: 'float-size',
    chapter: 'python-objects',
    title: 'A Python float is smaller than the essay says, and costs more inside a list',
    essay: ['python.float-object'],
    measured: ['python.float-measured', 'python.int-object', 'python.np-scalar', 'python.float-slot'],
    reason: 'sys.getsizeof(1.0) is 24 on 64-bit CPython 3.8–3.13. 28 is an int or a numpy float32 scalar. Inside a list each float takes a 32 B pymalloc block plus an 8 B pointer.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: sys.getsizeof(1.0), sys.getsizeof(1), sys.getsizeof(np.float32(1)), RSS of lists of floats` }, { how: 'read in source', where: 'python/cpython Include/cpython/floatobject.h (a float is an object header and one double) and Objects/obmalloc.c (16-byte size classes)' }],
  },
  {
    id: 'list-size',
    chapter: 'python-objects',
    title: 'A list of floats costs more than floats × 28: the list itself is left out',
    essay: ['python.list-1536'],
    measured: ['python.list-1536-deep', 'python.list-1536-deep-comprehension', 'python.list-1536-rss'],
    reason: 'dim × 28 leaves out the list itself: a 56 B header and an 8 B pointer per element, the very 12 KB it contrasts with. Resident, with pymalloc blocks, a list costs about 62 KB.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: sys.getsizeof of a list of 1,536 floats, deep and resident` }, { how: 'read in source', where: 'python/cpython Include/cpython/listobject.h (a list is a header and an array of pointers)' }],
  },
  {
    id: 'list-of-lists',
    chapter: 'python-objects',
    title: 'The list-of-lists is larger than the essay’s product, allocated and resident',
    essay: ['python.list-of-lists'],
    measured: ['python.lol-tracemalloc', 'python.lol-rss'],
    reason: 'The arithmetic is right but the per-float model is not: tracemalloc counts 24 B floats plus pointers and headers; RSS adds pymalloc rounding to 32 B blocks and pool overhead.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: tracemalloc and RSS per row of a list of lists` }],
  },
  {
    id: 'list-vs-numpy',
    chapter: 'python-objects',
    title: 'Resident lists cost more times numpy than the essay’s ratio',
    essay: ['rules.list-vs-numpy'],
    measured: ['python.list-vs-f32-rss'],
    reason: 'The 7× is 28 B ÷ 4 B. Resident, a float in a list costs about 40 B (pointer + pooled object), so the ratio is about 10×.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: RSS per row of lists against a float32 array` }],
  },
  {
    id: 'topandas-python',
    chapter: 'topandas',
    title: 'With Arrow on, toPandas makes float32 array views, not Python float lists',
    essay: ['topandas.pandas-python'],
    measured: ['topandas.measured-steady', 'topandas.measured-peak', 'topandas.arrow-off'],
    reason: "PyArrow turns a list<float32> column into read-only float32 ndarray views of one shared buffer. Only with Arrow off are cells Python lists, and then the frame is about 19 GB. Arrow is on by default on most Databricks compute.",
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: pyarrow to_pandas of a list<float32> column` }, { how: 'read in source', where: 'apache/arrow python/pyarrow/src/arrow/python/arrow_to_pandas.cc, ConvertListsLike' }, { how: 'documented', where: 'https://docs.databricks.com/pandas/pyspark-pandas-conversion.html (Arrow on by default)' }],
  },
  {
    id: 'topandas-peak',
    chapter: 'topandas',
    title: 'The measured Python-side peak is lower; the two-runtime total is unconfirmed',
    essay: ['topandas.peak'],
    measured: ['topandas.measured-peak'],
    reason: 'During to_pandas the Arrow table and the concatenated values copy coexist (12,426 B/row). The JVM side was not measured, and Spark forwards each partition as it arrives rather than holding all of it.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: peak RSS per row during pyarrow to_pandas` }, { how: 'read in source', where: 'apache/spark python/pyspark/sql/pandas/conversion.py (toPandas over Arrow batches) and sql/core/src/main/scala/org/apache/spark/sql/Dataset.scala, collectAsArrowToPython' }],
  },
  {
    id: 'arrow-jvm-location',
    chapter: 'topandas',
    title: 'The driver JVM holds about one partition of Arrow batches, on-heap',
    essay: ['topandas.arrow-jvm'],
    measured: ['topandas.measured-arrow-jvm', 'topandas.max-result-size'],
    reason: "Spark's collectAsArrowToPython receives partitions as on-heap byte arrays and sends each to Python at once (PR 21546: the bound is the largest partition). spark.driver.maxResultSize (1 GiB in open-source Spark) may also stop the collect: the essay's own 1.9 GB is already above it. Documented, not measured.",
    sources: [{ how: 'read in source', where: 'apache/spark sql/core/src/main/scala/org/apache/spark/sql/Dataset.scala, collectAsArrowToPython (pull request 21546); core/src/main/scala/org/apache/spark/scheduler/TaskSetManager.scala, canFetchMoreResults' }, { how: 'documented', where: 'apache/spark docs/configuration.md, spark.driver.maxResultSize (default 1g)' }],
  },
  {
    id: 'np-array-dtype',
    chapter: 'topandas',
    title: 'np.array(...tolist()) without a dtype makes float64 from Python floats',
    essay: ['topandas.tolist-extra'],
    measured: ['python.storage.numpy-f64.total', 'topandas.arrow-off-f64-peak', 'topandas.measured-stack-peak'],
    reason: 'On the Arrow path the cells are float32 arrays and the result stays float32. On the list path numpy infers float64, so the new array is twice the size unless dtype=np.float32 is passed.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: dtype and size of np.array over Arrow views and over lists` }],
  },
  {
    id: 'jvm-split',
    chapter: 'jvm',
    title: "60/15/25 matches no Spark default",
    essay: ['jvm.heap-share', 'jvm.off-heap-share', 'jvm.overhead-share'],
    measured: ['jvm.spark-heap-share', 'jvm.spark-overhead-share', 'jvm.spark-memory-fraction', 'jvm.spark-reserved'],
    reason: "Spark's 0.6 (spark.memory.fraction) splits the heap after a 300 MiB reserve; it is not a share of the JVM. Overhead is max(384 MiB, 10 % of driver memory), in cluster mode only, and Spark’s docs count the driver’s other processes in it, such as PySpark’s Python: it is not the JVM’s alone. Off-heap is disabled by default. How Databricks sizes the driver heap is not documented.",
    sources: [{ how: 'read in source', where: 'apache/spark core/src/main/scala/org/apache/spark/memory/UnifiedMemoryManager.scala (300 MiB reserve, spark.memory.fraction)' }, { how: 'documented', where: 'apache/spark docs/configuration.md: spark.driver.memoryOverhead, spark.memory.offHeap.enabled' }, { how: 'documented', where: 'Databricks documents no driver-heap formula (searched docs.databricks.com and learn.microsoft.com/azure/databricks)' }],
  },
  {
    id: 'diagram-heap',
    chapter: 'split',
    title: "The diagram's heap box is larger than the essay's own 60 % rule gives",
    essay: ['split.spark-heap', 'split.off-heap', 'split.jvm-overhead'],
    measured: ['jvm.heap-gb', 'jvm.off-heap-gb', 'jvm.overhead-gb', 'split.heap-share-diagram'],
    reason: 'The prose says heap 60 %, off-heap 15 %, overhead 25 % of the JVM; applied to 14–16 GB that is 8.4–9.6, 2.1–2.4 and 3.5–4.0 GB. The diagram draws 10, 2 and 2–4 GB, which adds up to the JVM range but implies a 63–71 % heap.',
    sources: [{ how: 'inferred', where: 'arithmetic on the essay’s own prose and diagram' }],
  },
  {
    id: 'gb-vs-gib',
    chapter: 'split',
    title: 'Azure node sizes are GiB; the essay computes in GB',
    essay: ['split.node-ram'],
    measured: ['split.node-ram-decimal'],
    reason: 'Azure states VM memory in GiB (2^30 B). A "28 GB" node holds 28 GiB = 30.06 GB, 7.4 % more than the decimal GB the essay uses for every computed figure.',
    sources: [{ how: 'documented', where: 'https://learn.microsoft.com/azure/virtual-machines/sizes (memory in GiB)' }, { how: 'inferred', where: '28 × 2^30 B in decimal GB' }],
  },
  {
    id: 'chunk-rounding',
    chapter: 'budget',
    title: 'The chunk size is rounded down in the essay',
    essay: ['budget.pca-chunk-peak', 'rules.chunk'],
    measured: ['budget.pca-chunk-exact', 'budget.pca-chunk-mib'],
    reason: '50,000 × 1536 × 8 B = 614,400,000 B. The essay rounds to one significant figure (−2.3 %).',
    sources: [{ how: 'inferred', where: 'arithmetic: chunk × dim × 8 B' }],
  },
  {
    id: 'python-share-rule',
    chapter: 'budget',
    title: "The essay's own table falls outside its Python-share rule",
    essay: ['rules.python-share'],
    measured: ['instances.Standard_E8ds_v5.python-share', 'instances.Standard_DS3_v2.python-share'],
    reason: 'Python budget ÷ RAM in the quick-reference table runs from 36 % (DS3_v2 at 5 GB) to 46.9 % (E8ds_v5: 30 of 64), while the essay’s own split gives every node 12 of each 28 GB (42.9 %). No Databricks document states the split. The handbook shows the table as printed and computes every ceiling, ledger and plan with the split, so no node has two budgets.',
    sources: [{ how: 'inferred', where: 'arithmetic on the essay’s own table and split' }, { how: 'documented', where: 'Databricks documents no split (searched docs.databricks.com and learn.microsoft.com/azure/databricks)' }],
  },
  {
    id: 'instance-table',
    chapter: 'budget',
    title: 'The max-rows column is hand-rounded, not computed',
    essay: ['instances.Standard_DS4_v2.max-rows', 'instances.Standard_DS4_v2.implied-bytes-per-row', 'instances.Standard_DS3_v2.implied-bytes-per-row'],
    measured: ['instances.Standard_DS4_v2.ceiling-rows', 'instances.row-bytes'],
    reason: 'Python budget ÷ max rows gives 11,000, 8,000, 8,333, 7,778 and 7,500 B per row, while a 1536d float32 row is 6,144 B. No single formula reproduces all five cells; DS3_v2 is the outlier.',
    sources: [{ how: 'inferred', where: 'arithmetic on the essay’s own table' }],
  },
  {
    id: 'budget-lines',
    chapter: 'budget',
    title: 'The interpreter line is smaller measured; the frame is missing',
    essay: ['budget.interpreter', 'budget.remaining'],
    measured: ['budget.interpreter-measured', 'budget.remaining-measured', 'budget.coexisting-frame'],
    reason: 'A fresh interpreter with numpy, pandas and pyarrow takes about 111 MB (a Databricks notebook REPL loads more and was not measured). The metadata line stays the essay’s estimate in both models: no string columns were measured, and the ~126 B a row the frame costs on the Arrow path belongs to the embedding column, not to them. But the toPandas frame (≈2 GB) and the array coexist until `del pdf`, which the ledger leaves out.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: RSS after importing numpy, pandas and pyarrow; RSS per row of the frame after to_pandas` }],
  },
  {
    id: 'streaming-vstack',
    chapter: 'topandas',
    title: 'Stacking per-row arrays holds the data twice at the end',
    essay: ['topandas.stream-peak'],
    measured: ['topandas.stream-peak', 'topandas.stream-peak-preallocated'],
    reason: 'np.vstack over a list of per-row arrays builds the result while every row array (plus a 112 B header each) is still alive. Writing rows into a preallocated array keeps the peak at one partition plus the array.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: RSS of np.vstack over per-row arrays against a preallocated array` }],
  },
];

export interface ErratumValues {
  erratum: Erratum;
  essay: FigureValue[];
  measured: FigureValue[];
}

export function errataValues(s: Scenario): ErratumValues[] {
  const essayS: Scenario = { ...s, model: 'essay' };
  const measuredS: Scenario = { ...s, model: 'measured' };
  return ERRATA.map((erratum) => ({
    erratum,
    essay: erratum.essay.map((id) => figure(id, essayS)),
    measured: erratum.measured.map((id) => figure(id, measuredS)),
  }));
}

export function errataOfChapter(chapter: ChapterSlug): Erratum[] {
  return ERRATA.filter((e) => e.chapter === chapter);
}
