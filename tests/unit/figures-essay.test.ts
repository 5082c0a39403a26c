// Every figure of figures.json, reproduced by the essay model with the default scenario.
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, FIGURE_META, figure, hasFigure } from '../../src/engine/figures';
import { applyRounding, type Rounding } from '../../src/engine/format';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';
import { FIGURES_FIXTURE, relDiff, type FixtureFigure } from '../fixtures/readers';

const ROUNDING: Record<string, Rounding> = {
  '1 decimal': { decimals: 1 },
  'to whole KB': { decimals: 0 },
  'whole GB': { decimals: 0 },
  '1 significant figure': { sig: 1 },
  'to 2 significant figures': { sig: 2 },
};

function roundingOf(f: FixtureFigure): Rounding | undefined {
  if (f.rounding === undefined) return undefined;
  const r = ROUNDING[f.rounding];
  if (!r) throw new Error(`figures.json uses a rounding the test does not know: "${f.rounding}"`);
  return r;
}

const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, bn: 1e9 };

// "~14–16 GB" → [14, 16]; "~1.5M" → [1500000]; "12,344 B" → [12344].
export function numbersIn(text: string): number[] {
  return [...text.replace(/,/g, '').matchAll(/(\d+(?:\.\d+)?)(K|M|bn)?/g)].map(
    (m) => Number(m[1]) * (m[2] ? (SUFFIX[m[2]] ?? 1) : 1),
  );
}

// The essay's wording carries no figure for these; the text is checked against the value instead.
const NO_NUMBER_IN_ESSAY: Record<string, string> = {
  'rules.f32-halves': '"f32 halves memory" states the 0.5 in words',
};

const essayScenario = { ...DEFAULT_SCENARIO, model: 'essay' as const };

describe('figures.json fixture', () => {
  it('has the 58 figures the essay documents, all in the registry', () => {
    expect(FIGURES_FIXTURE.figures).toHaveLength(58);
    const missing = FIGURES_FIXTURE.figures.map((f) => f.id).filter((id) => !FIGURE_IDS.includes(id));
    expect(missing).toEqual([]);
  });

  it('the default scenario is the essay scenario', () => {
    const s = FIGURES_FIXTURE.scenario;
    expect(DEFAULT_SCENARIO).toMatchObject({
      instance: s.instance,
      ramGB: s.nodeRamGB,
      rows: s.rows,
      dim: s.dim,
      dtype: s.dtype,
      reduced: s.reducedDim,
      chunk: s.chunkRows,
      model: 'essay',
    });
  });
});

describe.each(FIGURES_FIXTURE.figures.map((f) => [f.id, f] as const))('%s', (id, f) => {
  const got = figure(id, essayScenario);
  const rounding = roundingOf(f);

  it('is registered with the fixture unit, chapter and kind', () => {
    expect(hasFigure(id)).toBe(true);
    expect(got.unit).toBe(f.unit);
    expect(FIGURE_META[id]?.chapter).toBe(f.chapter);
    expect(got.estimate).toBe(f.kind === 'estimate');
  });

  it(`reproduces the value${rounding ? ` to ${f.rounding}` : ' exactly'}`, () => {
    const pairs: [number | undefined, number | undefined][] =
      f.value !== undefined ? [[got.value, f.value]] : [[got.min, f.min], [got.max, f.max]];
    expect(got.value === undefined).toBe(f.value === undefined);
    for (const [engine, essay] of pairs) {
      expect(engine).toBeTypeOf('number');
      expect(essay).toBeTypeOf('number');
      if (rounding) expect(applyRounding(engine as number, rounding)).toBe(applyRounding(essay as number, rounding));
      else expect(relDiff(engine as number, essay as number)).toBeLessThanOrEqual(1e-9);
    }
  });

  it(`shows the essay's number in its text ("${f.essay}")`, () => {
    const expected = (f.value !== undefined ? [f.value] : [f.min as number, f.max as number]).map((x) =>
      rounding ? applyRounding(x, rounding) : x,
    );
    expect(numbersIn(got.text)).toEqual(expected);
    if (!(id in NO_NUMBER_IN_ESSAY)) {
      const inEssay = numbersIn(f.essay.replace(/(\d)-(\d)/g, '$1 $2'));
      for (const n of expected) expect(inEssay).toContain(n);
    }
    expect(got.text.includes('~')).toBe(f.essay.includes('~'));
    expect(got.text).not.toMatch(/NaN|Infinity|undefined/);
  });
});
