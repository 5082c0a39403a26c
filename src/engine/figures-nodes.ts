// Figures of the "nodes" chapter: single node vs driver + executors.
import { clusterLoad, DEFAULT_EXECUTORS, type Operation } from './cluster';
import { DEC, SIG, type FigureSpec } from './figure-spec';
import { nodeSplit } from './node-split';
import { reducedBytes } from './pca';
import type { Scenario } from './scenario';
import { GB, MB, dtypeBytes } from './units';

function executorPython(s: Scenario, op: Operation): number {
  const e = clusterLoad(s, op).nodes.find((n) => n.role === 'executor');
  return (e?.pythonUsed ?? 0) / GB;
}

export const NODES_FIGURES: readonly FigureSpec[] = [
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
  {
    id: 'nodes.executors', chapter: 'nodes', unit: 'executors', estimate: false,
    meaning: "Executors in the essay's multi-node example (a driver and two executors).",
    compute: () => DEFAULT_EXECUTORS,
  },
  {
    id: 'nodes.cluster-python', chapter: 'nodes', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: "Python memory summed over the essay's driver and executors (3 × nodes.single-python).",
    compute: (s) => ((1 + DEFAULT_EXECUTORS) * nodeSplit(s.ramGB).pythonTypical) / GB,
  },
  {
    id: 'nodes.reduced-data', chapter: 'nodes', unit: 'MB', estimate: false, rounding: SIG(2),
    meaning: 'The PCA-reduced data, rows × reduced × 8 B (f64); reduced is capped at dim.',
    compute: (s) => reducedBytes(s) / MB,
  },
  {
    id: 'nodes.reduced-f32', chapter: 'nodes', unit: 'MB', estimate: false, rounding: SIG(2),
    meaning: 'The same reduced data as float32 (half of nodes.reduced-data).',
    compute: (s) => (reducedBytes(s) * dtypeBytes('f32')) / dtypeBytes('f64') / MB,
  },
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
