// Figures of the "jvm" chapter: the essay's 60/15/25 rule next to Spark's documented defaults.
import { ESSAY_JVM_SHARES, ESSAY_THREAD_COUNT, ESSAY_THREAD_STACK_MB, type Range } from './essay.data';
import { DEC, range, scaleRange, type FigureSpec } from './figure-spec';
import { jvmBreakdownRange, nodeSplit, threadStacks } from './node-split';
import type { Scenario } from './scenario';
import { SPARK_DEFAULTS, sparkDefaultSplit, type SparkDefaultSplit } from './spark-defaults';
import { GB, MB } from './units';

const inGB = 1 / GB;

function jvmParts(s: Scenario) {
  return jvmBreakdownRange(nodeSplit(s.ramGB).jvm);
}

// Spark's formulas applied to both ends of the essay's JVM range.
function spark(s: Scenario, pick: (x: SparkDefaultSplit) => number): Range {
  const j = nodeSplit(s.ramGB).jvm;
  return range(pick(sparkDefaultSplit(j.min)), pick(sparkDefaultSplit(j.max)));
}

function sparkShare(s: Scenario, pick: (x: SparkDefaultSplit) => number): Range {
  const j = nodeSplit(s.ramGB).jvm;
  const share = (b: number) => {
    const x = sparkDefaultSplit(b);
    return x.container > 0 ? (100 * pick(x)) / x.container : 0;
  };
  const a = share(j.min);
  const b = share(j.max);
  return range(Math.min(a, b), Math.max(a, b));
}

