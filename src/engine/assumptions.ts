// What the models assume, each with where it comes from. The errata (errata.ts) list where the essay
// and the sources disagree; this lists what every number rests on, so a reader sizing a cluster can see
// which parts were measured, which were read in Spark's, Arrow's or CPython's source, which a vendor
// documents, and which are the handbook's inference. Ids are permanent: /sources/#<id> is pasted into
// reviews. Claims hold at every scenario: no number here follows the reader.
import type { ChapterSlug } from './chapters';
import { GROUND_TRUTH, type Source } from './evidence';

export interface Assumption {
  id: string;
  /** A few words, the entry's heading. */
  title: string;
  chapter: ChapterSlug;
  claim: string;
  sources: readonly Source[];
}

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'jvm-python-split',
    title: 'The JVM/Python split of a node',
    chapter: 'split',
    claim: 'The driver’s JVM takes 16 of every 28 GB of node RAM and Python the other 12: the essay’s Standard_DS4_v2, scaled in proportion to any node.',
    sources: [
      { how: 'inferred', where: 'from the essay’s own DS4_v2 figures; a guess for any other node' },
      { how: 'documented', where: 'Databricks documents no driver-heap formula (searched docs.databricks.com and learn.microsoft.com/azure/databricks)' },
    ],
  },
  {
    id: 'spark-minimum-heap',
    title: 'The smallest heap Spark starts',
    chapter: 'split',
    claim: 'Spark reserves 300 MiB of the heap and refuses to start a driver whose heap is under one and a half times that, 450 MiB.',
    sources: [{ how: 'read in source', where: 'apache/spark core/src/main/scala/org/apache/spark/memory/UnifiedMemoryManager.scala (RESERVED_SYSTEM_MEMORY_BYTES, error INVALID_DRIVER_MEMORY)' }],
  },
  {
    id: 'overhead-counts-python',
    title: 'What memoryOverhead counts',
    chapter: 'split',
    claim: 'spark.driver.memoryOverhead defaults to the larger of 384 MiB and 10 % of the heap, applies in cluster mode on YARN and Kubernetes, and counts the memory of the driver’s other processes, such as PySpark’s Python, not the JVM’s alone.',
    sources: [{ how: 'documented', where: 'apache/spark docs/configuration.md, spark.driver.memoryOverhead and spark.driver.memoryOverheadFactor' }],
  },
  {
    id: 'heap-is-a-ceiling',
    title: 'The heap is a ceiling, not a reservation',
    chapter: 'split',
    claim: 'spark.driver.memory sets the heap’s ceiling; the JVM commits memory as the heap grows, and G1 returns unused heap to the operating system only after a full or concurrent collection (JDK 12 and later, with its periodic trigger off by default).',
    sources: [
      { how: 'documented', where: 'https://docs.oracle.com/en/java/javase/17/gctuning/factors-affecting-garbage-collection-performance.html (heap reserved at -Xmx, committed as needed)' },
      { how: 'documented', where: 'https://openjdk.org/jeps/346 (G1 returns unused committed memory)' },
      { how: 'documented', where: 'https://docs.databricks.com/aws/en/release-notes/runtime/16.0 (JDK 17 the default from Databricks Runtime 16.0; JDK 8 before)' },
    ],
  },
  {
    id: 'notebooks-share-python',
    title: 'Attached notebooks share the Python room',
    chapter: 'split',
    claim: 'Every notebook attached to a cluster has its own execution context and Python process on the driver, up to 145 a cluster; the handbook counts each other notebook as at least one interpreter with its libraries.',
    sources: [
      { how: 'documented', where: 'https://docs.databricks.com/notebooks/execution-context.html (an execution context per attached notebook; at most 145)' },
      { how: 'inferred', where: 'the cost of another notebook: at least the interpreter line of the ledger, the essay’s or the measured one' },
    ],
  },
  {
    id: 'unified-memory',
    title: 'Spark’s unified memory inside the heap',
    chapter: 'jvm',
    claim: 'Inside the heap, after the 300 MiB reserve, spark.memory.fraction (0.6) goes to unified execution and storage memory, of which spark.memory.storageFraction (0.5) is storage that execution cannot evict; off-heap memory is off by default.',
    sources: [
      { how: 'documented', where: 'apache/spark docs/configuration.md and docs/tuning.md (spark.memory.fraction, spark.memory.storageFraction, spark.memory.offHeap.enabled)' },
      { how: 'read in source', where: 'apache/spark core/src/main/scala/org/apache/spark/memory/UnifiedMemoryManager.scala' },
    ],
  },
  {
    id: 'off-heap-instance-types',
    title: 'Where Databricks turns off-heap on',
    chapter: 'jvm',
    claim: 'Databricks turns Spark’s off-heap memory on only for the instance types its knowledge base lists; the article is written about executors.',
    sources: [{ how: 'documented', where: 'https://kb.databricks.com/en_US/clusters/spark-executor-memory' }],
  },
  {
    id: 'thread-stack-size',
    title: 'A thread’s stack',
    chapter: 'jvm',
    claim: 'A JVM thread reserves a 1 MiB stack by default on 64-bit Linux; a thread becomes resident only for the stack pages it touches.',
    sources: [{ how: 'documented', where: 'https://docs.oracle.com/en/java/javase/17/docs/specs/man/java.html (-Xss: 1024 KB on Linux/x64)' }],
  },
  {
    id: 'broadcast-build',
    title: 'Broadcast joins build on the driver',
    chapter: 'jvm',
    claim: 'A broadcast join collects its small side to the driver and builds the relation on the driver’s heap; the collect counts against spark.driver.maxResultSize, Spark refuses a relation over 8 GiB, and automatic broadcasting applies below spark.sql.autoBroadcastJoinThreshold (10 MB).',
    sources: [
      { how: 'read in source', where: 'apache/spark sql/core/src/main/scala/org/apache/spark/sql/execution/exchange/BroadcastExchangeExec.scala (executeCollectIterator, MAX_BROADCAST_TABLE_BYTES)' },
      { how: 'read in source', where: 'apache/spark common/utils/src/main/resources/error/error-conditions.json ("Not enough memory to build and broadcast the table")' },
      { how: 'read in source', where: 'apache/spark sql/catalyst/src/main/scala/org/apache/spark/sql/internal/SQLConf.scala (spark.sql.autoBroadcastJoinThreshold)' },
    ],
  },
  {
    id: 'python-object-sizes',
    title: 'What Python objects cost',
    chapter: 'python-objects',
    claim: 'A Python float is a 24 B object that pymalloc keeps in a 32 B block; a list adds a 56 B header and an 8 B pointer per element; a numpy array holds its values packed at the dtype’s width.',
    sources: [
      { how: 'measured', where: `${GROUND_TRUTH}: sys.getsizeof, tracemalloc and RSS` },
      { how: 'read in source', where: 'python/cpython Include/cpython/floatobject.h, Include/cpython/listobject.h and Objects/obmalloc.c' },
    ],
  },
  {
    id: 'arrow-topandas-views',
    title: 'toPandas() with Arrow: views, not lists',
    chapter: 'topandas',
    claim: 'With Arrow on, toPandas() turns a list<float> column into read-only numpy views of one flat array of the column’s own float type; with Arrow off, each cell is a Python list of floats.',
    sources: [
      { how: 'measured', where: `${GROUND_TRUTH}: a list<float32> column` },
      { how: 'read in source', where: 'apache/arrow python/pyarrow/src/arrow/python/arrow_to_pandas.cc, ConvertListsLike (other float types)' },
    ],
  },
  {
    id: 'no-16-bit-float-in-spark',
    title: 'Spark has no 16-bit float',
    chapter: 'topandas',
    claim: 'Spark SQL’s floating-point types are FloatType (4 B) and DoubleType (8 B); its other numeric types are integers and decimals, so there is no 16-bit float. A float16 or bfloat16 embedding is therefore stored, serialised and collected as array<float>, 4 B a value, and is 16-bit only in the numpy array built from it.',
    sources: [
      { how: 'documented', where: 'https://spark.apache.org/docs/4.3.0/sql-ref-datatypes.html (Supported Data Types: the numeric types)' },
      { how: 'inferred', where: 'that a 16-bit embedding reaches Spark as array<float>: the nearest type that holds its values' },
    ],
  },
  {
    id: 'arrow-on-databricks',
    title: 'Arrow on Databricks',
    chapter: 'topandas',
    claim: 'Arrow is on by default for toPandas() on Databricks, except on High Concurrency clusters and user-isolation clusters in Unity Catalog workspaces.',
    sources: [{ how: 'documented', where: 'https://docs.databricks.com/pandas/pyspark-pandas-conversion.html' }],
  },
  {
    id: 'arrow-fallback',
    title: 'The silent fallback to pickled rows',
    chapter: 'topandas',
    claim: 'When classic PySpark cannot start the Arrow path (an unsupported type, no pyarrow), toPandas() warns and falls back to a collect of pickled rows, because spark.sql.execution.arrow.pyspark.fallback.enabled is on by default; a failure during the Arrow collect is raised instead.',
    sources: [{ how: 'read in source', where: 'apache/spark python/pyspark/sql/pandas/conversion.py and sql/catalyst/src/main/scala/org/apache/spark/sql/internal/SQLConf.scala' }],
  },
  {
    id: 'arrow-batch-size',
    title: 'Arrow batch size',
    chapter: 'topandas',
    claim: 'Spark sends Arrow data in batches of at most spark.sql.execution.arrow.maxRecordsPerBatch rows, 10,000 by default.',
    sources: [{ how: 'read in source', where: 'apache/spark sql/catalyst/src/main/scala/org/apache/spark/sql/internal/SQLConf.scala (spark.sql.execution.arrow.maxRecordsPerBatch)' }],
  },
  {
    id: 'max-result-size',
    title: 'spark.driver.maxResultSize',
    chapter: 'topandas',
    claim: 'spark.driver.maxResultSize is 1g by default, 0 for no limit; the scheduler aborts an action once its tasks’ serialized results add up to more.',
    sources: [
      { how: 'documented', where: 'apache/spark docs/configuration.md, spark.driver.maxResultSize' },
      { how: 'read in source', where: 'apache/spark core/src/main/scala/org/apache/spark/scheduler/TaskSetManager.scala, canFetchMoreResults' },
    ],
  },
  {
    id: 'to-local-iterator-pickled',
    title: 'toLocalIterator() on classic PySpark',
    chapter: 'topandas',
    claim: 'Classic toLocalIterator() runs one job a partition of the DataFrame and ships pickled rows, not Arrow: about 9 B a float value (an opcode byte and an 8-byte double) in the driver’s JVM.',
    sources: [
      { how: 'read in source', where: 'apache/spark python/pyspark/sql/classic/dataframe.py and core/src/main/scala/org/apache/spark/api/python/PythonRDD.scala (toLocalIteratorAndServe)' },
      { how: 'read in source', where: 'irmen/pickle java/src/main/java/net/razorvine/pickle/Pickler.java, put_float (the Pyrolite pickler Spark uses)' },
    ],
  },
  {
    id: 'spark-connect',
    title: 'Spark Connect',
    chapter: 'topandas',
    claim: 'On Spark Connect (serverless compute, standard access mode, Databricks Connect), toPandas() always uses Arrow, and toLocalIterator() ignores prefetchPartitions while the server runs one job over all partitions and sends Arrow batches of at most about 70 % of spark.connect.grpc.arrow.maxBatchSize; with Databricks Connect the results land on the client’s machine.',
    sources: [
      { how: 'read in source', where: 'apache/spark python/pyspark/sql/connect/client/core.py and python/pyspark/sql/connect/dataframe.py' },
      { how: 'read in source', where: 'apache/spark sql/connect/server/src/main/scala/org/apache/spark/sql/connect/execution/SparkConnectPlanExecution.scala' },
      { how: 'documented', where: 'https://docs.databricks.com/dev-tools/db-connect.html (code written against Spark APIs runs remotely on Databricks compute from the client)' },
    ],
  },
  {
    id: 'metadata-columns',
    title: 'The metadata line',
    chapter: 'budget',
    claim: 'The metadata line is the essay’s estimate for its three string columns, scaled per row, in both models; pyarrow makes one Python string per distinct value by default, so their cost follows cardinality more than rows.',
    sources: [
      { how: 'inferred', where: 'the essay’s 0.1 GB for 312,000 rows; no string columns were measured' },
      { how: 'read in source', where: 'apache/arrow pull request 3257 (deduplicate_objects, on by default in to_pandas)' },
    ],
  },
  {
    id: 'interpreter-baseline',
    title: 'The interpreter line',
    chapter: 'budget',
    claim: 'The interpreter line is the essay’s 0.5 GB, or measured, a fresh local process after importing numpy, pandas and pyarrow; a Databricks notebook REPL loads more and was not measured.',
    sources: [{ how: 'measured', where: `${GROUND_TRUTH}: RSS after imports` }],
  },
  {
    id: 'node-catalogue',
    title: 'The node catalogue',
    chapter: 'budget',
    claim:
      'Each node type’s vCPUs and memory are its provider’s, as the provider’s size table states them: GiB on AWS and Azure, and on Google Cloud “GB” that Google defines as 2^30 bytes. Which of these types Databricks offers on each cloud was only partly documented where the handbook looked.',
    sources: [
      { how: 'read in source', where: 'awsdocs/amazon-ec2-user-guide doc_source/memory-optimized-instances.md and its general purpose, storage and compute optimized twins (“Memory (GiB)”), published at https://docs.aws.amazon.com/ec2/latest/instancetypes/' },
      { how: 'read in source', where: 'MicrosoftDocs/azure-compute-docs articles/virtual-machines/sizes/ (the DSv2, Dsv3, Ddsv5, Dsv5, Esv3, Edsv5, Esv5, Lsv2, Lsv3 and Fsv2 series pages)' },
      { how: 'documented', where: 'https://cloud.google.com/compute/vm-instance-pricing (a GB of Compute Engine memory is 2^30 bytes)' },
      { how: 'documented', where: 'https://docs.cloud.google.com/cluster-director/docs/compute (N2 standard table: n2-standard-2 to -80 read row by row; N2 highmem at 8 GB and highcpu at 1 GB a vCPU)' },
      { how: 'documented', where: 'https://cloud.google.com/vertex-ai/docs/predictions/configure-compute (n1-standard-2 to -32 and n1-highmem-2 to -32) and an older copy of https://cloud.google.com/compute/docs/machine-types (n1-standard-2 to -64, 3.75 GB a vCPU; N1 up to 96 vCPUs)' },
      { how: 'inferred', where: 'n2-highmem, n2-highcpu, n1-standard-96 and n1-highmem-64 and -96 only follow the ratios those Google pages state, no row of theirs read; n2d-standard and c2-standard are Google’s published sizes as known, neither row nor ratio read in a Google page (the cited general-purpose-machines and compute-optimized-machines tables could not be opened here); Databricks’ node-type lists were read only in part (AWS c5 and c6i, Azure D-series, Google c2, n2 and n2d)' },
    ],
  },
  {
    id: 'one-executor-per-worker',
    title: 'One executor per worker, on all its cores',
    chapter: 'executors',
    claim: 'A Databricks cluster runs one executor on each worker node. The executor uses every core of the node: that is Spark standalone’s default for spark.executor.cores, which the handbook assumes Databricks keeps.',
    sources: [
      { how: 'documented', where: 'https://learn.microsoft.com/en-us/azure/databricks/clusters/cluster-config-best-practices (Compute sizing considerations: one executor per worker node)' },
      { how: 'documented', where: 'https://docs.databricks.com/api/workspace/clusters/create (num_workers: one Spark driver and num_workers executors)' },
      { how: 'documented', where: 'apache/spark docs/configuration.md, spark.executor.cores (all the available cores on the worker in standalone mode)' },
      { how: 'inferred', where: 'that Databricks leaves spark.executor.cores at that default' },
    ],
  },
  {
    id: 'executor-heap-undocumented',
    title: 'The executor heap on Databricks',
    chapter: 'executors',
    claim: 'Databricks sets spark.executor.memory from the worker’s instance type and publishes no formula for it; its knowledge base says only that some instance types turn off-heap memory on and give the heap a fraction of the node. The handbook gives an executor the same JVM/Python split as the driver: the essay’s, scaled to the node.',
    sources: [
      { how: 'documented', where: 'https://kb.databricks.com/en_US/clusters/spark-executor-memory (off-heap mode on listed instance types; spark.executor.memory a fraction of the node there)' },
      { how: 'documented', where: 'Databricks documents no executor-heap formula (searched docs.databricks.com, learn.microsoft.com/azure/databricks and kb.databricks.com)' },
      { how: 'inferred', where: 'the essay’s 16 of 28 GB for the JVM, as for the driver' },
    ],
  },
  {
    id: 'python-workers-per-slot',
    title: 'A Python worker for every running task',
    chapter: 'executors',
    claim: 'Python UDFs run in Python processes outside the executor’s JVM, forked by a daemon, one for every task running at once: the executor’s cores ÷ spark.task.cpus. A worker is kept for the next task when spark.python.worker.reuse is on (the default).',
    sources: [
      { how: 'read in source', where: 'apache/spark core/src/main/scala/org/apache/spark/api/python/PythonWorkerFactory.scala (one daemon, pyspark/daemon.py, forks the workers)' },
      { how: 'read in source', where: 'apache/spark core/src/main/scala/org/apache/spark/api/python/PythonRunner.scala (getWorkerMemoryMb: the worker pool grows to the number of concurrent tasks, set by the executor’s cores)' },
      { how: 'documented', where: 'apache/spark docs/configuration.md, spark.task.cpus and spark.python.worker.reuse' },
    ],
  },
  {
    id: 'pyspark-memory-unset',
    title: 'Nothing limits Python on an executor by default',
    chapter: 'executors',
    claim: 'spark.executor.pyspark.memory is not set by default, and then Spark does not limit Python’s memory. When it is set, each Python worker gets an equal part of it as an address-space limit (RLIMIT_AS). Unset, Python shares spark.executor.memoryOverhead (10 % of the heap, at least 384 MiB, on YARN and Kubernetes) with the executor’s other memory outside the heap.',
    sources: [
      { how: 'documented', where: 'apache/spark docs/configuration.md, spark.executor.pyspark.memory and spark.executor.memoryOverhead' },
      { how: 'read in source', where: 'apache/spark core/src/main/scala/org/apache/spark/api/python/PythonRunner.scala (PYSPARK_EXECUTOR_MEMORY_MB, the allocation ÷ the executor’s cores)' },
      { how: 'read in source', where: 'apache/spark python/pyspark/worker.py (resource.setrlimit only for a limit above 0)' },
    ],
  },
  {
    id: 'arrow-batches-for-udfs',
    title: 'Arrow batches for pandas UDFs',
    chapter: 'executors',
    claim: 'A pandas UDF, its iterator form and mapInPandas receive Arrow batches of at most spark.sql.execution.arrow.maxRecordsPerBatch rows, 10,000 by default. mapInPandas gets every column of the DataFrame, a pandas UDF only its arguments. The setting does not apply to applyInPandas, where a group becomes one batch.',
    sources: [
      { how: 'read in source', where: 'apache/spark sql/catalyst/src/main/scala/org/apache/spark/sql/internal/SQLConf.scala (spark.sql.execution.arrow.maxRecordsPerBatch)' },
      { how: 'read in source', where: 'apache/spark python/pyspark/sql/pandas/map_ops.py (mapInPandas: all columns, each frame’s size set by maxRecordsPerBatch)' },
      { how: 'read in source', where: 'apache/spark sql/core/src/main/scala/org/apache/spark/sql/execution/python/EvalPythonExec.scala (a UDF’s argument expressions are projected and sent, no other column)' },
    ],
  },
  {
    id: 'arrow-max-bytes-per-batch',
    title: 'A byte cap on Arrow batches, in newer Spark',
    chapter: 'executors',
    claim: 'Spark 4.0 added spark.sql.execution.arrow.maxBytesPerBatch, a cap in bytes beside the row cap on the batches sent to Python; its default changed while it was written. Spark 4.1 also splits a large applyInPandas group into capped batches on the way; a function that takes a whole DataFrame still receives the group as one frame. The handbook models the row cap only.',
    sources: [
      { how: 'read in source', where: 'apache/spark pull request 50080 (SPARK-51316, the byte cap) and pull request 50131 (its default lowered from 256 MB to 16 MB before release)' },
      { how: 'read in source', where: 'apache/spark pull request 52303 (SPARK-53562: applyInPandas and applyInArrow respect both caps)' },
    ],
  },
  {
    id: 'apply-in-pandas-whole-group',
    title: 'applyInPandas loads a whole group',
    chapter: 'executors',
    claim: 'applyInPandas hands a function that takes a pandas DataFrame each group, with all of the DataFrame’s columns, as one frame, and loads all of a group into memory: a skewed key decides the peak. Spark 4.1 adds a form whose function takes an iterator of DataFrames and receives a group batch by batch.',
    sources: [
      { how: 'read in source', where: 'apache/spark python/pyspark/sql/pandas/group_ops.py (applyInPandas docstring: all the data of a group will be loaded into memory)' },
      { how: 'read in source', where: 'apache/spark pull request 52716 (SPARK-53614: Iterator[pandas.DataFrame] support in applyInPandas)' },
    ],
  },
  {
    id: 'arrow-to-pandas-copy',
    title: 'A batch and its pandas copy',
    chapter: 'executors',
    claim: 'Turning an Arrow batch into pandas can hold the data twice: Arrow’s documentation names two versions, about twice the memory, as the worst case, and the handbook measured a peak of 2.02 times the Arrow table for a list<float32> column. A numeric column without nulls in one chunk can reach pandas without a copy, so for such columns the handbook’s full copy is an upper bound. An Arrow column also carries up to one validity bit a row. Strings become a Python object a value in pandas, cost more and are not modelled.',
    sources: [
      { how: 'documented', where: 'https://arrow.apache.org/docs/python/pandas.html (Memory Usage and Zero Copy)' },
      { how: 'measured', where: `${GROUND_TRUTH}: arrow_to_pandas_peak_rss_table_alive against arrow_table_in_python_from_ipc_stream_rss` },
      { how: 'documented', where: 'https://arrow.apache.org/docs/format/Columnar.html (validity bitmaps, list offsets)' },
    ],
  },
  {
    id: 'worker-interpreter',
    title: 'A Python worker’s own interpreter',
    chapter: 'executors',
    claim: 'Each Python worker carries an interpreter with its libraries. The handbook counts the 111 MB it measured for a fresh process with numpy, pandas and pyarrow: an upper bound for a worker forked from PySpark’s daemon, which imports pyspark.worker before it forks, so the children share those pages until they write to them.',
    sources: [
      { how: 'measured', where: `${GROUND_TRUTH}: RSS after imports` },
      { how: 'read in source', where: 'apache/spark python/pyspark/daemon.py (imports pyspark.worker, then forks a worker per connection)' },
      { how: 'inferred', where: 'that a forked worker costs no more than a fresh process' },
    ],
  },
];
