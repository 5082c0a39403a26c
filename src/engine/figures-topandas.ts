// Figures of the "topandas" chapter: the collect timeline, its peak, streaming, metadata-only collect.
import { ESSAY_PANDAS_BYTES_PER_FLOAT } from './conversion';
import { DEC, bind, essayApprox, modelGB, family, fig, figureValue, type AnyFigureSpec, type BoundFigure } from './figure-spec';
import type { Rounding } from './format';
import { STORAGE_FIGURES } from './figures-storage';
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
import { GB, sparkElementBytes } from './units';

const measured = (s: Scenario): Scenario => ({ ...s, model: 'measured' });

function held(s: Scenario, path: CollectPath | undefined, id: StepId, side: 'jvm' | 'python'): number {
  const t = collectTimeline(s, path);
  const step = id === 'stack' ? t.stack : t.steps.find((x) => x.id === id);
  return (step?.[side] ?? 0) / GB;
}

const SIDES = ['jvm', 'python', 'total'] as const;
type Side = (typeof SIDES)[number];
type HeldSide = Exclude<Side, 'total'>;

// The model path's holdings per step (essay estimate, or measured Arrow-on): topandas.step-<step>-<jvm|python>.
export interface StepSide {
  step: StepId;
  side: HeldSide;
}

const ALL_STEPS = [...TOPANDAS_STEPS, STACK_STEP];
const STEP_SIDES: readonly StepSide[] = ALL_STEPS.flatMap(({ id }) => (['jvm', 'python'] as const).map((side) => ({ step: id, side })));

// ---------------------------------------------------------------------------
// The runnable cells of the chapter: every number the timelines show, per step and per variant
// (parameters of the specs below), and which spec carries which number (collectFigures and
// streamFigures), so widgets hold no formula and the essay's own ids appear where the essay's numbers are.

const COLLECT_STEP_IDS: readonly StepId[] = ALL_STEPS.map((x) => x.id);

export interface CollectStep {
  variant: CollectVariant;
  step: StepId;
  side: Side;
}

type ArrowOffVariant = Exclude<CollectVariant, 'model'>;
const ARROW_OFF: readonly ArrowOffVariant[] = ['arrow-off', 'arrow-off-f64'];

const collectPrefix = (v: CollectVariant) => (v === 'model' ? 'topandas' : `topandas.${v}`);
// The model path already has ids for its JVM and Python holdings (topandas.step-*); it only gains totals.
const COLLECT_STEPS: readonly CollectStep[] = COLLECT_VARIANTS.flatMap((variant) =>
  COLLECT_STEP_IDS.flatMap((step) => (variant === 'model' ? (['total'] as const) : SIDES).map((side) => ({ variant, step, side }))),
);

function collectStepOf(s: Scenario, variant: CollectVariant, id: StepId) {
  const p = collectPipeline(s, variant);
  return p.steps.find((x) => x.id === id) ?? p.steps[0];
}

export interface StreamStep {
  prefetch: boolean;
  step: StreamStepId;
  side: Side;
}

export interface StreamPartition {
  prefetch: boolean;
  at: 'first' | 'middle' | 'last';
}

const PREFETCH: readonly boolean[] = [false, true];
const streamPrefix = (prefetch: boolean) => (prefetch ? 'topandas.stream-prefetch' : 'topandas.stream');
const STREAM_STEPS: readonly StreamStep[] = PREFETCH.flatMap((prefetch) =>
  STREAM_STEP_IDS.flatMap((step) => SIDES.map((side) => ({ prefetch, step, side }))),
);
const STREAM_PARTITIONS: readonly StreamPartition[] = PREFETCH.flatMap((prefetch) =>
  (['first', 'middle', 'last'] as const).map((at) => ({ prefetch, at })),
);
const streamAt = (s: Scenario, prefetch: boolean, id: StreamStepId) => streamPipeline(s, { prefetch }).all.find((x) => x.id === id);

const GB1 = { chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1) } as const;