export const JVM_FIGURES: readonly FigureSpec[] = [
  {
    id: 'jvm.heap-share', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "The essay's heap share of the JVM allocation (spark.driver.memory).",
    compute: () => 100 * ESSAY_JVM_SHARES.heap,
  },
  {
    id: 'jvm.off-heap-share', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "The essay's off-heap share: Arrow buffers, Tungsten, shuffle network buffers.",
    compute: () => 100 * ESSAY_JVM_SHARES.offHeap,
  },
  {
    id: 'jvm.overhead-share', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "The essay's overhead share: metaspace, GC working memory, thread stacks, JNI.",
    compute: () => 100 * ESSAY_JVM_SHARES.overhead,
  },
  {
    id: 'jvm.thread-stack', chapter: 'jvm', unit: 'MB', estimate: false, approx: true, rounding: DEC(0),
    meaning: 'Stack reserved per JVM thread (HotSpot -Xss default on Linux x64: 1024 KB).',
    compute: () => ESSAY_THREAD_STACK_MB,
  },
  {
    id: 'jvm.thread-count', chapter: 'jvm', unit: 'threads', estimate: true, approx: true,
    meaning: '"Hundreds of threads", read as 100 to 1,000 (the thread-stacks widget default).',
    compute: () => range(ESSAY_THREAD_COUNT.min, ESSAY_THREAD_COUNT.max),
  },
  {
    id: 'jvm.stack-total', chapter: 'jvm', unit: 'MB', estimate: true, approx: true, rounding: DEC(0),
    meaning: '"Hundreds of threads" (100–1,000) at 1 MB each: stack reservation inside the overhead.',
    compute: () => range(threadStacks(ESSAY_THREAD_COUNT.min) / MB, threadStacks(ESSAY_THREAD_COUNT.max) / MB),
  },
  {
    id: 'jvm.heap-gb', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: '60 % of the JVM range (8.4–9.6 GB on 28 GB), what the prose implies; the diagram says ~10.',
    compute: (s) => scaleRange(jvmParts(s).heap, inGB),
  },
  {
    id: 'jvm.off-heap-gb', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: '15 % of the JVM range (2.1–2.4 GB on 28 GB).',
    compute: (s) => scaleRange(jvmParts(s).offHeap, inGB),
  },
  {
    id: 'jvm.overhead-gb', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: '25 % of the JVM range (3.5–4.0 GB on 28 GB).',
    compute: (s) => scaleRange(jvmParts(s).overhead, inGB),
  },
  {
    id: 'jvm.spark-reserved', chapter: 'jvm', unit: 'MB', estimate: false, binary: true, rounding: DEC(0),
    meaning: 'Heap Spark reserves before splitting (RESERVED_SYSTEM_MEMORY_BYTES, 300 MiB = 314.6 MB).',
    compute: () => SPARK_DEFAULTS.reservedBytes / MB,
  },
  {
    id: 'jvm.spark-memory-fraction', chapter: 'jvm', unit: '%', estimate: false, rounding: DEC(0),
    meaning: 'spark.memory.fraction: share of (heap − 300 MiB) for execution and storage.',
    compute: () => 100 * SPARK_DEFAULTS.memoryFraction,
  },
  {
    id: 'jvm.spark-storage-fraction', chapter: 'jvm', unit: '%', estimate: false, rounding: DEC(0),
    meaning: 'spark.memory.storageFraction: share of the unified region protected for storage.',
    compute: () => 100 * SPARK_DEFAULTS.storageFraction,
  },
  {
    id: 'jvm.spark-overhead-factor', chapter: 'jvm', unit: '%', estimate: false, rounding: DEC(0),
    meaning: 'spark.driver.memoryOverheadFactor: overhead as a share of driver memory (cluster mode, YARN/Kubernetes).',
    compute: () => 100 * SPARK_DEFAULTS.overheadFactor,
  },
  {
    id: 'jvm.spark-overhead-min', chapter: 'jvm', unit: 'MB', estimate: false, binary: true, rounding: DEC(0),
    meaning: 'spark.driver.minMemoryOverhead: the overhead floor, 384 MiB.',
    compute: () => SPARK_DEFAULTS.minOverheadBytes / MB,
  },
  {
    id: 'jvm.spark-driver-memory-default', chapter: 'jvm', unit: 'GB', estimate: false, binary: true, rounding: DEC(0),
    meaning: "spark.driver.memory's open-source default, 1 GiB (Databricks sets its own, undocumented).",
    compute: () => SPARK_DEFAULTS.driverMemoryBytes / GB,
  },
  {
    id: 'jvm.spark-heap', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "Heap if the essay's JVM range were Spark's driver memory + max(384 MiB, 10 %) overhead.",
    compute: (s) => scaleRange(spark(s, (x) => x.heap), inGB),
  },
  {
    id: 'jvm.spark-overhead', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "Spark's memoryOverhead for that heap: max(384 MiB, 10 % of driver memory).",
    compute: (s) => scaleRange(spark(s, (x) => x.overhead), inGB),
  },
  {
    id: 'jvm.spark-unified', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Unified execution + storage region: 0.6 × (heap − 300 MiB).',
    compute: (s) => scaleRange(spark(s, (x) => x.unified), inGB),
  },
  {
    id: 'jvm.spark-storage', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Storage half of the unified region (storageFraction 0.5).',
    compute: (s) => scaleRange(spark(s, (x) => x.storage), inGB),
  },
  {
    id: 'jvm.spark-execution', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Execution half of the unified region.',
    compute: (s) => scaleRange(spark(s, (x) => x.execution), inGB),
  },
  {
    id: 'jvm.spark-user', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'User memory: the 40 % of (heap − 300 MiB) outside the unified region.',
    compute: (s) => scaleRange(spark(s, (x) => x.user), inGB),
  },
  {
    id: 'jvm.spark-off-heap', chapter: 'jvm', unit: 'GB', estimate: false, rounding: DEC(0),
    meaning: 'Off-heap under Spark defaults: 0, spark.memory.offHeap.enabled is false.',
    compute: (s) => spark(s, (x) => x.offHeap).max * inGB,
  },
  {
    id: 'jvm.spark-heap-share', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "Heap as a share of the JVM under Spark's defaults (≈91 %), against the essay's 60 %.",
    compute: (s) => sparkShare(s, (x) => x.heap),
  },
  {
    id: 'jvm.spark-overhead-share', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "Overhead as a share of the JVM under Spark's defaults (≈9 %), against the essay's 25 %.",
    compute: (s) => sparkShare(s, (x) => x.overhead),
  },
];
