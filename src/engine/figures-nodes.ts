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
import { DEC, family, fig, type AnyFigureSpec } from './figure-spec';
import { jvmShareBytes } from './gates';
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
  // The driver is the scenario's own node, which the reader may have calibrated; the executors keep the box.
  driverJvmShare: fig({
    id: 'nodes.driver-jvm-share', chapter: 'nodes', unit: 'GB', estimate: true, rounding: DEC(1),
    compute: (s) => jvmShareBytes(s) / GB,
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