// Precision on the model path, one rule for every figure of it, so that one number prints one way in
// the collect cell (issue 18). In the essay's model the pandas share is a whole-GB estimate ("~5 GB"),
// so a number that includes it is known to whole GB: "~7 GB", as the essay prints the peak. Exact sizes
// (the Arrow buffers, the new array) keep one decimal, as the essay prints "~1.9 GB". Measured numbers
// come from measured bytes per row: two decimals, as the measured peak "3.88 GB", without "~".
const WITH_ESTIMATE: ReadonlySet<StepId> = new Set(['convert', 'release', 'stack']);
const exactGB = modelGB;
const withEstimateGB = (s: Scenario) => (s.model === 'measured' ? DEC(2) : DEC(0));
const stepGB = (s: Scenario, step: StepId, side: Side) => (side !== 'jvm' && WITH_ESTIMATE.has(step) ? withEstimateGB(s) : exactGB(s));
const MODEL_PATH = { chapter: 'topandas', unit: 'GB', estimate: true, approx: essayApprox } as const;
// A figure of one collect variant: the model path's rule above; the Arrow-off paths are measured list
// costs at one decimal, with "~".
function byVariant<P>(variantOf: (p: P) => CollectVariant, onModelPath: (s: Scenario, p: P) => Rounding) {
  return {
    ...GB1,
    rounding: (s: Scenario, p: P) => (variantOf(p) === 'model' ? onModelPath(s, p) : DEC(1)),
    approx: (s: Scenario, p: P) => variantOf(p) !== 'model' || essayApprox(s),
  };
}
// A Python-side total of a collect variant (it includes the pandas estimate on the model path).
const VARIANT_WITH_ESTIMATE = byVariant<CollectVariant>((v) => v, (s) => withEstimateGB(s));

