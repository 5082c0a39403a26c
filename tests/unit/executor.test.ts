// Chapter 7's model (src/engine/executor.ts) against arithmetic written out here from its sources:
// Spark's 10,000-row Arrow batches, one Python worker per task slot, a batch held as Arrow plus a pandas
// copy, the handbook's measured 111 MB interpreter, and the essay's 12-of-28 GB Python share of a node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXECUTOR_DEFAULTS,
  EXECUTOR_PARAMS,
  executorMemory,
  largestBatchRows,
  taskSlots,
  type ExecutorSettings,
  type UdfKind,
} from '../../src/engine/executor';
import { EXECUTOR_FIGURES } from '../../src/engine/figures-executor';
import { figureValue } from '../../src/engine/figure-spec';
import { INSTANCES } from '../../src/engine/instances.data';
import { readParams, writeParams } from '../../src/engine/page-params';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';

// Written out once, from their sources, not imported from the engine.
const INTERPRETER = 111e6; // measured RSS of a fresh python with numpy, pandas and pyarrow
const PYTHON_SHARE = 12 / 28; // the essay's node: 12 of 28 GB left to Python

const settings = (patch: Partial<ExecutorSettings>): ExecutorSettings => ({ ...EXECUTOR_DEFAULTS, ...patch });
const q = (s: string) => new URLSearchParams(s);

describe('the defaults: the essay’s node and embedding rows, mapInPandas', () => {
  it('are a DS4_v2 with one slot per vCPU, two columns of 8 + 4 + 1,536 × 4 bytes, 10,000-row batches', () => {
    expect(EXECUTOR_DEFAULTS).toEqual({
      worker: 'Standard_DS4_v2',
      slots: undefined,
      cols: 2,
      rowbytes: 6156,
      batch: 10_000,
      udf: 'mapInPandas',
      group: 50_000,
      skew: 20,
    });
    expect(taskSlots(EXECUTOR_DEFAULTS)).toBe(8);
  });

  it('give 8 workers of one batch and its copy each, against 12 of the node’s 28 GB', () => {
    const m = executorMemory(EXECUTOR_DEFAULTS);
    const arrow = 10_000 * 6156 + 2 * 1250; // two validity bitmaps of 10,000 bits
    const worker = INTERPRETER + arrow + 10_000 * 6156;
    expect(m.rows).toBe(10_000);
    expect(m.arrowBytes).toBe(61_562_500);
    expect(m.arrowBytes).toBe(arrow);
    expect(m.pandasBytes).toBe(61_560_000);
    expect(m.workerPeak).toBe(worker);
    expect(m.executorPeak).toBe(8 * worker);
    expect(m.executorPeak).toBe(1_872_980_000);
    expect(m.room).toBeCloseTo(12e9, 0);
    expect(m.jvm.min).toBeCloseTo(14e9, 0);
    expect(m.jvm.max).toBeCloseTo(16e9, 0);
    expect(m.fits).toBe(true);
    expect(m.headroom).toBeCloseTo(12e9 - 1_872_980_000, 0);
    expect(m.shortfall).toBe(0);
  });
});

describe('the brief’s example: 8 slots × 10,000 rows × 1 KB', () => {
  it('is 80 MB of Arrow batches, as much again in pandas, and eight interpreters', () => {
    const m = executorMemory(settings({ cols: 1, rowbytes: 1000 }));
    // 10,000 rows × 1,000 B, one column's bitmap of 10,000 bits = 1,250 B.
    expect(m.arrowBytes).toBe(10_001_250);
    expect(m.pandasBytes).toBe(10_000_000);
    expect(m.workerPeak).toBe(131_001_250);
    expect(m.executorPeak).toBe(1_048_010_000);
    expect(m.fits).toBe(true);
  });

  it('could take batches of 694,456 rows in every slot, and not one more', () => {
    const s = settings({ cols: 1, rowbytes: 1000 });
    const perWorker = (28e9 * PYTHON_SHARE) / 8 - INTERPRETER; // 1.389 GB for the batch and its copy
    const held = (rows: number) => 2 * 1000 * rows + Math.ceil(rows / 8);
    const largest = largestBatchRows(s);
    expect(largest).toBe(694_456);
    expect(held(largest)).toBeLessThanOrEqual(perWorker);
    expect(held(largest + 1)).toBeGreaterThan(perWorker);
  });
});

