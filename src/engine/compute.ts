// The kind of Databricks compute the reader runs on. The essay describes classic PySpark on a dedicated
// (single-user) cluster; standard access mode, serverless compute and Databricks Connect talk to Spark
// over Spark Connect instead, where a collect behaves differently (read in apache/spark's source):
// toPandas() always goes through Arrow (python/pyspark/sql/connect/client/core.py), toLocalIterator()
// ignores prefetchPartitions while the server runs one job over all partitions
// (python/pyspark/sql/connect/dataframe.py, SparkConnectPlanExecution.scala), and with Databricks
// Connect the client, where the frame is built, is the reader's own machine (Databricks documents that
// code runs on the client: docs.databricks.com/dev-tools/db-connect.html).
export const COMPUTES = ['dedicated', 'standard', 'serverless', 'connect'] as const;
export type Compute = (typeof COMPUTES)[number];

export const COMPUTE_LABELS: Readonly<Record<Compute, string>> = {
  dedicated: 'Dedicated (single user): classic PySpark',
  standard: 'Standard access mode: Spark Connect',
  serverless: 'Serverless: Spark Connect',
  connect: 'Databricks Connect: your machine',
};

/** Whether the notebook reaches Spark over Spark Connect rather than classic PySpark's py4j. */
export const usesSparkConnect = (c: Compute): boolean => c !== 'dedicated';

/** Whether toPandas() has a pickled, non-Arrow path at all (classic PySpark only). */
export const arrowOptional = (c: Compute): boolean => !usesSparkConnect(c);

/** Whether collected rows land on the reader's own machine instead of the cluster's driver. */
export const collectsToClient = (c: Compute): boolean => c === 'connect';
