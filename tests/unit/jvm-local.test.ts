// Widget-local inputs of the JVM chapter (a typed JVM size, a thread count): the parser refuses every
// hostile value with a message, and the local figures follow independent arithmetic from Spark's docs.
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, figure } from '../../src/engine/figures';
import { figureValue, type FigureSpec } from '../../src/engine/figure-spec';
import { JVM_FIGURES, JVM_GB_RULE, THREADS_RULE, defaultJvmLocalInputs, type JvmLocalInputs } from '../../src/engine/figures-jvm';
import { parseNumber } from '../../src/engine/input';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';

const HOSTILE = ['', '   ', '-1', '0', 'abc', '1,5', '1e309', 'NaN', '9'.repeat(400), '🙂', 'Infinity', '0x10', '1e', '--2'];
const S = DEFAULT_SCENARIO;
const MiB = 1024 ** 2;
// The figures a cell's own inputs (a typed JVM size, a thread count) feed.
const LOCAL = Object.entries(JVM_FIGURES)
  .filter(([key]) => key.startsWith('typed') || key.endsWith('Custom'))
  .map(([, spec]) => spec as FigureSpec<JvmLocalInputs>);

describe('JVM widget-local rules', () => {
  it.each(HOSTILE)('refuses %j with a message for both rules', (raw) => {
    for (const rule of [JVM_GB_RULE, THREADS_RULE]) {
      const r = parseNumber(rule, raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(new RegExp(rule.label));
    }
  });

  it('threads must be whole; a JVM size may be fractional', () => {
    expect(parseNumber(THREADS_RULE, '0.5')).toMatchObject({ ok: false });
    expect(parseNumber(THREADS_RULE, ' 250 ')).toEqual({ ok: true, value: 250 });
    expect(parseNumber(JVM_GB_RULE, '1.5')).toEqual({ ok: true, value: 1.5 });
    // Below Spark's 450 MiB heap plus 384 MiB overhead (834 MiB), with the reason in the message.
    expect(parseNumber(JVM_GB_RULE, '0.87')).toMatchObject({ ok: false, message: expect.stringMatching(/450 MiB.*384 MiB/) });
    expect(parseNumber(JVM_GB_RULE, '0.88')).toEqual({ ok: true, value: 0.88 });
    expect(parseNumber(JVM_GB_RULE, '24001')).toMatchObject({ ok: false });
    expect(parseNumber(THREADS_RULE, '1000001')).toMatchObject({ ok: false });
  });
});

describe('JVM widget-local figures', () => {
  it('are registered, and the registry renders them at the default inputs', () => {
    expect(LOCAL.length).toBe(14);
    for (const spec of LOCAL) {
      const f = figureValue(spec, S, defaultJvmLocalInputs(S));
      expect(FIGURE_IDS).toContain(f.id);
      expect(f).toEqual(figure(f.id, S));
    }
    expect(defaultJvmLocalInputs(S)).toEqual({ jvmGB: 16, threads: 100 });
  });

  it('split a typed 20 GB JVM 60/15/25 and by Spark\'s formula', () => {
    const x = { jvmGB: 20, threads: 100 };
    const v = (spec: FigureSpec<JvmLocalInputs>) => figureValue(spec, S, x).value ?? NaN;
    expect(v(JVM_FIGURES.typedHeapGb)).toBeCloseTo(12, 12);
    expect(v(JVM_FIGURES.typedOffHeapGb)).toBeCloseTo(3, 12);
    expect(v(JVM_FIGURES.typedOverheadGb)).toBeCloseTo(5, 12);
    // heap + max(384 MiB, 0.1 × heap) = 20 GB → heap = 20 / 1.1 GB.
    const heap = 20e9 / 1.1;
    expect(v(JVM_FIGURES.typedSparkHeap)).toBeCloseTo(heap / 1e9, 9);
    expect(v(JVM_FIGURES.typedSparkOverhead)).toBeCloseTo((20e9 - heap) / 1e9, 9);
    expect(v(JVM_FIGURES.typedSparkUnified)).toBeCloseTo((0.6 * (heap - 300 * MiB)) / 1e9, 9);
    expect(v(JVM_FIGURES.typedSparkUser)).toBeCloseTo((0.4 * (heap - 300 * MiB)) / 1e9, 9);
  });

  it('use the 384 MiB floor for a small JVM', () => {
    const f = figureValue(JVM_FIGURES.typedSparkOverhead, S, { jvmGB: 2, threads: 1 });
    expect((f.value ?? 0) * 1e9).toBeCloseTo(384 * MiB, 3);
  });

  it('count thread stacks at 1 MB each, as a share of the 3.5–4 GB overhead', () => {
    const x = { jvmGB: 16, threads: 700 };
    expect(figureValue(JVM_FIGURES.stackTotalCustom, S, x).value).toBe(700);
    const share = figureValue(JVM_FIGURES.stackShareCustom, S, x);
    expect(share.min).toBeCloseTo((100 * 700) / 4000, 9);
    expect(share.max).toBeCloseTo((100 * 700) / 3500, 9);
    expect(figureValue(JVM_FIGURES.stackTotalCustom, S, { ...x, threads: 1500 }).text).toBe('1.5 GB');
  });

  it('never print NaN or Infinity, whatever reaches them', () => {
    for (const x of [{ jvmGB: NaN, threads: NaN }, { jvmGB: Infinity, threads: -5 }, { jvmGB: 0, threads: 0 }]) {
      for (const spec of LOCAL) {
        const f = figureValue(spec, S, x);
        expect(f.text).not.toMatch(/NaN|Infinity/);
        for (const n of [f.value, f.min, f.max]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
      }
    }
  });
});
