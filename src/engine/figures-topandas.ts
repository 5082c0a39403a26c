// Figures of the "topandas" chapter: the collect timeline, its peak, streaming, metadata-only collect.
import { ESSAY_PANDAS_BYTES_PER_FLOAT } from './conversion';
import { DEC, type FigureSpec } from './figure-spec';
import type { Scenario } from './scenario';
import { SPARK_DEFAULTS } from './spark-defaults';
import { STREAM_STEP_IDS, streamPipeline, streamingPeak, type StreamStepId } from './streaming';
import {
  COLLECT_VARIANTS,
  STACK_STEP,
  TOPANDAS_STEPS,
  collectPipeline,
  collectTimeline,
  listStackDefaultDtypePeak,
  partitionRows,
  stackExtraBytes,
  type CollectPath,
  type CollectVariant,
  type StepId,
} from './topandas';
import { GB } from './units';

const measured = (s: Scenario): Scenario => ({ ...s, model: 'measured' });

function held(s: Scenario, path: CollectPath | undefined, id: StepId, side: 'jvm' | 'python'): number {
  const t = collectTimeline(s, path);
  const step = id === 'stack' ? t.stack : t.steps.find((x) => x.id === id);
  return (step?.[side] ?? 0) / GB;
}

function stepFigures(): FigureSpec[] {
  return [...TOPANDAS_STEPS, STACK_STEP].flatMap(({ id, label }) =>
    (['jvm', 'python'] as const).map(
      (side): FigureSpec => ({
        id: `topandas.step-${id}-${side}`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
        meaning: `${side === 'jvm' ? 'JVM' : 'Python'} bytes held at step "${label}" (model-dependent path: essay, or measured Arrow-on).`,
        compute: (s) => held(s, undefined, id, side),
      }),
    ),
  );
}

// ---------------------------------------------------------------------------
// The runnable cells of the chapter: every number the timelines show, per step and
// per variant, and which id carries which number (so widgets hold no formula and the
// essay's own ids appear where the essay's numbers are).

const SIDES = ['jvm', 'python', 'total'] as const;
type Side = (typeof SIDES)[number];

const SIDE_WORD: Record<Side, string> = { jvm: 'JVM', python: 'Python', total: 'JVM + Python' };

const COLLECT_STEP_IDS: readonly StepId[] = [...TOPANDAS_STEPS.map((x) => x.id), STACK_STEP.id];

const VARIANT_WORD: Record<CollectVariant, string> = {
  model: "the scenario's model (essay estimate, or measured with Arrow on)",
  'arrow-off': 'measured, Arrow off (Python float lists), np.array with the dtype passed',
  'arrow-off-f64': 'measured, Arrow off, np.array without a dtype (float64)',
};

function collectStep(s: Scenario, variant: CollectVariant, id: StepId) {
  const p = collectPipeline(s, variant);
  return p.steps.find((x) => x.id === id) ?? p.steps[0];
}

