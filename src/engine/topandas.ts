// toPandas() as a timeline: bytes held by the JVM and by Python at each step,
// the peak, and the extra array np.array(pdf[col].tolist()) makes.
import {
  ESSAY_PANDAS_BYTES_PER_FLOAT,
  arrowStackPeakPerRow,
  arrowToPandasPeakPerRow,
  arrowToPandasSteadyPerRow,
  listStackDefaultPeakPerRow,
  listStackPeakPerRow,
} from './conversion';
import { arrowPerRow, listsRssPerRow, numpyBytes, pandasListsRssPerRow } from './python-objects';
import { scenarioPythonRoom } from './python-baseline';
import type { Model, Scenario } from './scenario';
import { sparkElementBytes } from './units';
import { flagParam, type ParamSpecs } from './page-params';

export type CollectPath = 'essay' | 'arrow' | 'arrow-off';
export type StepId = 'serialise' | 'transfer' | 'convert' | 'release' | 'stack';

export const TOPANDAS_STEPS: readonly { id: StepId; label: string }[] = [
  { id: 'serialise', label: 'Spark serialises the DataFrame to Arrow in the JVM' },
  { id: 'transfer', label: 'Arrow batches move to the Python process' },
  { id: 'convert', label: 'PyArrow converts them to a pandas DataFrame' },
  { id: 'release', label: 'The JVM lets go of its Arrow buffers' },
];

export const STACK_STEP: { id: StepId; label: string } = {
  id: 'stack',
  label: 'np.array(pdf["embedding"].tolist()) builds one array',
};

/** How the collect runs, in the address: `arrow`, `npdtype` (np.array given a dtype) and, for the
 *  stream, `prefetch` (page-params.ts). */
export const COLLECT_PARAMS = {
  arrow: flagParam('Arrow', ['on', 'off'], true),
  npdtype: flagParam('np.array dtype', ['given', 'none'], true),
  prefetch: flagParam('Prefetch', ['on', 'off'], false),
} satisfies ParamSpecs;

export interface TimelineStep {
  id: StepId;
  label: string;
  jvm: number;
  python: number;
  total: number;
}

export interface Timeline {
  path: CollectPath;
  steps: TimelineStep[];
  stack: TimelineStep;
  // Highest JVM + Python total during toPandas itself, then including the stack step.
  peak: TimelineStep;
  peakWithStack: TimelineStep;
}

export function defaultPath(model: Model): CollectPath {
  return model === 'essay' ? 'essay' : 'arrow';
}

// Spark forwards each partition to Python as soon as it is collected, so the
// driver JVM holds about one partition at a time (Spark PR 21546).
export function partitionRows(s: Pick<Scenario, 'rows' | 'partitions'>): number {
  return Math.ceil(Math.max(0, s.rows) / Math.max(1, s.partitions));
}

// The Arrow batches of a whole collect, about the raw values: the least its results can be (pickled rows
// with Arrow off are larger), which spark.driver.maxResultSize is checked against (spark-defaults.ts).
export function arrowBytes(s: Scenario): number {
  return Math.max(0, s.rows) * Math.max(0, s.dim) * sparkElementBytes(s.dtype);
}

interface Holding {
  jvm: number;
  python: number;
}

function holdings(s: Scenario, path: CollectPath): Record<StepId, Holding> {
  const rows = Math.max(0, s.rows);
  const array = numpyBytes(rows, s.dim, s.dtype);
  if (path === 'essay') {
    const arrow = arrowBytes(s);
    const pandas = rows * Math.max(0, s.dim) * ESSAY_PANDAS_BYTES_PER_FLOAT;
    return {
      serialise: { jvm: arrow, python: 0 },
      transfer: { jvm: arrow, python: arrow },
      convert: { jvm: arrow, python: pandas },
      release: { jvm: 0, python: pandas },
      stack: { jvm: 0, python: pandas + array },
    };
  }
  if (path === 'arrow') {
    const partition = partitionRows(s) * arrowPerRow(s.dim, s.dtype);
    return {
      serialise: { jvm: partition, python: 0 },
      transfer: { jvm: partition, python: rows * arrowPerRow(s.dim, s.dtype) },
      convert: { jvm: 0, python: rows * arrowToPandasPeakPerRow(s.dim, s.dtype) },
      release: { jvm: 0, python: rows * arrowToPandasSteadyPerRow(s.dim, s.dtype) },
      stack: { jvm: 0, python: rows * arrowStackPeakPerRow(s.dim, s.dtype) },
    };
  }
  // Arrow off: collect() gathers every row in the driver JVM before pickling them
  // across; that JVM size is an estimate (raw values only), not a measurement.
  const collected = arrowBytes(s);
  return {
    serialise: { jvm: collected, python: 0 },
    transfer: { jvm: collected, python: rows * listsRssPerRow(s.dim) },
    convert: { jvm: collected, python: rows * pandasListsRssPerRow(s.dim) },
    release: { jvm: 0, python: rows * pandasListsRssPerRow(s.dim) },
    stack: { jvm: 0, python: rows * listStackPeakPerRow(s.dim, s.dtype) },
  };
}

