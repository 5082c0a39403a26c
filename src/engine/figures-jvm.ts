// Figures of the "jvm" chapter: the essay's 60/15/25 rule next to Spark's documented defaults.
import { ESSAY_JVM_SHARES, ESSAY_THREAD_COUNT, ESSAY_THREAD_STACK_MB, type Range } from './essay.data';
import { DEC, SIG, family, fig, range, scaleRange, type AnyFigureSpec, type FigureSpec, type FigureStyle } from './figure-spec';
import { jvmBreakdown, jvmBreakdownRange, scenarioSplit, threadStacks } from './node-split';
import type { NumberRule } from './input';
import { choiceParam, editParam, type ParamSpecs } from './page-params';
import { GB_AMOUNT, type Scenario } from './scenario';
import { SPARK_DEFAULTS, sparkDefaultSplit, type SparkDefaultSplit } from './spark-defaults';
import { GB, MB } from './units';

const inGB = 1 / GB;

function jvmParts(s: Scenario) {
  return jvmBreakdownRange(scenarioSplit(s).jvm);
}

// Spark's formulas applied to both ends of the essay's JVM range.
function spark(s: Scenario, pick: (x: SparkDefaultSplit) => number): Range {
  const j = scenarioSplit(s).jvm;
  return range(pick(sparkDefaultSplit(j.min)), pick(sparkDefaultSplit(j.max)));
}