function collectVariantFigures(variant: CollectVariant): FigureSpec[] {
  const prefix = variant === 'model' ? 'topandas' : `topandas.${variant}`;
  // The model path already has ids for its JVM and Python holdings (topandas.step-*); it only gains totals.
  const sides: readonly Side[] = variant === 'model' ? ['total'] : SIDES;
  const perStep = COLLECT_STEP_IDS.flatMap((id) =>
    sides.map(
      (side): FigureSpec => ({
        id: `${prefix}.step-${id}-${side}`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
        meaning: `${SIDE_WORD[side]} bytes held at step "${id}" of the collect-everything cell, ${VARIANT_WORD[variant]}.`,
        compute: (s) => (collectStep(s, variant, id)?.[side] ?? 0) / GB,
      }),
    ),
  );
  const summary: FigureSpec[] = [
    {
      id: `${prefix}.python-peak`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Highest Python holding over the collect-everything cell (toPandas then np.array), ${VARIANT_WORD[variant]}.`,
      compute: (s) => collectPipeline(s, variant).pythonPeak.python / GB,
    },
    {
      id: `${prefix}.python-headroom`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Python budget left at that Python peak (0 when it does not fit), ${VARIANT_WORD[variant]}.`,
      compute: (s) => collectPipeline(s, variant).headroom / GB,
    },
    {
      id: `${prefix}.python-shortfall`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `How far that Python peak exceeds the node's Python budget (0 when it fits), ${VARIANT_WORD[variant]}.`,
      compute: (s) => collectPipeline(s, variant).shortfall / GB,
    },
  ];
  if (variant === 'model') {
    summary.push({
      id: 'topandas.cell-peak-measured', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
      meaning: 'Measured peak (JVM + Python) of the whole collect-everything cell with Arrow on: toPandas, then np.array(...tolist()).',
      compute: (s) => collectPipeline({ ...s, model: 'measured' }, 'model').peak.total / GB,
    });
  } else {
    summary.push({
      id: `${prefix}.peak`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Highest JVM + Python total over the collect-everything cell, ${VARIANT_WORD[variant]}.`,
      compute: (s) => collectPipeline(s, variant).peak.total / GB,
    });
  }
  return [...perStep, ...summary];
}

const STREAM_SIDES = SIDES;

function streamVariantFigures(prefetch: boolean): FigureSpec[] {
  const prefix = prefetch ? 'topandas.stream-prefetch' : 'topandas.stream';
  const how = prefetch ? 'toLocalIterator(prefetchPartitions=True)' : 'toLocalIterator()';
  const at = (s: Scenario, id: StreamStepId) => streamPipeline(s, { prefetch }).all.find((x) => x.id === id);
  const perStep = STREAM_STEP_IDS.flatMap((id) =>
    STREAM_SIDES.map(
      (side): FigureSpec => ({
        id: `${prefix}.${id}-${side}`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
        meaning: `${SIDE_WORD[side]} bytes held at step "${id}" of the streaming cell (${how}, preallocated matrix, metadata collected first).`,
        compute: (s) => (at(s, id)?.[side] ?? 0) / GB,
      }),
    ),
  );
  const partitions = (['first', 'middle', 'last'] as const).map(
    (id): FigureSpec => ({
      id: `${prefix}.${id}-partition`, chapter: 'topandas', unit: 'partition', estimate: false,
      meaning: `Which partition (1-based) is in flight at the "${id}" step of the streaming cell.`,
      compute: (s) => at(s, id)?.partition ?? 1,
    }),
  );
  const summary: FigureSpec[] = [
    {
      id: `${prefix}.peak`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Highest JVM + Python total of the streaming cell with ${how}: metadata + full matrix + partitions in flight.`,
      compute: (s) => streamPipeline(s, { prefetch }).peak.total / GB,
    },
    {
      id: `${prefix}.python-peak`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Highest Python holding of the streaming cell with ${how}.`,
      compute: (s) => streamPipeline(s, { prefetch }).pythonPeak.python / GB,
    },
    {
      id: `${prefix}.python-headroom`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `Python budget left at the streaming cell's Python peak (0 when it does not fit), ${how}.`,
      compute: (s) => streamPipeline(s, { prefetch }).headroom / GB,
    },
    {
      id: `${prefix}.python-shortfall`, chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
      meaning: `How far the streaming cell's Python peak exceeds the Python budget (0 when it fits), ${how}.`,
      compute: (s) => streamPipeline(s, { prefetch }).shortfall / GB,
    },
  ];
  return [...perStep, ...partitions, ...summary];
}

export const TOPANDAS_PIPELINE_FIGURES: readonly FigureSpec[] = [
  ...COLLECT_VARIANTS.flatMap(collectVariantFigures),
  ...[false, true].flatMap(streamVariantFigures),
];

export interface StepFigureIds {
  jvm: string;
  python: string;
  total: string;
}

export interface PipelineFigureIds {
  steps: Record<string, StepFigureIds>;
  // The highest JVM + Python total, shown with the essay's rounding where the essay has it.
  peak: string;
  pythonPeak: string;
  headroom: string;
  shortfall: string;
}

export interface CollectFigureIds extends PipelineFigureIds {
  // The array np.array(...tolist()) adds.
  added: string;
  // The peak of toPandas alone (before np.array).
  toPandasPeak: string;
}

// Which figure carries each number of the collect-everything timeline. On the model
// path the essay's own ids carry the numbers the essay prints.
export function collectFigureIds(variant: CollectVariant, model: Scenario['model']): CollectFigureIds {
  if (variant === 'model') {
    const steps = Object.fromEntries(
      COLLECT_STEP_IDS.map((id) => [
        id,
        {
          jvm: id === 'serialise' ? 'topandas.arrow-jvm' : `topandas.step-${id}-jvm`,
          python: id === 'release' ? 'topandas.pandas-python' : `topandas.step-${id}-python`,
          total: `topandas.step-${id}-total`,
        },
      ]),
    );
    return {
      steps,
      // The essay's peak is always at the conversion, so its own id carries it.
      peak: model === 'essay' ? 'topandas.peak' : 'topandas.cell-peak-measured',
      toPandasPeak: model === 'essay' ? 'topandas.peak' : 'topandas.measured-peak',
      pythonPeak: 'topandas.python-peak',
      headroom: 'topandas.python-headroom',
      shortfall: 'topandas.python-shortfall',
      added: 'topandas.tolist-extra',
    };
  }
  const prefix = `topandas.${variant}`;
  const steps = Object.fromEntries(
    COLLECT_STEP_IDS.map((id) => [id, { jvm: `${prefix}.step-${id}-jvm`, python: `${prefix}.step-${id}-python`, total: `${prefix}.step-${id}-total` }]),
  );
  return {
    steps,
    peak: `${prefix}.peak`,
    toPandasPeak: `${prefix}.step-convert-total`,
    pythonPeak: `${prefix}.python-peak`,
    headroom: `${prefix}.python-headroom`,
    shortfall: `${prefix}.python-shortfall`,
    added: variant === 'arrow-off-f64' ? 'topandas.tolist-f64' : 'topandas.tolist-extra',
  };
}

export interface StreamFigureIds extends PipelineFigureIds {
  partition: Record<string, string>;
}

export function streamFigureIds(prefetch: boolean): StreamFigureIds {
  const prefix = prefetch ? 'topandas.stream-prefetch' : 'topandas.stream';
  const steps = Object.fromEntries(
    STREAM_STEP_IDS.map((id) => [id, { jvm: `${prefix}.${id}-jvm`, python: `${prefix}.${id}-python`, total: `${prefix}.${id}-total` }]),
  );
  const partition = Object.fromEntries((['first', 'middle', 'last'] as const).map((id) => [id, `${prefix}.${id}-partition`]));
  return {
    steps,
    partition,
    peak: `${prefix}.peak`,
    pythonPeak: `${prefix}.python-peak`,
    headroom: `${prefix}.python-headroom`,
    shortfall: `${prefix}.python-shortfall`,
  };
}

export const TOPANDAS_FIGURES: readonly FigureSpec[] = [
  {
    id: 'topandas.arrow-jvm', chapter: 'topandas', unit: 'GB', estimate: false, approx: true, rounding: DEC(1),
    meaning: 'Arrow data held by the driver JVM at step 1: essay all of it (rows × dim × 4 B); measured model one partition (Spark forwards each as it arrives).',
    compute: (s) => held(s, undefined, 'serialise', 'jvm'),
  },
  {
    id: 'topandas.pandas-python', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'The pandas DataFrame in Python after conversion: essay 5 GB (≈10.4 B a float); measured Arrow-path steady size.',
    compute: (s) => held(s, undefined, 'release', 'python'),
  },
  {
    id: 'topandas.peak', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(0),
    meaning: 'Highest JVM + Python total during toPandas (essay: Arrow copy + pandas before the JVM lets go).',
    compute: (s) => collectTimeline(s).peak.total / GB,
  },
  {
    id: 'topandas.tolist-extra', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: "The array np.array(pdf[col].tolist(), dtype) adds (rows × dim × dtype bytes).",
    compute: (s) => stackExtraBytes(s) / GB,
  },
  {
    id: 'topandas.steps', chapter: 'topandas', unit: 'steps', estimate: false,
    meaning: 'Steps of toPandas: serialise, transfer, convert, release.',
    compute: () => TOPANDAS_STEPS.length,
  },
  {
    id: 'topandas.peak-with-stack', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Highest total including the np.array(...tolist()) step (model-dependent).',
    compute: (s) => collectTimeline(s).peakWithStack.total / GB,
  },
  {
    id: 'topandas.measured-arrow-jvm', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'Documented driver-JVM holding on the Arrow path: about one partition of Arrow batches (not measured).',
    compute: (s) => held(measured(s), 'arrow', 'serialise', 'jvm'),
  },
  {
    id: 'topandas.measured-steady', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
    meaning: 'Measured Arrow-path toPandas result after the Arrow table is freed (6,270 B/row).',
    compute: (s) => held(measured(s), 'arrow', 'release', 'python'),
  },
  {
    id: 'topandas.measured-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
    meaning: 'Measured Arrow-path Python peak during toPandas, Arrow table and values copy alive (12,426 B/row).',
    compute: (s) => collectTimeline(measured(s), 'arrow').peak.total / GB,
  },
  {
    id: 'topandas.measured-stack-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
    meaning: 'Measured Arrow-path peak of np.array(pdf[col].tolist()) with the frame alive (12,442 B/row); stays float32.',
    compute: (s) => held(measured(s), 'arrow', 'stack', 'python'),
  },
  {
    id: 'topandas.arrow-off', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'Measured toPandas result with Arrow off: a pandas column of Python float lists (61,733 B/row).',
    compute: (s) => held(measured(s), 'arrow-off', 'release', 'python'),
  },
  {
    id: 'topandas.arrow-off-f32-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'Measured peak of np.array(..., dtype=np.float32) on the Arrow-off list frame (67,907 B/row).',
    compute: (s) => held({ ...measured(s), dtype: 'f32' }, 'arrow-off', 'stack', 'python'),
  },
  {
    id: 'topandas.arrow-off-f64-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: 'Measured peak of np.array(...) without dtype on the list frame: float64 result (74,050 B/row).',
    compute: (s) => listStackDefaultDtypePeak(s) / GB,
  },
  {
    id: 'topandas.pandas-bytes-per-float-essay', chapter: 'topandas', unit: 'B', estimate: true, approx: true, rounding: DEC(1),
    meaning: "Bytes per float the essay's 5 GB implies at 312K × 1536 (≈10.4 B; neither a list nor an array cost).",
    compute: () => ESSAY_PANDAS_BYTES_PER_FLOAT,
  },
  {
    id: 'topandas.partition-rows', chapter: 'topandas', unit: 'rows', estimate: false,
    meaning: 'Rows per Spark partition: rows ÷ partitions, rounded up.',
    compute: (s) => partitionRows(s),
  },
  {
    id: 'topandas.arrow-batches', chapter: 'topandas', unit: 'batches', estimate: false,
    meaning: 'Arrow batches Spark sends: rows ÷ maxRecordsPerBatch (10,000), rounded up.',
    compute: (s) => Math.ceil(Math.max(0, s.rows) / SPARK_DEFAULTS.maxRecordsPerBatch),
  },
  {
    id: 'topandas.max-result-size', chapter: 'topandas', unit: 'GB', estimate: false, binary: true, rounding: DEC(0),
    meaning: 'spark.driver.maxResultSize open-source default (1 GiB), which a full collect may exceed.',
    compute: () => SPARK_DEFAULTS.maxResultSizeBytes / GB,
  },
  {
    id: 'topandas.stream-partition', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'toLocalIterator: Python bytes of the one partition in flight (rows as Python float lists).',
    compute: (s) => streamingPeak(s).pythonPartition / GB,
  },
  {
    id: 'topandas.stream-peak', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'toLocalIterator peak: one partition + the array (measured model adds the per-row arrays np.vstack reads).',
    compute: (s) => streamingPeak(s).total / GB,
  },
  {
    id: 'topandas.stream-peak-prefetch', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'toLocalIterator(prefetchPartitions=True) peak: up to two partitions in flight.',
    compute: (s) => streamingPeak(s, { prefetch: true }).total / GB,
  },
  {
    id: 'topandas.stream-peak-preallocated', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    meaning: 'toLocalIterator peak writing rows into a preallocated array (no per-row arrays to stack).',
    compute: (s) => streamingPeak(s, { preallocate: true }).total / GB,
  },
  ...stepFigures(),
  ...TOPANDAS_PIPELINE_FIGURES,
];
