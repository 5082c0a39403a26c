// Figures of the gates that end a collect (gates.ts): what spark.driver.maxResultSize is checked
// against, and Spark's default for it. The collect cell, the cluster widget and the job planner quote
// the same specs, so a result size has one id wherever it appears.
import { DEC, essayApprox, fig, modelGB, type AnyFigureSpec } from './figure-spec';
import { SPARK_DEFAULTS } from './spark-defaults';
import { PICKLED_FLOAT_BYTES } from './streaming';
import { arrowBytes, partitionRows } from './topandas';
import { GB } from './units';


export const GATE_FIGURES = {
  maxResultSize: fig({
    id: 'topandas.max-result-size', chapter: 'topandas', unit: 'GB', estimate: false, binary: true, rounding: DEC(0),
    compute: () => SPARK_DEFAULTS.maxResultSizeBytes / GB,
  }),
  // What spark.driver.maxResultSize is checked against for toPandas(): all of a whole collect's Arrow
  // batches, whatever the JVM holds at once (one partition, on the measured path).
  resultSize: fig({
    id: 'topandas.result-size', chapter: 'topandas', unit: 'GB', estimate: false, approx: essayApprox, rounding: modelGB,
    compute: (s) => arrowBytes(s) / GB,
  }),
  // toLocalIterator() runs one job a partition, so the gate sees one partition's pickled rows at a time.
  partitionResult: fig({
    id: 'topandas.partition-result', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => (partitionRows(s) * Math.max(0, s.dim) * PICKLED_FLOAT_BYTES) / GB,
  }),
} satisfies Record<string, AnyFigureSpec>;