describe('applyInPandas: a whole group, and the skewed one decides', () => {
  const s = settings({ udf: 'applyInPandas' });

  it('holds the largest group, 50,000 × 20 rows, in one worker and typical groups in the other seven', () => {
    const m = executorMemory(s);
    const largest = 1_000_000;
    const typical = 50_000;
    const worker = (rows: number) => INTERPRETER + 2 * rows * 6156 + 2 * Math.ceil(rows / 8);
    expect(m.rows).toBe(largest);
    expect(m.workerPeak).toBe(worker(largest));
    expect(m.workerPeak).toBe(12_423_250_000);
    expect(m.otherWorkerPeak).toBe(worker(typical));
    expect(m.executorPeak).toBe(worker(largest) + 7 * worker(typical));
    expect(m.executorPeak).toBe(17_509_537_500);
    expect(m.fits).toBe(false);
    expect(m.shortfall).toBeCloseTo(17_509_537_500 - 12e9, 0);
    expect(m.headroom).toBe(0);
  });

  it('ignores maxRecordsPerBatch, which Spark does not apply to groups', () => {
    expect(executorMemory({ ...s, batch: 10 }).executorPeak).toBe(executorMemory({ ...s, batch: 1_000_000 }).executorPeak);
  });

  it('counts a fractional skew up to whole rows', () => {
    expect(executorMemory({ ...s, group: 1000, skew: 2.5 }).rows).toBe(2500);
    expect(executorMemory({ ...s, group: 3, skew: 1.0001 }).rows).toBe(4);
    expect(executorMemory({ ...s, skew: 1 }).executorPeak).toBe(8 * executorMemory({ ...s, skew: 1 }).otherWorkerPeak);
  });
});

describe('slots and nodes', () => {
  it('one slot per vCPU unless set, on any node of the catalogue', () => {
    for (const node of INSTANCES) expect(taskSlots({ worker: node.id, slots: undefined })).toBe(node.cores);
    expect(taskSlots({ worker: 'Standard_DS4_v2', slots: 3 })).toBe(3);
    expect(executorMemory(settings({ slots: 3 })).executorPeak).toBe(3 * executorMemory(EXECUTOR_DEFAULTS).workerPeak);
  });

  it('a 256 GB node leaves 12/28 of it to Python', () => {
    expect(executorMemory(settings({ worker: 'Standard_E32ds_v5' })).room).toBeCloseTo(256e9 * PYTHON_SHARE, 0);
  });

  it('interpreters alone can overflow a small node: no batch fits, the verdict says by how much', () => {
    const s = settings({ worker: 'Standard_DS3_v2', slots: 200 });
    expect(largestBatchRows(s)).toBe(0);
    const m = executorMemory(s);
    expect(m.fits).toBe(false);
    // 200 workers × (111 MB + two copies of 10,000 rows × 6,156 B + bitmaps) against 14 × 12/28 = 6 GB.
    expect(m.shortfall).toBeCloseTo(200 * (INTERPRETER + 2 * 61_560_000 + 2500) - 6e9, 0);
  });
});

describe('figures', () => {
  it('print the default example as the chapter quotes it', () => {
    const text = (k: keyof typeof EXECUTOR_FIGURES) => figureValue(EXECUTOR_FIGURES[k], DEFAULT_SCENARIO, EXECUTOR_DEFAULTS).text;
    expect(text('slots')).toBe('8');
    expect(text('batchRows')).toBe('10K');
    expect(text('arrowBatch')).toBe('61.6 MB');
    expect(text('workerPeak')).toBe('~234 MB');
    expect(text('executorPeak')).toBe('~1.9 GB');
    expect(text('pythonRoom')).toBe('12 GB');
    expect(text('jvm')).toBe('~14–16 GB');
    expect(text('groupRows')).toBe('1M');
    expect(text('groupPeak')).toBe('~12.4 GB');
  });

  it('follow the widget’s settings, not the scenario', () => {
    const other = { ...DEFAULT_SCENARIO, instance: 'Standard_E8ds_v5', ramGB: 64, rows: 5, dim: 3 };
    for (const spec of Object.values(EXECUTOR_FIGURES)) {
      expect(figureValue(spec, other, EXECUTOR_DEFAULTS)).toEqual(figureValue(spec, DEFAULT_SCENARIO, EXECUTOR_DEFAULTS));
    }
    expect(figureValue(EXECUTOR_FIGURES.slots, DEFAULT_SCENARIO, settings({ worker: 'Standard_E16ds_v5' })).value).toBe(16);
  });
});