function step(id: StepId, label: string, h: Holding): TimelineStep {
  return { id, label, jvm: h.jvm, python: h.python, total: h.jvm + h.python };
}

function highest(steps: TimelineStep[]): TimelineStep {
  return steps.reduce((best, x) => (x.total > best.total ? x : best));
}

export function collectTimeline(s: Scenario, path: CollectPath = defaultPath(s.model)): Timeline {
  const h = holdings(s, path);
  const steps = TOPANDAS_STEPS.map((x) => step(x.id, x.label, h[x.id]));
  const stack = step(STACK_STEP.id, STACK_STEP.label, h.stack);
  return { path, steps, stack, peak: highest(steps), peakWithStack: highest([...steps, stack]) };
}

// Arrow off and np.array without dtype: numpy makes float64 from Python floats.
export function listStackDefaultDtypePeak(s: Scenario): number {
  return Math.max(0, s.rows) * listStackDefaultPeakPerRow(s.dim);
}

// The array np.array(...) adds on top of what pandas holds.
export function stackExtraBytes(s: Scenario): number {
  return numpyBytes(s.rows, s.dim, s.dtype);
}

// ---------------------------------------------------------------------------
// The "collect everything" notebook cell as a runnable pipeline: the four steps of
// toPandas, then np.array(...tolist()), and how the Python side compares with the
// node's Python budget. A variant picks how the conversion runs.
//   'model'          the scenario's model: the essay's estimate, or measured Arrow on
//   'arrow-off'      measured, Arrow off (pickled rows, Python lists), dtype passed
//   'arrow-off-f64'  measured, Arrow off and no dtype: numpy makes float64
export type CollectVariant = 'model' | 'arrow-off' | 'arrow-off-f64';

export const COLLECT_VARIANTS: readonly CollectVariant[] = ['model', 'arrow-off', 'arrow-off-f64'];

// Bytes the JVM and Python hold at one step of a pipeline.
export interface HeldStep {
  id: string;
  label: string;
  jvm: number;
  python: number;
  total: number;
}

export interface BudgetCheck<T extends HeldStep = TimelineStep> {
  // Highest Python holding over the steps, and the step where it happens.
  pythonPeak: T;
  // What Python code can count on on this node (the node split's typical share).
  budget: number;
  fits: boolean;
  headroom: number;
  shortfall: number;
}

export interface CollectPipeline extends BudgetCheck {
  variant: CollectVariant;
  // serialise, transfer, convert, release, stack.
  steps: TimelineStep[];
  // Highest JVM + Python total over all steps (first one on a tie).
  peak: TimelineStep;
}

export function pythonBudgetBytes(s: Scenario): number {
  return scenarioPythonRoom(s);
}

export function budgetCheck<T extends HeldStep>(s: Scenario, steps: readonly T[]): BudgetCheck<T> {
  const pythonPeak = steps.reduce((best, x) => (x.python > best.python ? x : best));
  const budget = pythonBudgetBytes(s);
  const headroom = Math.max(0, budget - pythonPeak.python);
  const shortfall = Math.max(0, pythonPeak.python - budget);
  return { pythonPeak, budget, fits: pythonPeak.python <= budget, headroom, shortfall };
}

export function collectPipeline(s: Scenario, variant: CollectVariant = 'model'): CollectPipeline {
  const t =
    variant === 'model' ? collectTimeline(s) : collectTimeline({ ...s, model: 'measured' }, 'arrow-off');
  let stack = t.stack;
  if (variant === 'arrow-off-f64') {
    stack = step(STACK_STEP.id, STACK_STEP.label, { jvm: t.stack.jvm, python: listStackDefaultDtypePeak(s) });
  }
  const steps = [...t.steps, stack];
  return { variant, steps, peak: highest(steps), ...budgetCheck(s, steps) };
}