function sparkShare(s: Scenario, pick: (x: SparkDefaultSplit) => number): Range {
  const j = scenarioSplit(s).jvm;
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
// figures at the default inputs, so they have an id, a meaning and a static rendering; a widget passes
// the reader's own inputs to figureValue().
export interface JvmLocalInputs {
  // A JVM allocation typed into the JVM breakdown cell, in GB.
  jvmGB: number;
  // JVM threads counted on the reader's driver.
  threads: number;
}

// A typed JVM allocation, heap plus overhead: at least the smallest heap Spark starts (450 MiB) plus the
// least overhead it adds (384 MiB): 834 MiB, 0.8745 GB, rounded up to the next MB so the message prints
// a short number. Below that the overhead formula has no heap to be 10 % of. At most the largest node
// RAM the scenario accepts.
export const MIN_JVM_GB = Math.ceil((SPARK_DEFAULTS.minHeapBytes + SPARK_DEFAULTS.minOverheadBytes) / MB) / (GB / MB);
export const JVM_GB_RULE: NumberRule = {
  ...GB_AMOUNT,
  label: 'JVM allocation',
  min: MIN_JVM_GB,
  minExclusive: false,
  minWhy: 'Spark (UnifiedMemoryManager.scala) will not start a heap below 450 MiB, and adds at least 384 MiB of overhead on top (spark.driver.memoryOverhead)',
};

// JVM threads: a whole number; a million threads would need a terabyte of stack reservation.
export const THREADS_RULE: NumberRule = { label: 'JVM threads', min: 1, max: 1_000_000, integer: true };

/** The JVM widgets' settings in the address: `jvm` (split | typed), `jvmgb`, `threads` (page-params.ts). */
export const JVM_PARAMS = {
  jvm: choiceParam('JVM allocation', ['split', 'typed'] as const, 'split'),
  jvmgb: editParam(JVM_GB_RULE),
  threads: editParam(THREADS_RULE),
} satisfies ParamSpecs;

export function defaultJvmLocalInputs(s: Scenario): JvmLocalInputs {
  // The node's JVM, but never below what the field accepts (the smallest nodes' JVM is under Spark's minimum).
  return { jvmGB: Math.max(MIN_JVM_GB, scenarioSplit(s).jvm.max * inGB), threads: ESSAY_THREAD_COUNT.min };
}

// One id each, evaluated at the defaults (the node's JVM, 100 threads) wherever no widget supplies them.
function local(d: FigureStyle & { id: string; compute: (s: Scenario, x: JvmLocalInputs) => number | Range }): FigureSpec<JvmLocalInputs> {
  const { id, ...rest } = d;
  return family<JvmLocalInputs>({ ...rest, idOf: () => id, published: (s) => [defaultJvmLocalInputs(s)] });
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

// A range over the essay's JVM shares, in GB to one decimal.
const RANGE_GB = { chapter: 'jvm', unit: 'GB', estimate: true, approx: true, rounding: DEC(1) } as const;
// A share of the JVM, in whole percent.
const SHARE = { chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: DEC(0) } as const;

export const JVM_FIGURES = {
  heapShare: fig({ id: 'jvm.heap-share', ...SHARE, compute: () => 100 * ESSAY_JVM_SHARES.heap }),
  offHeapShare: fig({ id: 'jvm.off-heap-share', ...SHARE, compute: () => 100 * ESSAY_JVM_SHARES.offHeap }),
  overheadShare: fig({ id: 'jvm.overhead-share', ...SHARE, compute: () => 100 * ESSAY_JVM_SHARES.overhead }),
  threadStack: fig({
    id: 'jvm.thread-stack', chapter: 'jvm', unit: 'MB', estimate: false, approx: true, rounding: DEC(0),
    compute: () => ESSAY_THREAD_STACK_MB,
  }),
  threadCount: fig({
    id: 'jvm.thread-count', chapter: 'jvm', unit: 'threads', estimate: true, approx: true,
    compute: () => range(ESSAY_THREAD_COUNT.min, ESSAY_THREAD_COUNT.max),
  }),
  stackTotal: fig({
    id: 'jvm.stack-total', chapter: 'jvm', unit: 'MB', estimate: true, approx: true, rounding: SIG(3),
    compute: () => range(threadStacks(ESSAY_THREAD_COUNT.min) / MB, threadStacks(ESSAY_THREAD_COUNT.max) / MB),
  }),
  heapGb: fig({ id: 'jvm.heap-gb', ...RANGE_GB, compute: (s) => scaleRange(jvmParts(s).heap, inGB) }),
  offHeapGb: fig({ id: 'jvm.off-heap-gb', ...RANGE_GB, compute: (s) => scaleRange(jvmParts(s).offHeap, inGB) }),
  overheadGb: fig({ id: 'jvm.overhead-gb', ...RANGE_GB, compute: (s) => scaleRange(jvmParts(s).overhead, inGB) }),
  sparkReserved: fig({
    id: 'jvm.spark-reserved', chapter: 'jvm', unit: 'MB', estimate: false, binary: true, rounding: DEC(0),
    compute: () => SPARK_DEFAULTS.reservedBytes / MB,
  }),
  sparkMemoryFraction: fig({
    id: 'jvm.spark-memory-fraction', chapter: 'jvm', unit: '%', estimate: false, rounding: DEC(0),
    compute: () => 100 * SPARK_DEFAULTS.memoryFraction,
  }),
  sparkStorageFraction: fig({
    id: 'jvm.spark-storage-fraction', chapter: 'jvm', unit: '%', estimate: false, rounding: DEC(0),
    compute: () => 100 * SPARK_DEFAULTS.storageFraction,
  }),
  sparkOverheadFactor: fig({
    id: 'jvm.spark-overhead-factor', chapter: 'jvm', unit: '%', estimate: false, rounding: DEC(0),
    compute: () => 100 * SPARK_DEFAULTS.overheadFactor,
  }),
  sparkOverheadMin: fig({
    id: 'jvm.spark-overhead-min', chapter: 'jvm', unit: 'MB', estimate: false, binary: true, rounding: DEC(0),
    compute: () => SPARK_DEFAULTS.minOverheadBytes / MB,
  }),
  sparkDriverMemoryDefault: fig({
    id: 'jvm.spark-driver-memory-default', chapter: 'jvm', unit: 'GB', estimate: false, binary: true, rounding: DEC(0),
    compute: () => SPARK_DEFAULTS.driverMemoryBytes / GB,
  }),
  sparkHeap: fig({ id: 'jvm.spark-heap', ...RANGE_GB, compute: (s) => scaleRange(spark(s, (x) => x.heap), inGB) }),
  sparkOverhead: fig({ id: 'jvm.spark-overhead', ...RANGE_GB, compute: (s) => scaleRange(spark(s, (x) => x.overhead), inGB) }),
  sparkUnified: fig({ id: 'jvm.spark-unified', ...RANGE_GB, compute: (s) => scaleRange(spark(s, (x) => x.unified), inGB) }),
  sparkStorage: fig({ id: 'jvm.spark-storage', ...RANGE_GB, compute: (s) => scaleRange(spark(s, (x) => x.storage), inGB) }),
  sparkExecution: fig({ id: 'jvm.spark-execution', ...RANGE_GB, compute: (s) => scaleRange(spark(s, (x) => x.execution), inGB) }),
  sparkUser: fig({ id: 'jvm.spark-user', ...RANGE_GB, compute: (s) => scaleRange(spark(s, (x) => x.user), inGB) }),
  sparkOffHeap: fig({
    id: 'jvm.spark-off-heap', chapter: 'jvm', unit: 'GB', estimate: false, rounding: DEC(0),
    compute: (s) => spark(s, (x) => x.offHeap).max * inGB,
  }),
  sparkHeapShare: fig({ id: 'jvm.spark-heap-share', ...SHARE, compute: (s) => sparkShare(s, (x) => x.heap) }),
  sparkOverheadShare: fig({ id: 'jvm.spark-overhead-share', ...SHARE, compute: (s) => sparkShare(s, (x) => x.overhead) }),
  typedJvm: local({
    id: 'jvm.typed.jvm', chapter: 'jvm', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (_s, x) => typedBytes(x) * inGB,
  }),
  typedHeapGb: local({ id: 'jvm.typed.heap-gb', ...RANGE_GB, compute: (_s, x) => typedParts(x).heap * inGB }),
  typedOffHeapGb: local({ id: 'jvm.typed.off-heap-gb', ...RANGE_GB, compute: (_s, x) => typedParts(x).offHeap * inGB }),
  typedOverheadGb: local({ id: 'jvm.typed.overhead-gb', ...RANGE_GB, compute: (_s, x) => typedParts(x).overhead * inGB }),
  typedSparkHeap: local({ id: 'jvm.typed.spark-heap', ...RANGE_GB, compute: (_s, x) => typedSpark(x).heap * inGB }),
  typedSparkReserved: local({
    id: 'jvm.typed.spark-reserved', chapter: 'jvm', unit: 'MB', estimate: false, binary: true, rounding: DEC(0),
    compute: (_s, x) => typedSpark(x).reserved / MB,
  }),
  typedSparkUnified: local({ id: 'jvm.typed.spark-unified', ...RANGE_GB, compute: (_s, x) => typedSpark(x).unified * inGB }),
  typedSparkUser: local({ id: 'jvm.typed.spark-user', ...RANGE_GB, compute: (_s, x) => typedSpark(x).user * inGB }),
  typedSparkOverhead: local({ id: 'jvm.typed.spark-overhead', ...RANGE_GB, compute: (_s, x) => typedSpark(x).overhead * inGB }),
  typedSparkHeapShare: local({ id: 'jvm.typed.spark-heap-share', ...SHARE, compute: (_s, x) => typedShare(x, typedSpark(x).heap) }),
  typedSparkOverheadShare: local({
    id: 'jvm.typed.spark-overhead-share', ...SHARE,
    compute: (_s, x) => typedShare(x, typedSpark(x).overhead),
  }),
  stackThreadsCustom: local({
    id: 'jvm.stack-threads-custom', chapter: 'jvm', unit: 'threads', estimate: false,
    compute: (_s, x) => (Number.isFinite(x.threads) ? Math.max(0, Math.floor(x.threads)) : 0),
  }),
  stackTotalCustom: local({
    id: 'jvm.stack-total-custom', chapter: 'jvm', unit: 'MB', estimate: false, rounding: SIG(3),
    compute: (_s, x) => threadStacks(x.threads) / MB,
  }),
  stackShareCustom: local({
    id: 'jvm.stack-share-custom', chapter: 'jvm', unit: '%', estimate: true, approx: true, rounding: SIG(2),
    compute: (s, x) => stackShareOfOverhead(s, x.threads),
  }),
} satisfies Record<string, AnyFigureSpec>;
