// Figures of the "jvm" chapter: the essay's 60/15/25 rule next to Spark's documented defaults.
import { ESSAY_JVM_SHARES, ESSAY_THREAD_COUNT, ESSAY_THREAD_STACK_MB, type Range } from './essay.data';
import { DEC, SIG, range, scaleRange, toFigureValue, type FigureSpec, type FigureValue } from './figure-spec';
import { jvmBreakdown, jvmBreakdownRange, nodeSplit, threadStacks } from './node-split';
import type { NumberRule } from './input';
import { FIELD_RULES, type Scenario } from './scenario';
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

// Widget-local inputs: numbers a reader types into one cell that are not part of the URL scenario
// (a JVM size of their own, a thread count read from their driver). The registry evaluates these
// figures at the default inputs, so they have an id, a meaning and a static rendering; a widget asks
// jvmLocalFigure() for the reader's own value.
export interface JvmLocalInputs {
  // A JVM allocation typed into the JVM breakdown cell, in GB.
  jvmGB: number;
  // JVM threads counted on the reader's driver.
  threads: number;
}

// A typed JVM allocation: positive, and no larger than the largest node RAM the scenario accepts.
export const JVM_GB_RULE: NumberRule = { ...FIELD_RULES.ram, label: 'JVM allocation' };

// JVM threads: a whole number; a million threads would need a terabyte of stack reservation.
export const THREADS_RULE: NumberRule = { label: 'JVM threads', min: 1, max: 1_000_000, integer: true };

export function defaultJvmLocalInputs(s: Scenario): JvmLocalInputs {
  return { jvmGB: nodeSplit(s.ramGB).jvm.max * inGB, threads: ESSAY_THREAD_COUNT.min };
}

interface LocalFigureSpec extends FigureSpec {
  computeLocal: (s: Scenario, x: JvmLocalInputs) => number | Range;
}

function local(spec: Omit<LocalFigureSpec, 'compute'>): LocalFigureSpec {
  return { ...spec, compute: (s) => spec.computeLocal(s, defaultJvmLocalInputs(s)) };
}

const typedBytes = (x: JvmLocalInputs): number => (Number.isFinite(x.jvmGB) ? Math.max(0, x.jvmGB) : 0) * GB;
const typedParts = (x: JvmLocalInputs) => jvmBreakdown(typedBytes(x));
const typedSpark = (x: JvmLocalInputs): SparkDefaultSplit => sparkDefaultSplit(typedBytes(x));
const typedShare = (x: JvmLocalInputs, part: number): number => {
  const c = typedSpark(x).container;
  return c > 0 ? (100 * part) / c : 0;
};

// Stack reservation as a share of the rule of thumb's overhead for this node (a range, like the overhead).
function stackShareOfOverhead(s: Scenario, threads: number): Range {
  const overhead = jvmParts(s).overhead;
  const stacks = threadStacks(threads);
  const pct = (o: number) => (o > 0 ? (100 * stacks) / o : 0);
  return range(pct(overhead.max), pct(overhead.min));
}

export const JVM_LOCAL_FIGURES: readonly LocalFigureSpec[] = [
  local({
    id: 'jvm.typed.jvm', chapter: 'jvm', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'A JVM allocation typed into the JVM breakdown cell (default: the top of split.jvm-range).',
    computeLocal: (_s, x) => typedBytes(x) * inGB,
  }),
  local({
    id: 'jvm.typed.heap-gb', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "60 % of the typed JVM allocation: the essay's heap share.",
    computeLocal: (_s, x) => typedParts(x).heap * inGB,
  }),
  local({
    id: 'jvm.typed.off-heap-gb', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "15 % of the typed JVM allocation: the essay's off-heap share.",
    computeLocal: (_s, x) => typedParts(x).offHeap * inGB,
  }),
  local({
    id: 'jvm.typed.overhead-gb', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "25 % of the typed JVM allocation: the essay's overhead share.",
    computeLocal: (_s, x) => typedParts(x).overhead * inGB,
  }),
  local({
    id: 'jvm.typed.spark-heap', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "Heap if the typed JVM allocation were Spark's driver memory + max(384 MiB, 10 %) overhead.",
    computeLocal: (_s, x) => typedSpark(x).heap * inGB,
  }),
  local({
    id: 'jvm.typed.spark-reserved', chapter: 'jvm', unit: 'MB', estimate: false, binary: true, rounding: DEC(0),
    meaning: 'Reserved memory in that heap: 300 MiB, or the whole heap if it is smaller.',
    computeLocal: (_s, x) => typedSpark(x).reserved / MB,
  }),
  local({
    id: 'jvm.typed.spark-unified', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Unified execution + storage region of that heap: 0.6 × (heap − 300 MiB).',
    computeLocal: (_s, x) => typedSpark(x).unified * inGB,
  }),
  local({
    id: 'jvm.typed.spark-user', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'User memory of that heap: the 40 % of (heap − 300 MiB) outside the unified region.',
    computeLocal: (_s, x) => typedSpark(x).user * inGB,
  }),
  local({
    id: 'jvm.typed.spark-overhead', chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "Spark's memoryOverhead for that heap: max(384 MiB, 10 % of driver memory).",
    computeLocal: (_s, x) => typedSpark(x).overhead * inGB,
  }),
  local({
    id: 'jvm.typed.spark-heap-share', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "The typed allocation's heap share under Spark's formula (≈91 % above 4.2 GB).",
    computeLocal: (_s, x) => typedShare(x, typedSpark(x).heap),
  }),
  local({
    id: 'jvm.typed.spark-overhead-share', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "The typed allocation's overhead share under Spark's formula (≈9 % above 4.2 GB).",
    computeLocal: (_s, x) => typedShare(x, typedSpark(x).overhead),
  }),
  local({
    id: 'jvm.stack-threads-custom', chapter: 'jvm', unit: 'threads', estimate: false,
    meaning: 'JVM threads typed into the thread-stacks cell (default: 100, the low end of "hundreds").',
    computeLocal: (_s, x) => (Number.isFinite(x.threads) ? Math.max(0, Math.floor(x.threads)) : 0),
  }),
  local({
    id: 'jvm.stack-total-custom', chapter: 'jvm', unit: 'MB', estimate: false, rounding: SIG(3),
    meaning: 'Stack reserved by the typed thread count at 1 MB a thread (threads × 1 MB).',
    computeLocal: (_s, x) => threadStacks(x.threads) / MB,
  }),
  local({
    id: 'jvm.stack-share-custom', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: SIG(2),
    meaning: "That stack reservation as a share of the rule of thumb's overhead for this node (jvm.overhead-gb).",
    computeLocal: (s, x) => stackShareOfOverhead(s, x.threads),
  }),
];

const LOCAL_BY_ID: ReadonlyMap<string, LocalFigureSpec> = new Map(JVM_LOCAL_FIGURES.map((f) => [f.id, f]));

// A widget-local figure for the reader's own inputs; throws only for an unknown id (a typo in a widget).
export function jvmLocalFigure(id: string, s: Scenario, x: JvmLocalInputs): FigureValue {
  const spec = LOCAL_BY_ID.get(id);
  if (!spec) throw new Error(`Unknown widget-local figure id "${id}"`);
  return toFigureValue({ ...spec, compute: (sc) => spec.computeLocal(sc, x) }, s);
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
    id: 'jvm.stack-total', chapter: 'jvm', unit: 'MB', estimate: true, approx: true, rounding: SIG(3),
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
  ...JVM_LOCAL_FIGURES,
];
