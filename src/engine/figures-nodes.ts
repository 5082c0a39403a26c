// Figures of the "nodes" chapter: single node vs driver + executors.
import {
  clampExecutors,
  clusterLoad,
  clusterPythonBytes,
  clusterVerdict,
  DEFAULT_EXECUTORS,
  OPERATIONS,
  usablePythonBytes,
  type Operation,
} from './cluster';
import { DEC, toFigureValue, type FigureSpec, type FigureValue } from './figure-spec';
import { nodeSplit } from './node-split';
import { REDUCED_FIGURES } from './figures-reduced';
import type { Scenario } from './scenario';
import { GB } from './units';

function executorPython(s: Scenario, op: Operation): number {
  const e = clusterLoad(s, op).nodes.find((n) => n.role === 'executor');
  return (e?.pythonUsed ?? 0) / GB;
}

// ---------------------------------------------------------------------------
// Figures that also depend on how many executors the reader draws in the cluster
// topology widget. The registry evaluates them at the essay's two executors; the
// widget evaluates the same definitions at its own count with clusterFigure().
export interface ClusterFigureSpec extends Omit<FigureSpec, 'compute'> {
  computeN: (s: Scenario, executors: number) => number;
}

export const OPERATION_SLUG: Readonly<Record<Operation, string>> = {
  toPandas: 'topandas',
  toLocalIterator: 'tolocaliterator',
  mapInPandas: 'mapinpandas',
  applyInPandas: 'applyinpandas',
};

function nodeOf(s: Scenario, op: Operation, n: number, role: 'driver' | 'executor') {
  return clusterLoad(s, op, clampExecutors(n)).nodes.find((x) => x.role === role);
}

function verdictOf(s: Scenario, op: Operation, n: number) {
  return clusterVerdict(clusterLoad(s, op, clampExecutors(n)));
}

function operationFigures(op: Operation): ClusterFigureSpec[] {
  const slug = OPERATION_SLUG[op];
  const label = OPERATIONS.find((o) => o.id === op)?.label ?? op;
  const used = (role: 'driver' | 'executor', side: 'jvm' | 'python'): ClusterFigureSpec => ({
    id: `nodes.op-${slug}.${role}-${side}`, chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: `${side === 'jvm' ? 'JVM' : 'Python'} bytes ${op} puts on ${role === 'driver' ? 'the driver' : 'each executor'} (${label}).`,
    computeN: (s, n) => ((side === 'jvm' ? nodeOf(s, op, n, role)?.jvmUsed : nodeOf(s, op, n, role)?.pythonUsed) ?? 0) / GB,
  });
  return [
    used('driver', 'jvm'),
    used('driver', 'python'),
    used('executor', 'jvm'),
    used('executor', 'python'),
    {
      id: `nodes.op-${slug}.usable-python`, chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
      meaning: `Python memory ${op} can use at all: the driver's share for a collect, every executor's share for work on the executors.`,
      computeN: (s, n) => usablePythonBytes(s, op, n) / GB,
    },
    {
      id: `nodes.op-${slug}.need`, chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Bytes ${op} needs on the side (JVM or Python) of the node that runs out first; 0 when everything fits.`,
      computeN: (s, n) => verdictOf(s, op, n).need / GB,
    },
    {
      id: `nodes.op-${slug}.have`, chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
      meaning: `Capacity of that side of the node that runs out first under ${op}; 0 when everything fits.`,
      computeN: (s, n) => verdictOf(s, op, n).have / GB,
    },
    {
      id: `nodes.op-${slug}.shortfall`, chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `How far ${op} overshoots the node that runs out first; 0 when everything fits.`,
      computeN: (s, n) => verdictOf(s, op, n).shortfall / GB,
    },
  ];
}

export const CLUSTER_FIGURES: readonly ClusterFigureSpec[] = [
  {
    id: 'nodes.executors', chapter: 'nodes', unit: 'executors', estimate: false,
    meaning: "Executors in the cluster: the essay's multi-node example has a driver and two executors.",
    computeN: (_s, n) => clampExecutors(n),
  },
  {
    id: 'nodes.cluster-python', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "Python memory summed over the driver and executors ((1 + executors) × nodes.single-python; 3 × in the essay's example).",
    computeN: (s, n) => clusterPythonBytes(s, n) / GB,
  },
  ...OPERATIONS.flatMap((o) => operationFigures(o.id)),
];

const CLUSTER_BY_ID: ReadonlyMap<string, ClusterFigureSpec> = new Map(CLUSTER_FIGURES.map((c) => [c.id, c]));

function atExecutors(c: ClusterFigureSpec, n: number): FigureSpec {
  const { computeN, ...rest } = c;
  return { ...rest, compute: (s) => computeN(s, n) };
}

export function isClusterFigure(id: string): boolean {
  return CLUSTER_BY_ID.has(id);
}

// A cluster figure at the reader's executor count (same definition, same text rules as the registry).
export function clusterFigure(id: string, s: Scenario, executors: number): FigureValue {
  const c = CLUSTER_BY_ID.get(id);
  if (!c) throw new Error(`Unknown cluster figure id "${id}"`);
  return { ...toFigureValue(atExecutors(c, clampExecutors(executors)), s), id };
}

export const NODES_FIGURES: readonly FigureSpec[] = [
  ...CLUSTER_FIGURES.map((c) => atExecutors(c, DEFAULT_EXECUTORS)),
  {
    id: 'nodes.single-jvm', chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
    meaning: "The single-node (and each multi-node) box's JVM: the low end of the JVM range.",
    compute: (s) => nodeSplit(s.ramGB).jvm.min / GB,
  },
  {
    id: 'nodes.single-python', chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
    meaning: "The box's Python: the same share as split.python-typical.",
    compute: (s) => nodeSplit(s.ramGB).pythonTypical / GB,
  },
  ...REDUCED_FIGURES,
  {
    id: 'nodes.driver-topandas', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Python bytes on the driver for toPandas + np.array, however many executors there are.',
    compute: (s) => (clusterLoad(s, 'toPandas').nodes[0]?.pythonUsed ?? 0) / GB,
  },
  {
    id: 'nodes.executor-mapinpandas', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Python bytes per executor for mapInPandas: one Arrow batch per concurrent task.',
    compute: (s) => executorPython(s, 'mapInPandas'),
  },
  {
    id: 'nodes.executor-applyinpandas', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Python bytes per executor for applyInPandas: one group (taken as one partition) per concurrent task.',
    compute: (s) => executorPython(s, 'applyInPandas'),
  },
];
