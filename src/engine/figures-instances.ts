// Figures of the instance quick-reference table (budget chapter).
import { ESSAY_PCA_PRACTICAL_SHARE } from './essay.data';
import { DEC, SIG, scaleRange, type FigureSpec } from './figure-spec';
import { ESSAY_INSTANCES, INSTANCES, type InstanceSpec } from './instances.data';
import { instanceRow } from './instances';
import { numpyPerRow } from './python-objects';
import { GB } from './units';

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