export const TOPANDAS_FIGURES = {
  arrowJvm: fig({
    id: 'topandas.arrow-jvm', chapter: 'topandas', unit: 'GB', estimate: false, approx: essayApprox, rounding: exactGB,
    compute: (s) => held(s, undefined, 'serialise', 'jvm'),
  }),
  pandasPython: fig({
    id: 'topandas.pandas-python', ...MODEL_PATH, rounding: withEstimateGB,
    compute: (s) => held(s, undefined, 'release', 'python'),
  }),
  peak: fig({
    id: 'topandas.peak', ...MODEL_PATH, rounding: withEstimateGB,
    compute: (s) => collectTimeline(s).peak.total / GB,
  }),
  tolistExtra: fig({
    id: 'topandas.tolist-extra', chapter: 'topandas', unit: 'GB', estimate: false, rounding: exactGB,
    compute: (s) => stackExtraBytes(s) / GB,
  }),
  steps: fig({
    id: 'topandas.steps', chapter: 'topandas', unit: 'steps', estimate: false,
    compute: () => TOPANDAS_STEPS.length,
  }),
  peakWithStack: fig({
    id: 'topandas.peak-with-stack', ...MODEL_PATH, rounding: withEstimateGB,
    compute: (s) => collectTimeline(s).peakWithStack.total / GB,
  }),
  measuredArrowJvm: fig({
    id: 'topandas.measured-arrow-jvm', chapter: 'topandas', unit: 'GB', estimate: true, rounding: DEC(2),
    compute: (s) => held(measured(s), 'arrow', 'serialise', 'jvm'),
  }),
  measuredSteady: fig({
    id: 'topandas.measured-steady', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => held(measured(s), 'arrow', 'release', 'python'),
  }),
  measuredPeak: fig({
    id: 'topandas.measured-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => collectTimeline(measured(s), 'arrow').peak.total / GB,
  }),
  measuredStackPeak: fig({
    id: 'topandas.measured-stack-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => held(measured(s), 'arrow', 'stack', 'python'),
  }),
  arrowOff: fig({
    id: 'topandas.arrow-off', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => held(measured(s), 'arrow-off', 'release', 'python'),
  }),
  arrowOffF32Peak: fig({
    id: 'topandas.arrow-off-f32-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => held({ ...measured(s), dtype: 'f32' }, 'arrow-off', 'stack', 'python'),
  }),
  arrowOffF64Peak: fig({
    id: 'topandas.arrow-off-f64-peak', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(1),
    compute: (s) => listStackDefaultDtypePeak(s) / GB,
  }),
  pandasBytesPerFloatEssay: fig({
    id: 'topandas.pandas-bytes-per-float-essay', chapter: 'topandas', unit: 'B', estimate: true, approx: true, rounding: DEC(1),
    compute: () => ESSAY_PANDAS_BYTES_PER_FLOAT,
  }),
  partitionRows: fig({
    id: 'topandas.partition-rows', chapter: 'topandas', unit: 'rows', estimate: false,
    compute: (s) => partitionRows(s),
  }),
  arrowBatches: fig({
    id: 'topandas.arrow-batches', chapter: 'topandas', unit: 'batches', estimate: false,
    compute: (s) => Math.ceil(Math.max(0, s.rows) / SPARK_DEFAULTS.maxRecordsPerBatch),
  }),
  sparkElementBytes: fig({
    id: 'topandas.spark-element-bytes', chapter: 'topandas', unit: 'B', estimate: false, rounding: DEC(0),
    compute: (s) => sparkElementBytes(s.dtype),
  }),
  streamPartition: fig({
    id: 'topandas.stream-partition', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => streamingPeak(s).pythonPartition / GB,
  }),
  streamPeak: fig({
    id: 'topandas.stream-peak', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => streamingPeak(s).total / GB,
  }),
  streamPeakPrefetch: fig({
    id: 'topandas.stream-peak-prefetch', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => streamingPeak(s, { prefetch: true }).total / GB,
  }),
  streamPeakPreallocated: fig({
    id: 'topandas.stream-peak-preallocated', chapter: 'topandas', unit: 'GB', estimate: true, approx: true, rounding: DEC(1),
    compute: (s) => streamingPeak(s, { preallocate: true }).total / GB,
  }),
  stepHeld: family<StepSide>({
    ...MODEL_PATH, rounding: (s, p) => stepGB(s, p.step, p.side), idOf: (p) => `topandas.step-${p.step}-${p.side}`, published: STEP_SIDES,
    compute: (s, p) => held(s, undefined, p.step, p.side),
  }),
  collectStep: family<CollectStep>({
    ...byVariant<CollectStep>((p) => p.variant, (s, p) => stepGB(s, p.step, p.side)),
    idOf: (p) => `${collectPrefix(p.variant)}.step-${p.step}-${p.side}`, published: COLLECT_STEPS,
    compute: (s, p) => (collectStepOf(s, p.variant, p.step)?.[p.side] ?? 0) / GB,
  }),
  collectPythonPeak: family<CollectVariant>({
    ...VARIANT_WITH_ESTIMATE, idOf: (v) => `${collectPrefix(v)}.python-peak`, published: COLLECT_VARIANTS,
    compute: (s, v) => collectPipeline(s, v).pythonPeak.python / GB,
  }),
  collectHeadroom: family<CollectVariant>({
    ...VARIANT_WITH_ESTIMATE, idOf: (v) => `${collectPrefix(v)}.python-headroom`, published: COLLECT_VARIANTS,
    compute: (s, v) => collectPipeline(s, v).headroom / GB,
  }),
  collectShortfall: family<CollectVariant>({
    ...VARIANT_WITH_ESTIMATE, idOf: (v) => `${collectPrefix(v)}.python-shortfall`, published: COLLECT_VARIANTS,
    compute: (s, v) => collectPipeline(s, v).shortfall / GB,
  }),
  cellPeakMeasured: fig({
    id: 'topandas.cell-peak-measured', chapter: 'topandas', unit: 'GB', estimate: false, rounding: DEC(2),
    compute: (s) => collectPipeline({ ...s, model: 'measured' }, 'model').peak.total / GB,
  }),
  arrowOffPeak: family<ArrowOffVariant>({
    ...GB1, idOf: (v) => `${collectPrefix(v)}.peak`, published: ARROW_OFF,
    compute: (s, v) => collectPipeline(s, v).peak.total / GB,
  }),
  streamStep: family<StreamStep>({
    ...GB1, idOf: (p) => `${streamPrefix(p.prefetch)}.${p.step}-${p.side}`, published: STREAM_STEPS,
    compute: (s, p) => (streamAt(s, p.prefetch, p.step)?.[p.side] ?? 0) / GB,
  }),
  streamPartitionInFlight: family<StreamPartition>({
    idOf: (p) => `${streamPrefix(p.prefetch)}.${p.at}-partition`, published: STREAM_PARTITIONS,
    chapter: 'topandas', unit: 'partition', estimate: false,
    compute: (s, p) => streamAt(s, p.prefetch, p.at)?.partition ?? 1,
  }),
  streamCellPeak: family<boolean>({
    ...GB1, idOf: (prefetch) => `${streamPrefix(prefetch)}.peak`, published: PREFETCH,
    compute: (s, prefetch) => streamPipeline(s, { prefetch }).peak.total / GB,
  }),
  streamPythonPeak: family<boolean>({
    ...GB1, idOf: (prefetch) => `${streamPrefix(prefetch)}.python-peak`, published: PREFETCH,
    compute: (s, prefetch) => streamPipeline(s, { prefetch }).pythonPeak.python / GB,
  }),
  streamHeadroom: family<boolean>({
    ...GB1, idOf: (prefetch) => `${streamPrefix(prefetch)}.python-headroom`, published: PREFETCH,
    compute: (s, prefetch) => streamPipeline(s, { prefetch }).headroom / GB,
  }),
  streamShortfall: family<boolean>({
    ...GB1, idOf: (prefetch) => `${streamPrefix(prefetch)}.python-shortfall`, published: PREFETCH,
    compute: (s, prefetch) => streamPipeline(s, { prefetch }).shortfall / GB,
  }),
} satisfies Record<string, AnyFigureSpec>;


