// How a node's RAM divides between the JVM and Python, calibrated to the essay's
// 28 GB diagram and scaled linearly for other node sizes.
import {
  ESSAY_JVM_SHARES,
  ESSAY_NODE_DIAGRAM,
  ESSAY_PYTHON_SHARE,
  ESSAY_THREAD_STACK_MB,
  type Range,
} from './essay.data';
import type { Scenario } from './scenario';
import { driverOverhead } from './spark-defaults';
import { GB, MB } from './units';

// The diagram's numbers as fractions of its node, so any RAM scales the same way.
const share = (gb: number): number => gb / ESSAY_NODE_DIAGRAM.ramGB;

export interface NodeSplit {
  ramBytes: number;
  jvm: Range;
  python: Range;
  // What Python code can count on: the node minus the JVM at its largest.
  pythonTypical: number;
  // The diagram's own boxes (inconsistent with the prose's 60/15/25, see errata).
  heap: number;
  offHeap: number;
  overhead: Range;
  // The single-node box: JVM 14 + Python 12 leaves 2 of 28 GB unaccounted (OS, page cache).
  unaccounted: number;
}

export function nodeSplit(ramGB: number): NodeSplit {
  const ramBytes = Math.max(0, ramGB) * GB;
  const of = (gb: number) => share(gb) * ramBytes;
  const jvm = { min: of(ESSAY_NODE_DIAGRAM.jvmGB.min), max: of(ESSAY_NODE_DIAGRAM.jvmGB.max) };
  const python = { min: ramBytes - jvm.max, max: ramBytes - jvm.min };
  return {
    ramBytes,
    jvm,
    python,
    pythonTypical: python.min,
    heap: of(ESSAY_NODE_DIAGRAM.heapGB),
    offHeap: of(ESSAY_NODE_DIAGRAM.offHeapGB),
    overhead: { min: of(ESSAY_NODE_DIAGRAM.overheadGB.min), max: of(ESSAY_NODE_DIAGRAM.overheadGB.max) },
    unaccounted: Math.max(0, ramBytes - jvm.min - python.min),
  };
}

/** 'outside': RAM a calibrated driver is not given (its kernel's limit is below the node's). */
export type StackKey = 'heap' | 'off-heap' | 'overhead' | 'python' | 'outside';

export interface StackSegment {
  key: StackKey;
  bytes: number;
}

// A stacked bar that sums to the node: the JVM at its largest (overhead at the top
// of its range) next to the Python share the essay says code actually gets.
export function nodeStack(ramGB: number): StackSegment[] {
  return splitStack(nodeSplit(ramGB));
}

function splitStack(s: NodeSplit): StackSegment[] {
  return [
    { key: 'heap', bytes: s.heap },
    { key: 'off-heap', bytes: s.offHeap },
    { key: 'overhead', bytes: s.overhead.max },
    { key: 'python', bytes: s.pythonTypical },
  ];
}

/** The bar of the scenario's own node. A calibrated driver may be given less than the node (a container
 *  limit): the rest is a segment of its own, so the bar still sums to the node. */
export function scenarioStack(s: Pick<Scenario, 'ramGB' | 'heap' | 'overhead' | 'avail'>): StackSegment[] {
  const split = scenarioSplit(s);
  const stack = splitStack(split);
  return isCalibrated(s) && split.unaccounted > 0 ? [...stack, { key: 'outside', bytes: split.unaccounted }] : stack;
}

export interface JvmParts<T> {
  heap: T;
  offHeap: T;
  overhead: T;
}

// The prose's rule of thumb: 60 % heap, 15 % off-heap, 25 % overhead of the JVM allocation.
export function jvmBreakdown(jvmBytes: number): JvmParts<number> {
  const j = Math.max(0, jvmBytes);
  return { heap: j * ESSAY_JVM_SHARES.heap, offHeap: j * ESSAY_JVM_SHARES.offHeap, overhead: j * ESSAY_JVM_SHARES.overhead };
}

export function jvmBreakdownRange(jvm: Range): JvmParts<Range> {
  const lo = jvmBreakdown(jvm.min);
  const hi = jvmBreakdown(jvm.max);
  return {
    heap: { min: lo.heap, max: hi.heap },
    offHeap: { min: lo.offHeap, max: hi.offHeap },
    overhead: { min: lo.overhead, max: hi.overhead },
  };
}

// HotSpot's -Xss default on Linux x64 is 1024 KB per thread; this is reserved
// address space, an upper bound on what stacks make resident.
export function threadStacks(threads: number): number {
  const n = Number.isFinite(threads) ? Math.max(0, Math.floor(threads)) : 0;
  return n * ESSAY_THREAD_STACK_MB * MB;
}

// Rule 1: Python gets about 40–45 % of the node.
export function pythonShareRule(ramGB: number): Range {
  const ramBytes = Math.max(0, ramGB) * GB;
  return { min: ramBytes * ESSAY_PYTHON_SHARE.min, max: ramBytes * ESSAY_PYTHON_SHARE.max };
}

/**
 * The Python budget of a node with this much RAM: what the node leaves once the JVM takes its largest
 * share (nodeSplit above). One rule for every node and every page (the split, the ledger, the planner and
 * the ceilings of the instance table), so a node never has two budgets. The essay's own table lists
 * other values for four of its five nodes (E8ds_v5: 30 of 64 GB, where its split gives 27.4); those are
 * shown as the essay printed them, never computed with (errata: python-share-rule).
 */
export function nodePythonBudget(ramGB: number): number {
  return nodeSplit(ramGB).pythonTypical;
}

/** Whether the scenario carries numbers read off the reader's driver (calibration.ts). */
export function isCalibrated(s: Pick<Scenario, 'heap'>): boolean {
  return s.heap > 0;
}

/**
 * The split of the scenario's own node: the essay's linear guess (nodeSplit), or, once the reader pasted
 * a calibration line, what their driver reported: the JVM takes its heap plus its overhead (as set, or
 * Spark's formula from the heap; off-heap, if enabled, belongs in it), and Python the rest of the memory
 * the kernel gives the driver (or the node's RAM). The catalogue's other nodes keep the guess.
 */
export function scenarioSplit(s: Pick<Scenario, 'ramGB' | 'heap' | 'overhead' | 'avail'>): NodeSplit {
  if (!isCalibrated(s)) return nodeSplit(s.ramGB);
  const ramBytes = Math.max(0, s.ramGB) * GB;
  const heap = s.heap * GB;
  const overhead = s.overhead > 0 ? s.overhead * GB : driverOverhead(heap);
  const memory = s.avail > 0 ? s.avail * GB : ramBytes;
  const jvm = heap + overhead;
  const python = Math.max(0, memory - jvm);
  return {
    ramBytes,
    jvm: { min: jvm, max: jvm },
    python: { min: python, max: python },
    pythonTypical: python,
    heap,
    offHeap: 0,
    overhead: { min: overhead, max: overhead },
    unaccounted: Math.max(0, ramBytes - jvm - python),
  };
}
