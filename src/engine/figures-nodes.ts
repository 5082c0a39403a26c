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
import { DEC, family, fig, type AnyFigureSpec, type Meanings } from './figure-spec';
import { nodeSplit } from './node-split';
import type { Scenario } from './scenario';
import { GB } from './units';

function pythonPerExecutor(s: Scenario, op: Operation): number {
  const e = clusterLoad(s, op).nodes.find((n) => n.role === 'executor');
  return (e?.pythonUsed ?? 0) / GB;
}

// Figures that also depend on how many executors the reader draws in the cluster topology widget
// (a parameter the registry publishes at the essay's two executors), and per operation.
export interface ClusterParams {
  executors: number;
}

export interface OperationParams extends ClusterParams {
  op: Operation;
}

export const OPERATION_SLUG: Readonly<Record<Operation, string>> = {
  toPandas: 'topandas',
  toLocalIterator: 'tolocaliterator',
  mapInPandas: 'mapinpandas',
  applyInPandas: 'applyinpandas',
};

const ESSAY_CLUSTER: readonly ClusterParams[] = [{ executors: DEFAULT_EXECUTORS }];
const EVERY_OPERATION: readonly OperationParams[] = OPERATIONS.map((o) => ({ op: o.id, executors: DEFAULT_EXECUTORS }));

const labelOf = (op: Operation) => OPERATIONS.find((o) => o.id === op)?.label ?? op;

function nodeOf(s: Scenario, p: OperationParams, role: 'driver' | 'executor') {
  return clusterLoad(s, p.op, clampExecutors(p.executors)).nodes.find((x) => x.role === role);
}

function verdictOf(s: Scenario, p: OperationParams) {
  return clusterVerdict(clusterLoad(s, p.op, clampExecutors(p.executors)));
}

type Role = 'driver' | 'executor';
type Side = 'jvm' | 'python';

// What one operation puts on one side (JVM or Python) of the driver or of each executor.
function used(role: Role, side: Side) {
  return family<OperationParams>({
    idOf: (p) => `nodes.op-${OPERATION_SLUG[p.op]}.${role}-${side}`, published: EVERY_OPERATION,
    chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s, p) => ((side === 'jvm' ? nodeOf(s, p, role)?.jvmUsed : nodeOf(s, p, role)?.pythonUsed) ?? 0) / GB,
  });
}

const usedMeaning = (role: Role, side: Side) => (p: OperationParams) =>
  `${side === 'jvm' ? 'JVM' : 'Python'} bytes ${p.op} puts on ${role === 'driver' ? 'the driver' : 'each executor'} (${labelOf(p.op)}).`;

export const NODES_FIGURES = {
  executors: family<ClusterParams>({
    idOf: () => 'nodes.executors', published: ESSAY_CLUSTER,
    chapter: 'nodes', unit: 'executors', estimate: false,
    compute: (_s, p) => clampExecutors(p.executors),
  }),
  clusterPython: family<ClusterParams>({
    idOf: () => 'nodes.cluster-python', published: ESSAY_CLUSTER,
    chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s, p) => clusterPythonBytes(s, p.executors) / GB,
  }),
  driverJvm: used('driver', 'jvm'),
  driverPython: used('driver', 'python'),
  executorJvm: used('executor', 'jvm'),
  executorPython: used('executor', 'python'),
  usablePython: family<OperationParams>({
    idOf: (p) => `nodes.op-${OPERATION_SLUG[p.op]}.usable-python`, published: EVERY_OPERATION,
    chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s, p) => usablePythonBytes(s, p.op, p.executors) / GB,
  }),
  need: family<OperationParams>({
    idOf: (p) => `nodes.op-${OPERATION_SLUG[p.op]}.need`, published: EVERY_OPERATION,
    chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s, p) => verdictOf(s, p).need / GB,
  }),
  have: family<OperationParams>({
    idOf: (p) => `nodes.op-${OPERATION_SLUG[p.op]}.have`, published: EVERY_OPERATION,
    chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s, p) => verdictOf(s, p).have / GB,
  }),
  shortfall: family<OperationParams>({
    idOf: (p) => `nodes.op-${OPERATION_SLUG[p.op]}.shortfall`, published: EVERY_OPERATION,
    chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s, p) => verdictOf(s, p).shortfall / GB,
  }),
  singleJvm: fig({
    id: 'nodes.single-jvm', chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s) => nodeSplit(s.ramGB).jvm.min / GB,
  }),
  singlePython: fig({
    id: 'nodes.single-python', chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s) => nodeSplit(s.ramGB).pythonTypical / GB,
  }),
  driverTopandas: fig({
    id: 'nodes.driver-topandas', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => (clusterLoad(s, 'toPandas').nodes[0]?.pythonUsed ?? 0) / GB,
  }),
  executorMapinpandas: fig({
    id: 'nodes.executor-mapinpandas', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => pythonPerExecutor(s, 'mapInPandas'),
  }),
  executorApplyinpandas: fig({
    id: 'nodes.executor-applyinpandas', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => pythonPerExecutor(s, 'applyInPandas'),
  }),
} satisfies Record<string, AnyFigureSpec>;

export const NODES_MEANINGS: Meanings<typeof NODES_FIGURES> = {
  executors: () => "Executors in the cluster: the essay's multi-node example has a driver and two executors.",
  clusterPython: () => "Python memory summed over the driver and executors ((1 + executors) × nodes.single-python; 3 × in the essay's example).",
  driverJvm: usedMeaning('driver', 'jvm'),
  driverPython: usedMeaning('driver', 'python'),
  executorJvm: usedMeaning('executor', 'jvm'),
  executorPython: usedMeaning('executor', 'python'),
  usablePython: (p) => `Python memory ${p.op} can use at all: the driver's share for a collect, every executor's share for work on the executors.`,
  need: (p) => `Bytes ${p.op} needs on the side (JVM or Python) of the node that runs out first; 0 when everything fits.`,
  have: (p) => `Capacity of that side of the node that runs out first under ${p.op}; 0 when everything fits.`,
  shortfall: (p) => `How far ${p.op} overshoots the node that runs out first; 0 when everything fits.`,
  singleJvm: "The single-node (and each multi-node) box's JVM: the low end of the JVM range.",
  singlePython: "The box's Python: the same share as split.python-typical.",
  driverTopandas: 'Python bytes on the driver for toPandas + np.array, however many executors there are.',
  executorMapinpandas: 'Python bytes per executor for mapInPandas: one Arrow batch per concurrent task.',
  executorApplyinpandas: 'Python bytes per executor for applyInPandas: one group (taken as one partition) per concurrent task.',
};