export interface StepFigures {
  jvm: BoundFigure;
  python: BoundFigure;
  total: BoundFigure;
}

export interface PipelineFigures {
  steps: Record<string, StepFigures>;
  // The highest JVM + Python total, shown with the essay's rounding where the essay has it.
  peak: BoundFigure;
  pythonPeak: BoundFigure;
  headroom: BoundFigure;
  shortfall: BoundFigure;
}

export interface CollectFigures extends PipelineFigures {
  // The array np.array(...tolist()) adds.
  added: BoundFigure;
  // The peak of toPandas alone (before np.array).
  toPandasPeak: BoundFigure;
}

const F = TOPANDAS_FIGURES;

// Which figure carries each number of the collect-everything timeline. On the model path the essay's
// own ids carry the numbers the essay prints.
export function collectFigures(variant: CollectVariant, model: Scenario['model']): CollectFigures {
  const total = (step: StepId) => bind(F.collectStep, { variant, step, side: 'total' });
  const common = {
    pythonPeak: bind(F.collectPythonPeak, variant),
    headroom: bind(F.collectHeadroom, variant),
    shortfall: bind(F.collectShortfall, variant),
  };
  if (variant === 'model') {
    const steps = Object.fromEntries(
      COLLECT_STEP_IDS.map((step): [StepId, StepFigures] => [
        step,
        {
          jvm: step === 'serialise' ? bind(F.arrowJvm) : bind(F.stepHeld, { step, side: 'jvm' }),
          python: step === 'release' ? bind(F.pandasPython) : bind(F.stepHeld, { step, side: 'python' }),
          total: total(step),
        },
      ]),
    );
    // The essay's peak is always at the conversion, so its own id carries it.
    const peak = model === 'essay' ? bind(F.peak) : bind(F.cellPeakMeasured);
    return { steps, ...common, peak, toPandasPeak: model === 'essay' ? bind(F.peak) : bind(F.measuredPeak), added: bind(F.tolistExtra) };
  }
  const steps = Object.fromEntries(
    COLLECT_STEP_IDS.map((step): [StepId, StepFigures] => [
      step,
      {
        jvm: bind(F.collectStep, { variant, step, side: 'jvm' }),
        python: bind(F.collectStep, { variant, step, side: 'python' }),
        total: total(step),
      },
    ]),
  );
  // topandas.tolist-f64 is chapter 3's float64 total under the name this chapter quotes it by.
  const added: BoundFigure = variant === 'arrow-off-f64' ? (s) => ({ ...figureValue(STORAGE_FIGURES.total, s, 'numpy-f64'), id: 'topandas.tolist-f64' }) : bind(F.tolistExtra);
  return { steps, ...common, peak: bind(F.arrowOffPeak, variant), toPandasPeak: total('convert'), added };
}

export interface StreamFigures extends PipelineFigures {
  partition: Record<StreamPartition['at'], BoundFigure>;
}

export function streamFigures(prefetch: boolean): StreamFigures {
  const steps = Object.fromEntries(
    STREAM_STEP_IDS.map((step): [StreamStepId, StepFigures] => [
      step,
      {
        jvm: bind(F.streamStep, { prefetch, step, side: 'jvm' }),
        python: bind(F.streamStep, { prefetch, step, side: 'python' }),
        total: bind(F.streamStep, { prefetch, step, side: 'total' }),
      },
    ]),
  );
  const at = (a: StreamPartition['at']) => bind(F.streamPartitionInFlight, { prefetch, at: a });
  return {
    steps,
    partition: { first: at('first'), middle: at('middle'), last: at('last') },
    peak: bind(F.streamCellPeak, prefetch),
    pythonPeak: bind(F.streamPythonPeak, prefetch),
    headroom: bind(F.streamHeadroom, prefetch),
    shortfall: bind(F.streamShortfall, prefetch),
  };
}
