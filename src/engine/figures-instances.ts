// Figures of the instance quick-reference table (budget chapter) and of the rules of thumb.
import { ESSAY_PCA_PRACTICAL_SHARE, ESSAY_PY_FLOAT_BYTES, ESSAY_PYTHON_SHARE } from './essay.data';
import { DEC, SIG, scaleRange, type FigureSpec } from './figure-spec';
import { ESSAY_INSTANCES, INSTANCES, type InstanceSpec } from './instances.data';
import { instanceRow } from './instances';
import { chunkPeakBytes } from './pca';
import { listsRssPerRow, numpyPerRow } from './python-objects';
import { RULES } from './rules.data';
import { GB, MB, dtypeBytes } from './units';

function perInstance(spec: InstanceSpec): FigureSpec[] {
  const id = spec.id;
  const base = `instances.${id}`;
  const list: FigureSpec[] = [
    {
      id: `${base}.ram`, chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
      meaning: `${id} RAM as Azure states it (GiB, written GB).`,
      compute: () => spec.ramGiB,
    },
    {
      id: `${base}.python`, chapter: 'budget', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: spec.fromEssay ? `${id} Python budget, the essay's table literal.` : `${id} Python budget from the node-split model (3/7 of RAM).`,
      compute: (s) => scaleRange(instanceRow(spec, s).pythonBudget, 1 / GB),
    },
    {
      id: `${base}.ram-decimal`, chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(2),
      meaning: `${id} RAM in decimal GB (the GiB figure × 1.0737).`,
      compute: (s) => instanceRow(spec, s).ramDecimalGB,
    },
    {
      id: `${base}.python-share`, chapter: 'budget', unit: '%', estimate: true, approx: true, rounding: DEC(1),
      meaning: `${id} Python budget as a share of its RAM.`,
      compute: (s) => instanceRow(spec, s).pythonSharePct,
    },
    {
      id: `${base}.ceiling-rows`, chapter: 'budget', unit: 'rows', estimate: true, approx: true,
      meaning: `${id}: rows of the scenario's dim and dtype that fit the Python budget as one numpy array (engine's computed ceiling).`,
      compute: (s) => instanceRow(spec, s).ceilingRows,
    },
    {
      id: `${base}.practical-rows`, chapter: 'budget', unit: 'rows', estimate: true, approx: true,
      meaning: `${id}: ~40 % of the computed ceiling, the practical limit with chunked PCA.`,
      compute: (s) => instanceRow(spec, s).practicalRows,
    },
  ];
  if (spec.essayMaxRows !== undefined) {
    const maxRows = spec.essayMaxRows;
    list.push(
      {
        id: `${base}.max-rows`, chapter: 'budget', unit: 'rows', estimate: true, approx: true,
        meaning: `${id}: the essay's max f32 rows at 1536d (table literal).`,
        compute: () => maxRows,
      },
      {
        id: `${base}.practical-essay`, chapter: 'budget', unit: 'rows', estimate: true, approx: true,
        meaning: `${id}: ~40 % of the essay's max rows.`,
        compute: () => maxRows * ESSAY_PCA_PRACTICAL_SHARE,
      },
      {
        id: `${base}.implied-bytes-per-row`, chapter: 'budget', unit: 'B', estimate: true, approx: true, rounding: DEC(0),
        meaning: `${id}: the essay's Python budget (midpoint) ÷ its max rows; pure f32 at 1536d is 6,144.`,
        compute: () => {
          const p = spec.essayPythonGB ?? { min: 0, max: 0 };
          return maxRows > 0 ? (((p.min + p.max) / 2) * GB) / maxRows : 0;
        },
      },
    );
  }
  return list;
}

export const INSTANCE_FIGURES: readonly FigureSpec[] = [
  {
    id: 'instances.count', chapter: 'budget', unit: 'instances', estimate: false,
    meaning: "Node types in the essay's quick-reference table.",
    compute: () => ESSAY_INSTANCES.length,
  },
  {
    id: 'instances.pca-practical', chapter: 'budget', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: 'Practical share of the max rows when running chunked PCA.',
    compute: () => 100 * ESSAY_PCA_PRACTICAL_SHARE,
  },
  {
    id: 'instances.row-bytes', chapter: 'budget', unit: 'B', estimate: false, rounding: SIG(4),
    meaning: "Bytes per row the computed ceilings divide by: dim × the scenario's dtype bytes.",
    compute: (s) => numpyPerRow(s.dim, s.dtype),
  },
  {
    id: 'instances.catalogue-count', chapter: 'budget', unit: 'instances', estimate: false,
    meaning: "Node types in the engine's catalogue (the essay's five plus common Databricks drivers).",
    compute: () => INSTANCES.length,
  },
  ...INSTANCES.flatMap(perInstance),
];

export const RULE_FIGURES: readonly FigureSpec[] = [
  {
    id: 'rules.count', chapter: 'budget', unit: 'rules', estimate: false,
    meaning: 'Rules of thumb.',
    compute: () => RULES.length,
  },
  {
    id: 'rules.python-share', chapter: 'budget', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "Rule 1: Python's share of node RAM.",
    compute: () => ({ min: 100 * ESSAY_PYTHON_SHARE.min, max: 100 * ESSAY_PYTHON_SHARE.max }),
  },
  {
    id: 'rules.list-vs-numpy', chapter: 'budget', unit: 'x', estimate: false, rounding: DEC(1),
    meaning: "Rule 3: list of floats over numpy in the scenario's dtype (essay 28 B ÷ 4 B = 7×; measured resident ≈10×).",
    compute: (s) => {
      const d = Math.max(1, s.dim);
      const list = s.model === 'essay' ? ESSAY_PY_FLOAT_BYTES * d : listsRssPerRow(d);
      return list / numpyPerRow(d, s.dtype);
    },
  },
  {
    id: 'rules.chunk', chapter: 'budget', unit: 'MB', estimate: false, rounding: SIG(1),
    meaning: 'Rule 5: one chunk of chunk × dim f64 (same number as budget.pca-chunk-peak).',
    compute: (s) => chunkPeakBytes(s) / MB,
  },
  {
    id: 'rules.f32-halves', chapter: 'budget', unit: 'x', estimate: false, rounding: DEC(1),
    meaning: 'Rule 6: float32 size over float64.',
    compute: () => dtypeBytes('f32') / dtypeBytes('f64'),
  },
];
