// The runnable cells of chapters 4 and 5: the collect and streaming pipelines, the cluster verdict
// and the executor-count figures, checked against arithmetic from the essay and the ground truth.
import { describe, expect, it } from 'vitest';
import { clusterLoad, clusterVerdict, EXECUTORS_RULE, MAX_EXECUTORS } from '../../src/engine/cluster';
import { parseNumber } from '../../src/engine/input';
import { figure } from '../../src/engine/figures';
import { figureValue } from '../../src/engine/figure-spec';
import { NODES_FIGURES } from '../../src/engine/figures-nodes';
import { collectFigures, streamFigures, type PipelineFigures } from '../../src/engine/figures-topandas';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/engine/scenario';
import { streamPipeline, streamingPeak } from '../../src/engine/streaming';
import { collectPipeline } from '../../src/engine/topandas';
import { FIGURES_FIXTURE, measurement, relDiff } from '../fixtures/readers';

const S: Scenario = DEFAULT_SCENARIO;
const M: Scenario = { ...S, model: 'measured' };
const GB = 1e9;
const essay = (id: string) => FIGURES_FIXTURE.figures.find((f) => f.id === id)?.value ?? Number.NaN;
const perRow = (key: string) => measurement(key).bytes_per_row;
const PER_VALUE = (essay('topandas.pandas-python') * GB) / (S.rows * S.dim);

// A timeline's figures are published ids: what the widget prints is what a page quoting the id prints.
function expectPublished(figs: PipelineFigures, s: Scenario): void {
  const all = [...Object.values(figs.steps).flatMap((x) => [x.jvm, x.python, x.total]), figs.peak, figs.pythonPeak, figs.headroom, figs.shortfall];
  for (const f of all) {
    const v = f(s);
    expect(v, v.id).toEqual(figure(v.id, s));
  }
}

describe('collect pipeline', () => {
  it("the essay's five steps: serialise, transfer, convert, release, np.array", () => {
    const p = collectPipeline(S);
    expect(p.steps.map((x) => x.id)).toEqual(['serialise', 'transfer', 'convert', 'release', 'stack']);
    const arrow = S.rows * S.dim * 4;
    const pandas = S.rows * S.dim * PER_VALUE;
    expect(p.peak.id).toBe('convert');
    expect(relDiff(p.peak.total, arrow + pandas)).toBeLessThan(1e-12);
    expect(p.pythonPeak.id).toBe('stack');
    expect(relDiff(p.pythonPeak.python, pandas + arrow)).toBeLessThan(1e-12);
    expect(p.fits).toBe(true);
    expect(relDiff(p.headroom, essay('split.python-typical') * GB - (pandas + arrow))).toBeLessThan(1e-9);
    expect(p.shortfall).toBe(0);
  });

  it('measured: Arrow on, Arrow off and the float64 stack follow the ground truth', () => {
    const rows = 100_000;
    const s = { ...M, rows };
    const on = collectPipeline(s);
    expect(relDiff(on.steps[2]?.python ?? 0, rows * perRow('arrow_to_pandas_peak_rss_table_alive'))).toBeLessThan(1e-3);
    expect(relDiff(on.peak.total, rows * perRow('arrow_pandas_then_np_array_float32_peak_rss'))).toBeLessThan(1e-3);
    const off = collectPipeline(s, 'arrow-off');
    expect(relDiff(off.steps[3]?.python ?? 0, rows * perRow('pandas_column_of_python_lists_rss'))).toBeLessThan(1e-3);
    expect(relDiff(off.steps[4]?.python ?? 0, rows * perRow('pandas_lists_then_np_array_float32_peak_rss'))).toBeLessThan(1e-3);
    const f64 = collectPipeline(s, 'arrow-off-f64');
    expect(relDiff(f64.steps[4]?.python ?? 0, rows * perRow('pandas_lists_then_np_array_default_dtype_float64_peak_rss'))).toBeLessThan(1e-3);
    // The variants are measured whatever the scenario's model.
    expect(collectPipeline({ ...S, rows }, 'arrow-off').peak.total).toBe(off.peak.total);
  });

  it('does not fit: shortfall, no headroom', () => {
    const p = collectPipeline({ ...S, rows: 1_000_000 });
    expect(p.fits).toBe(false);
    expect(p.headroom).toBe(0);
    expect(relDiff(p.shortfall, 1_000_000 * S.dim * (PER_VALUE + 4) - essay('split.python-typical') * GB)).toBeLessThan(1e-9);
  });

  it('every figure the widget shows is a published id with the value pages give it, and the essay ids carry the essay numbers', () => {
    for (const variant of ['model', 'arrow-off', 'arrow-off-f64'] as const) {
      for (const model of ['essay', 'measured'] as const) {
        const figs = collectFigures(variant, model);
        expectPublished(figs, { ...S, model });
        const added = figs.added({ ...S, model });
        expect(added).toEqual(figure(added.id, { ...S, model }));
      }
    }
    const figs = collectFigures('model', 'essay');
    expect(figs.steps.serialise?.jvm(S).id).toBe('topandas.arrow-jvm');
    expect(figs.steps.release?.python(S).id).toBe('topandas.pandas-python');
    expect(figs.peak(S).id).toBe('topandas.peak');
    expect(figure('topandas.cell-peak-measured', S).text).toBe('3.88 GB');
  });
});

