// Figures of the "topandas" chapter: the collect timeline, its peak, streaming, metadata-only collect.
import { ESSAY_PANDAS_BYTES_PER_FLOAT } from './conversion';
import { DEC, type FigureSpec } from './figure-spec';
import type { Scenario } from './scenario';
import { SPARK_DEFAULTS } from './spark-defaults';
import { streamingPeak } from './streaming';
import {
  STACK_STEP,
  TOPANDAS_STEPS,
  collectTimeline,
  listStackDefaultDtypePeak,
  partitionRows,
  stackExtraBytes,
  type CollectPath,
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
];
