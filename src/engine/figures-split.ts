// Figures of the "split" chapter: how the node's RAM divides between JVM and Python.
import { DEC, fig, scaleRange, type AnyFigureSpec } from './figure-spec';
import { pythonShareRule, scenarioSplit, type NodeSplit } from './node-split';
import type { Range } from './essay.data';
import { otherNotebooksBytes, scenarioPythonRoom } from './python-baseline';
import type { Scenario } from './scenario';
import { GB, gibAsGB } from './units';

const inGB = 1 / GB;

// A part of the node as a percentage of its RAM (0 for an empty node, never NaN).
function pctOfNode(s: Scenario, pick: (n: NodeSplit) => number | Range): number | Range {
  const n = scenarioSplit(s);
  const ram = n.ramBytes;
  const pct = (b: number) => (ram > 0 ? (100 * b) / ram : 0);
  const v = pick(n);
  return typeof v === 'number' ? pct(v) : { min: pct(v.min), max: pct(v.max) };
}

// A share of the node, in whole percent.
const NODE_PCT = { chapter: 'split', unit: '%', estimate: true, approx: true, rounding: DEC(0) } as const;

export const SPLIT_FIGURES = {
  nodeRam: fig({
    id: 'split.node-ram', chapter: 'split', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => s.ramGB,
  }),
  pythonTypical: fig({
    id: 'split.python-typical', chapter: 'split', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s) => scenarioSplit(s).pythonTypical * inGB,
  }),
  // The reader's own notebook's room: the Python share less the other attached notebooks' REPLs
  // (gates.ts). The same as python-typical with one notebook attached.
  pythonRoom: fig({
    id: 'split.python-room', chapter: 'split', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s) => scenarioPythonRoom(s) * inGB,
  }),
  otherNotebooks: fig({
    id: 'split.other-notebooks', chapter: 'split', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s) => otherNotebooksBytes(s) * inGB,
  }),
  jvmRange: fig({
    id: 'split.jvm-range', chapter: 'split', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => scaleRange(scenarioSplit(s).jvm, inGB),
  }),
  pythonRange: fig({
    id: 'split.python-range', chapter: 'split', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => scaleRange(scenarioSplit(s).python, inGB),
  }),
  sparkHeap: fig({
    id: 'split.spark-heap', chapter: 'split', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => scenarioSplit(s).heap * inGB,
  }),
  offHeap: fig({
    id: 'split.off-heap', chapter: 'split', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => scenarioSplit(s).offHeap * inGB,
  }),
  jvmOverhead: fig({
    id: 'split.jvm-overhead', chapter: 'split', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => scaleRange(scenarioSplit(s).overhead, inGB),
  }),
  nodeRamDecimal: fig({
    id: 'split.node-ram-decimal', chapter: 'split', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => gibAsGB(s.ramGB),
  }),
  pythonShare: fig({
    id: 'split.python-share', ...NODE_PCT,
    compute: (s) => (s.ramGB > 0 ? (100 * scenarioSplit(s).pythonTypical) / (s.ramGB * GB) : 0),
  }),
  pythonRuleRange: fig({
    id: 'split.python-rule-range', chapter: 'split', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => scaleRange(pythonShareRule(s.ramGB), inGB),
  }),
  unaccounted: fig({
    id: 'split.unaccounted', chapter: 'split', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => scenarioSplit(s).unaccounted * inGB,
  }),
  heapShareDiagram: fig({
    id: 'split.heap-share-diagram', ...NODE_PCT,
    compute: (s) => {
      const n = scenarioSplit(s);
      return n.jvm.max > 0 ? { min: (100 * n.heap) / n.jvm.max, max: (100 * n.heap) / n.jvm.min } : { min: 0, max: 0 };
    },
  }),
  heapPct: fig({ id: 'split.heap-pct', ...NODE_PCT, compute: (s) => pctOfNode(s, (n) => n.heap) }),
  offHeapPct: fig({ id: 'split.off-heap-pct', ...NODE_PCT, compute: (s) => pctOfNode(s, (n) => n.offHeap) }),
  overheadPct: fig({ id: 'split.overhead-pct', ...NODE_PCT, compute: (s) => pctOfNode(s, (n) => n.overhead) }),
  jvmPct: fig({ id: 'split.jvm-pct', ...NODE_PCT, compute: (s) => pctOfNode(s, (n) => n.jvm) }),
  pythonPct: fig({ id: 'split.python-pct', ...NODE_PCT, compute: (s) => pctOfNode(s, (n) => n.python) }),
  unaccountedPct: fig({ id: 'split.unaccounted-pct', ...NODE_PCT, compute: (s) => pctOfNode(s, (n) => n.unaccounted) }),
} satisfies Record<string, AnyFigureSpec>;