describe('streaming pipeline', () => {
  const stream = (rows: number, dim: number, partitions: number, held = 1) => {
    const pRows = Math.min(rows, Math.ceil(rows / partitions) * Math.min(held, partitions));
    const meta = (essay('budget.metadata') * GB * rows) / S.rows;
    return pRows * dim * 4 + pRows * dim * essay('python.float-object') + meta + rows * dim * 4;
  };

  it('peaks at the last partition: metadata + full matrix + one partition, two with prefetch', () => {
    for (const partitions of [1, 2, 3, 4, 32, 1000]) {
      const s = { ...S, partitions };
      const p = streamPipeline(s);
      expect(p.peak.id).toBe('last');
      expect(relDiff(p.peak.total, stream(S.rows, S.dim, partitions))).toBeLessThan(1e-12);
      expect(relDiff(streamPipeline(s, { prefetch: true }).peak.total, stream(S.rows, S.dim, partitions, 2))).toBeLessThan(1e-12);
    }
  });

  it('measured: the JVM holds each partition in flight as pickled floats, 9 B a value (BINFLOAT), whatever the dtype', () => {
    for (const dtype of ['f16', 'f32', 'f64'] as const) {
      for (const partitions of [1, 32, 1000]) {
        const s: Scenario = { ...S, dtype, partitions, model: 'measured' };
        const pRows = Math.ceil(S.rows / partitions);
        // A pickle float: one opcode byte ('G') and an 8-byte big-endian double.
        expect(streamingPeak(s).jvm).toBe(pRows * S.dim * (1 + 8));
        expect(streamingPeak(s, { prefetch: true }).jvm).toBe(Math.min(S.rows, pRows * Math.min(2, partitions)) * S.dim * (1 + 8));
      }
    }
  });

  it('partition steps collapse when they are the same partition', () => {
    expect(streamPipeline({ ...S, partitions: 1 }).steps.map((x) => x.id)).toEqual(['meta', 'allocate', 'last', 'done']);
    expect(streamPipeline({ ...S, partitions: 2 }).steps.map((x) => x.id)).toEqual(['meta', 'allocate', 'first', 'last', 'done']);
    expect(streamPipeline({ ...S, partitions: 3 }).steps.map((x) => x.id)).toEqual(['meta', 'allocate', 'first', 'middle', 'last', 'done']);
    for (const prefetch of [false, true]) {
      const figs = streamFigures(prefetch);
      expectPublished(figs, S);
      for (const at of Object.values(figs.partition)) expect(at(S)).toEqual(figure(at(S).id, S));
    }
  });
});

describe('cluster topology', () => {
  it('executor-count figures: the registry at two executors, the widget at its own count', () => {
    expect(figure('nodes.executors', S).value).toBe(essay('nodes.executors'));
    expect(figureValue(NODES_FIGURES.executors, S, { executors: 5 }).value).toBe(5);
    expect(figureValue(NODES_FIGURES.clusterPython, S, { executors: 5 }).value).toBeCloseTo(6 * essay('nodes.single-python'), 9);
    const usable = figureValue(NODES_FIGURES.usablePython, S, { op: 'mapInPandas', executors: 5 });
    expect(usable.id).toBe('nodes.op-mapinpandas.usable-python');
    expect(usable.value).toBeCloseTo(5 * essay('nodes.single-python'), 9);
    expect(figureValue(NODES_FIGURES.usablePython, S, { op: 'toPandas', executors: 5 }).value).toBeCloseTo(essay('nodes.single-python'), 9);
  });

  it('the verdict names the node and the side that runs out', () => {
    expect(clusterVerdict(clusterLoad(S, 'toPandas')).fits).toBe(true);
    const big = clusterVerdict(clusterLoad({ ...S, rows: 1_000_000 }, 'toPandas'));
    expect(big.node?.name).toBe('Driver');
    expect(big.side).toBe('python');
    expect(relDiff(big.need, 1_000_000 * S.dim * (PER_VALUE + 4))).toBeLessThan(1e-9);
    const groups = clusterVerdict(clusterLoad({ ...S, rows: 20_000_000, partitions: 8 }, 'applyInPandas', 2));
    expect(groups.node?.role).toBe('executor');
    // A 10 million-row essay collect also overflows the driver's JVM, which holds all the Arrow data.
    const jvm = clusterLoad({ ...S, rows: 10_000_000 }, 'toPandas').nodes[0];
    expect(jvm && jvm.jvmUsed > jvm.jvmCapacity).toBe(true);
  });

  it('parses executor counts like the scenario fields', () => {
    expect(parseNumber(EXECUTORS_RULE, '3')).toEqual({ ok: true, value: 3 });
    expect(parseNumber(EXECUTORS_RULE, ' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseNumber(EXECUTORS_RULE, '-0')).toEqual({ ok: true, value: 0 });
    expect(parseNumber(EXECUTORS_RULE, String(MAX_EXECUTORS))).toEqual({ ok: true, value: MAX_EXECUTORS });
    for (const bad of ['', '  ', '-1', '0.5', 'abc', '1,5', '1e309', 'NaN', String(MAX_EXECUTORS + 1), '9'.repeat(400), '🙂']) {
      const r = parseNumber(EXECUTORS_RULE, bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Executors /);
    }
  });
});
