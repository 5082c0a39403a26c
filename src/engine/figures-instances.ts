// Figures of the instance quick-reference table (budget chapter).
import { ESSAY_PCA_PRACTICAL_SHARE } from './essay.data';
import type { Range } from './essay.data';
import { DEC, SIG, family, fig, scaleRange, type AnyFigureSpec, type FigureSpec, type FigureStyle } from './figure-spec';
import type { Scenario } from './scenario';
import { ESSAY_INSTANCES, INSTANCES, SHORT_LIST_INSTANCES, type InstanceSpec } from './instances.data';
import { instanceRow } from './instances';
import { nodePythonBudget } from './node-split';
import { numpyPerRow } from './python-objects';
import { GB } from './units';

// Per node type: instances.<node>.<what>, for any catalogue node; ids are published for the short list
// (the rows the budget table shows by default). The essay's own columns exist only for its five rows.
const ALL_NODES: readonly InstanceSpec[] = SHORT_LIST_INSTANCES;
const ESSAY_ROWS: readonly InstanceSpec[] = ESSAY_INSTANCES;

function perNode(what: string, style: FigureStyle, compute: (s: Scenario, node: InstanceSpec) => number | Range, nodes = ALL_NODES): FigureSpec<InstanceSpec> {
  return family<InstanceSpec>({ ...style, idOf: (node) => `instances.${node.id}.${what}`, published: nodes, compute });
}

const essayMaxRows = (node: InstanceSpec) => node.essayMaxRows ?? 0;

export const INSTANCE_FIGURES = {
  count: fig({
    id: 'instances.count', chapter: 'budget', unit: 'instances', estimate: false,
    compute: () => ESSAY_INSTANCES.length,
  }),
  pcaPractical: fig({
    id: 'instances.pca-practical', chapter: 'budget', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    compute: () => 100 * ESSAY_PCA_PRACTICAL_SHARE,
  }),
  rowBytes: fig({
    id: 'instances.row-bytes', chapter: 'budget', unit: 'B', estimate: false, rounding: SIG(4),
    compute: (s) => numpyPerRow(s.dim, s.dtype),
  }),
  catalogueCount: fig({
    id: 'instances.catalogue-count', chapter: 'budget', unit: 'instances', estimate: false,
    compute: () => INSTANCES.length,
  }),
  ram: perNode('ram', { chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1) }, (_s, node) => node.ramGiB),
  python: perNode('python', { chapter: 'budget', unit: 'GB', estimate: true, approx: true, rounding: DEC(1) }, (s, node) =>
    scaleRange(instanceRow(node, s).listedPython, 1 / GB),
  ),
  // The budget every ceiling here and every fit in the planner is computed from (nodePythonBudget).
  budget: perNode('python-budget', { chapter: 'budget', unit: 'GB', estimate: true, approx: true, rounding: DEC(1) }, (_s, node) =>
    nodePythonBudget(node.ramGiB) / GB,
  ),
  ramDecimal: perNode('ram-decimal', { chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2) }, (s, node) => instanceRow(node, s).ramDecimalGB),
  pythonShare: perNode('python-share', { chapter: 'budget', unit: '%', estimate: true, approx: true, rounding: DEC(1) }, (s, node) =>
    instanceRow(node, s).pythonSharePct,
  ),
  ceilingRows: perNode('ceiling-rows', { chapter: 'budget', unit: 'rows', estimate: true, approx: true }, (s, node) => instanceRow(node, s).ceilingRows),
  practicalRows: perNode('practical-rows', { chapter: 'budget', unit: 'rows', estimate: true, approx: true }, (s, node) =>
    instanceRow(node, s).practicalRows,
  ),
  maxRows: perNode('max-rows', { chapter: 'budget', unit: 'rows', estimate: true, approx: true }, (_s, node) => essayMaxRows(node), ESSAY_ROWS),
  practicalEssay: perNode(
    'practical-essay',
    { chapter: 'budget', unit: 'rows', estimate: true, approx: true },
    (_s, node) => essayMaxRows(node) * ESSAY_PCA_PRACTICAL_SHARE,
    ESSAY_ROWS,
  ),
  impliedBytesPerRow: perNode(
    'implied-bytes-per-row',
    { chapter: 'budget', unit: 'B', estimate: true, approx: true, rounding: DEC(0) },
    (_s, node) => {
      const p = node.essayPythonGB ?? { min: 0, max: 0 };
      const rows = essayMaxRows(node);
      return rows > 0 ? (((p.min + p.max) / 2) * GB) / rows : 0;
    },
    ESSAY_ROWS,
  ),
} satisfies Record<string, AnyFigureSpec>;