describe('the widget’s settings in the address', () => {
  it('read and write every setting by its documented name; the defaults write nothing', () => {
    expect(writeParams(EXECUTOR_PARAMS, EXECUTOR_DEFAULTS).toString()).toBe('');
    const query = 'worker=Standard_E8ds_v5&slots=4&cols=3&rowbytes=1024&batch=5000&udf=applyInPandas&group=100&skew=2.5';
    const r = readParams(EXECUTOR_PARAMS, q(query));
    expect(r).toEqual({
      value: { worker: 'Standard_E8ds_v5', slots: 4, cols: 3, rowbytes: 1024, batch: 5000, udf: 'applyInPandas', group: 100, skew: 2.5 },
      issues: [],
    });
    expect(writeParams(EXECUTOR_PARAMS, r.value).toString()).toBe(query);
  });

  it('refuse a bad value with a message and keep its default', () => {
    const r = readParams(EXECUTOR_PARAMS, q('worker=Standard_X99&slots=0&batch=1.5&udf=rdd&skew=0.5&rowbytes=abc'));
    expect(r.value).toEqual(EXECUTOR_DEFAULTS);
    const messages = Object.fromEntries(r.issues.map((i) => [i.field, i.message]));
    expect(messages).toEqual({
      worker: 'Unknown worker node "Standard_X99"; use a node type from the list.',
      slots: 'Task slots must be at least 1 (got 0).',
      batch: 'Arrow batch must be a whole number (got 1.5).',
      udf: 'Unknown udf kind "rdd"; use scalar, iterator, mapInPandas, applyInPandas.',
      skew: 'Largest group must be at least 1 × typical (got 0.5).',
      rowbytes: 'Row width must be a number (got "abc").',
    });
  });
});

// Any settings the fields accept.
const KINDS: UdfKind[] = ['scalar', 'iterator', 'mapInPandas', 'applyInPandas'];
const settingsArb: fc.Arbitrary<ExecutorSettings> = fc.record({
  worker: fc.constantFrom(...INSTANCES.map((i) => i.id)),
  slots: fc.option(fc.integer({ min: 1, max: 1024 }), { nil: undefined }),
  cols: fc.integer({ min: 1, max: 10_000 }),
  rowbytes: fc.double({ min: 1, max: 2e9, noNaN: true }),
  batch: fc.integer({ min: 1, max: 100_000_000 }),
  udf: fc.constantFrom(...KINDS),
  group: fc.integer({ min: 1, max: 1e10 }),
  skew: fc.double({ min: 1, max: 1e6, noNaN: true }),
});

describe('properties over every valid setting', () => {
  it('finite, never negative; fits exactly when nothing is short; headroom and shortfall exclude each other', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const m = executorMemory(s);
        for (const v of [m.arrowBytes, m.pandasBytes, m.workerPeak, m.otherWorkerPeak, m.executorPeak, m.room, m.headroom, m.shortfall]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(m.fits).toBe(m.shortfall === 0);
        expect(m.headroom * m.shortfall).toBe(0);
        expect(m.executorPeak).toBeGreaterThanOrEqual(m.slots * INTERPRETER);
        expect(m.workerPeak).toBeGreaterThanOrEqual(m.otherWorkerPeak);
        for (const spec of Object.values(EXECUTOR_FIGURES)) {
          const f = figureValue(spec, DEFAULT_SCENARIO, s);
          expect(f.text).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
    );
  });

  const grows = (patch: (s: ExecutorSettings) => ExecutorSettings) =>
    fc.assert(
      fc.property(settingsArb, (s) => {
        expect(executorMemory(patch(s)).executorPeak).toBeGreaterThanOrEqual(executorMemory(s).executorPeak);
      }),
    );

  it('the executor’s peak never falls as batches, rows, columns, slots, groups or skew grow', () => {
    grows((s) => ({ ...s, batch: s.batch * 2 }));
    grows((s) => ({ ...s, rowbytes: s.rowbytes * 1.5 }));
    grows((s) => ({ ...s, cols: s.cols + 1 }));
    grows((s) => ({ ...s, slots: taskSlots(s) + 1 }));
    grows((s) => ({ ...s, group: s.group + 1000 }));
    grows((s) => ({ ...s, skew: s.skew * 2 }));
  });

  it('the largest batch fits every slot, and one row more does not', () => {
    fc.assert(
      fc.property(
        settingsArb.filter((s) => s.rowbytes < 1e8),
        (s) => {
          const r = largestBatchRows(s);
          const at = (rows: number) => executorMemory({ ...s, udf: 'mapInPandas', batch: Math.max(1, rows) });
          const room = at(1).room;
          const slots = taskSlots(s);
          const peak = (rows: number) => slots * (INTERPRETER + 2 * rows * s.rowbytes + s.cols * Math.ceil(rows / 8));
          if (r > 0) expect(peak(r)).toBeLessThanOrEqual(room);
          expect(peak(r + 1)).toBeGreaterThan(room);
          if (r > 0) expect(at(r).fits).toBe(true);
        },
      ),
    );
  });
});
