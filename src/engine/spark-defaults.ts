// Spark's documented memory formulas (apache/spark docs/tuning.md, configuration.md,
// UnifiedMemoryManager.scala), for a side-by-side with the essay's 60/15/25 rule of thumb.
import { GiB, MiB } from './units';

export const SPARK_DEFAULTS = {
  reservedBytes: 300 * MiB,
  // UnifiedMemoryManager refuses to start below 1.5 × the reserve: "System memory … must be at least …".
  minHeapBytes: 450 * MiB,
  memoryFraction: 0.6,
  storageFraction: 0.5,
  overheadFactor: 0.1,
  minOverheadBytes: 384 * MiB,
  driverMemoryBytes: 1 * GiB,
  maxResultSizeBytes: 1 * GiB,
  maxRecordsPerBatch: 10_000,
  offHeapEnabled: false,
} as const;

// Applies in cluster mode on YARN/Kubernetes only; client mode adds no overhead.
export function driverOverhead(heapBytes: number): number {
  return Math.max(SPARK_DEFAULTS.minOverheadBytes, SPARK_DEFAULTS.overheadFactor * Math.max(0, heapBytes));
}

// Inverse of heap + overhead(heap) = container: the heap a JVM allocation of this size implies.
export function heapForContainer(containerBytes: number): number {
  const total = Math.max(0, containerBytes);
  const threshold = SPARK_DEFAULTS.minOverheadBytes / SPARK_DEFAULTS.overheadFactor;
  if (total >= threshold * (1 + SPARK_DEFAULTS.overheadFactor)) return total / (1 + SPARK_DEFAULTS.overheadFactor);
  return Math.max(0, total - SPARK_DEFAULTS.minOverheadBytes);
}

export interface UnifiedLayout {
  heap: number;
  reserved: number;
  usable: number;
  unified: number;
  storage: number;
  execution: number;
  user: number;
}

// spark.memory.fraction splits the heap *after* the 300 MiB reserve; it is not a share of the whole JVM.
export function unifiedLayout(heapBytes: number): UnifiedLayout {
  const heap = Math.max(0, heapBytes);
  const reserved = Math.min(heap, SPARK_DEFAULTS.reservedBytes);
  const usable = heap - reserved;
  const unified = SPARK_DEFAULTS.memoryFraction * usable;
  const storage = SPARK_DEFAULTS.storageFraction * unified;
  return { heap, reserved, usable, unified, storage, execution: unified - storage, user: usable - unified };
}

export interface SparkDefaultSplit extends UnifiedLayout {
  container: number;
  overhead: number;
  offHeap: number;
}

export function sparkDefaultSplit(containerBytes: number): SparkDefaultSplit {
  const container = Math.max(0, containerBytes);
  const heap = heapForContainer(container);
  return { ...unifiedLayout(heap), container, overhead: container - heap, offHeap: 0 };
}
