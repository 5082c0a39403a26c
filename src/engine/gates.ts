// The result-size gate, one verdict for the collect cell, the cluster widget and the job planner:
// Spark aborts an action once its result tasks' serialized results add up to more than
// spark.driver.maxResultSize (TaskSetManager.canFetchMoreResults, apache/spark
// core/src/main/scala/org/apache/spark/scheduler/TaskSetManager.scala; 0 means no limit). The other
// gate, the Python room the attached notebooks leave, is python-baseline.ts pythonRoomBytes; the JVM's
// share is jvmShareGate below.
import { scenarioSplit } from './node-split';
import type { Scenario } from './scenario';
import { PICKLED_FLOAT_BYTES } from './streaming';
import { arrowBytes, partitionRows } from './topandas';
import { GiB } from './units';

export interface Gate {
  /** Bytes the job sends past the gate, and the gate's limit (Infinity when there is none). */
  need: number;
  limit: number;
  passes: boolean;
}

/** The reader's spark.driver.maxResultSize in bytes; Infinity for Spark's 0, "no limit". */
export function resultLimitBytes(s: Pick<Scenario, 'maxresult'>): number {
  return s.maxresult > 0 ? s.maxresult * GiB : Number.POSITIVE_INFINITY;
}

/** Whether results of `resultBytes` pass spark.driver.maxResultSize. */
export function resultSizeGate(s: Pick<Scenario, 'maxresult'>, resultBytes: number): Gate {
  const need = Math.max(0, resultBytes);
  const limit = resultLimitBytes(s);
  return { need, limit, passes: need <= limit };
}

/**
 * What the gate sees of a way to bring the rows to the driver: toPandas() returns all of its Arrow
 * batches in one job; toLocalIterator() runs one job a partition, each returning that partition's
 * pickled rows.
 */
export function collectGate(s: Scenario, how: 'collect' | 'stream'): Gate {
  return resultSizeGate(s, how === 'collect' ? arrowBytes(s) : partitionRows(s) * Math.max(0, s.dim) * PICKLED_FLOAT_BYTES);
}

/**
 * The driver JVM's share: the low end of the scenario node's JVM range (the reader's heap plus overhead
 * once calibrated), as the cluster widget and the planner count it. Past it the JVM runs out of heap
 * ("java.lang.OutOfMemoryError: Java heap space") or the container does.
 */
export function jvmShareBytes(s: Scenario): number {
  return scenarioSplit(s).jvm.min;
}

export function jvmShareGate(s: Scenario, jvmBytes: number): Gate {
  const need = Math.max(0, jvmBytes);
  const limit = jvmShareBytes(s);
  return { need, limit, passes: need <= limit };
}
