// Figures of chapter 7, executors and pandas UDFs. Every number here follows the executor widget's own
// settings (the figures' parameters, executor.ts EXECUTOR_PARAMS), not the scenario: the worker node,
// its task slots and the rows a Python worker holds are the cell's inputs. The registry publishes each
// id at the widget's defaults, which is the example the chapter's prose quotes.
import {
  EXECUTOR_DEFAULTS,
  executorMemory,
  largestBatchRows,
  largestGroupRows,
  workerOf,
  workerPeakBytes,
  type ExecutorSettings,
} from './executor';
import { WORKER_INTERPRETER_BYTES } from './python-baseline';
import { DEC, SIG, family, type AnyFigureSpec, type FigureStyle } from './figure-spec';
import { GB, KB, MB } from './units';

export type ExecutorParams = ExecutorSettings;

const AT_DEFAULTS: readonly ExecutorParams[] = [EXECUTOR_DEFAULTS];

const EXACT_GB: FigureStyle = { chapter: 'executors', unit: 'GB', estimate: false, rounding: DEC(1) };
const ESTIMATE_GB: FigureStyle = { chapter: 'executors', unit: 'GB', estimate: true, approx: true, rounding: DEC(1) };
const ESTIMATE_MB: FigureStyle = { chapter: 'executors', unit: 'MB', estimate: true, approx: true, rounding: SIG(3) };
const COUNT = (unit: string): FigureStyle => ({ chapter: 'executors', unit, estimate: false });

function ofSettings(name: string, style: FigureStyle, compute: (p: ExecutorParams) => number | { min: number; max: number }) {
  return family<ExecutorParams>({ ...style, idOf: () => `executor.${name}`, published: AT_DEFAULTS, compute: (_s, p) => compute(p) });
}

export const EXECUTOR_FIGURES = {
  workerRam: ofSettings('worker-ram', EXACT_GB, (p) => workerOf(p.worker).ramGiB),
  workerCores: ofSettings('worker-cores', COUNT('vCPUs'), (p) => workerOf(p.worker).cores),
  slots: ofSettings('slots', COUNT('slots'), (p) => executorMemory(p).slots),
  jvm: ofSettings('jvm', ESTIMATE_GB, (p) => ({ min: executorMemory(p).jvm.min / GB, max: executorMemory(p).jvm.max / GB })),
  pythonRoom: ofSettings('python-room', { ...ESTIMATE_GB, approx: false }, (p) => executorMemory(p).room / GB),
  rowBytes: ofSettings('row-bytes', { chapter: 'executors', unit: 'KB', estimate: false, rounding: SIG(3) }, (p) => p.rowbytes / KB),
  batchRows: ofSettings('batch-rows', COUNT('rows'), (p) => p.batch),
  rowsHeld: ofSettings('rows-held', COUNT('rows'), (p) => executorMemory(p).rows),
  arrowBatch: ofSettings('arrow-batch', { chapter: 'executors', unit: 'MB', estimate: false, rounding: SIG(3) }, (p) => executorMemory(p).arrowBytes / MB),
  pandasCopy: ofSettings('pandas-copy', ESTIMATE_MB, (p) => executorMemory(p).pandasBytes / MB),
  interpreter: ofSettings('interpreter', { chapter: 'executors', unit: 'MB', estimate: false, rounding: DEC(0) }, () => WORKER_INTERPRETER_BYTES / MB),
  workerPeak: ofSettings('worker-peak', ESTIMATE_MB, (p) => executorMemory(p).workerPeak / MB),
  otherWorkerPeak: ofSettings('other-worker-peak', ESTIMATE_MB, (p) => executorMemory(p).otherWorkerPeak / MB),
  executorPeak: ofSettings('executor-peak', ESTIMATE_GB, (p) => executorMemory(p).executorPeak / GB),
  headroom: ofSettings('headroom', ESTIMATE_GB, (p) => executorMemory(p).headroom / GB),
  shortfall: ofSettings('shortfall', ESTIMATE_GB, (p) => executorMemory(p).shortfall / GB),
  largestBatch: ofSettings('largest-batch', { ...COUNT('rows'), estimate: true, approx: true }, (p) => largestBatchRows(p)),
  // applyInPandas's worst worker whatever kind of UDF is picked: the rules quote it beside the batch forms.
  typicalGroupRows: ofSettings('typical-group-rows', COUNT('rows'), (p) => p.group),
  skew: ofSettings('skew', { chapter: 'executors', unit: 'x', estimate: false, rounding: DEC(1) }, (p) => p.skew),
  groupRows: ofSettings('group-rows', COUNT('rows'), (p) => largestGroupRows(p)),
  groupPeak: ofSettings('group-peak', ESTIMATE_MB, (p) => workerPeakBytes(largestGroupRows(p), p.cols, p.rowbytes) / MB),
} satisfies Record<string, AnyFigureSpec>;
