// One line of help per scenario field, shown under the job planner's inputs. Kept apart from
// FIELD_RULES (scenario.ts), which every widget page loads, because only the planner prints them.
import type { FieldName } from './scenario';

export const FIELD_HELP: Readonly<Record<FieldName, string>> = {
  instance: 'An Azure Databricks node type from the catalogue, or "custom" to type the RAM yourself.',
  ram: 'Node RAM as the cluster page states it. Azure quotes it in GiB; the handbook computes in decimal GB like the essay.',
  rows: 'Number of embeddings (DataFrame rows) collected to the driver.',
  dim: 'Values per embedding vector (the essay uses 1536).',
  dtype: 'Element type of the numpy array: f16 and bf16 are 2 bytes, f32 is 4, f64 is 8.',
  chunk: 'Rows per chunk in the chunked PCA transform; a chunk larger than the data is treated as the whole data.',
  reduced: 'Dimension after PCA; values above the embedding dimension are treated as the embedding dimension.',
  partitions: 'Partitions toLocalIterator() streams one at a time (default 32: 312K rows in Arrow batches of 10,000).',
  maxresult: 'spark.driver.maxResultSize in GiB, as the cluster’s Spark config sets it (1g in open-source Spark; 0 means no limit). Serverless compute accepts only a short list of Spark settings: check that yours allows it.',
  notebooks: 'Notebooks attached to the cluster: each keeps its own Python REPL on the driver, in the same Python share (Databricks allows 145).',
  heap: 'The driver JVM’s max heap as it reports it (Runtime.maxMemory), from the calibration line; 0: the model’s guess.',
  overhead: 'spark.driver.memoryOverhead from the calibration line; 0: Spark’s formula, the larger of 384 MiB and 10 % of the heap.',
  avail: 'The memory the kernel gives the driver (the container’s limit or MemTotal), from the calibration line; 0: the node’s RAM.',
  compute: 'Where the notebook runs: dedicated (classic PySpark, the essay’s), standard access mode or serverless (Spark Connect), or Databricks Connect (collects land on your machine).',
  model: '"essay" reproduces the essay\'s numbers; "measured" follows CPython/numpy/pandas/pyarrow measurements.',
};
