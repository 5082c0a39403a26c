// Property tests: any valid scenario, any junk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, figure } from '../../src/engine/figures';
import { INSTANCES } from '../../src/engine/instances.data';
import { listsRssPerRow, listsTracemallocPerRow, numpyBytes, storageSize, STORAGE_KINDS } from '../../src/engine/python-objects';
import {
  DEFAULT_SCENARIO,
  FIELD_RULES,
  FIELD_NAMES,
  parse,
  parseField,
  serialise,
  type FieldName,
  type NumberFieldName,
  type Scenario,
} from '../../src/engine/scenario';
import { DTYPES } from '../../src/engine/units';
import { scenarioArb } from './arbitraries';

// Also the small end, where rounding and unit fallbacks matter.
const smallScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    rows: fc.integer({ min: 1, max: 5000 }),
    dim: fc.integer({ min: 1, max: 64 }),
    chunk: fc.integer({ min: 1, max: 100 }),
    ram: fc.double({ min: FIELD_RULES.ram.min, max: 2, noNaN: true }),
  })
  .map(({ rows, dim, chunk, ram }) => ({ ...DEFAULT_SCENARIO, instance: 'custom', ramGB: ram, rows, dim, chunk }));

const anyScenario = fc.oneof(scenarioArb, smallScenarioArb);

const SIZE_IDS = [
  'python.list-of-lists',
  'python.numpy-f32',
  'python.faer-mat',
  'python.lol-rss',
  'python.lol-tracemalloc',
  'topandas.arrow-jvm',
  'topandas.pandas-python',
  'topandas.peak',
  'topandas.peak-with-stack',
  'topandas.tolist-extra',
  'topandas.stream-peak',
  'budget.embeddings',
  'budget.pca-unchunked',
  'nodes.reduced-data',
  ...STORAGE_KINDS.map((k) => `python.storage.${k.kind}.total`),
];

function scalar(id: string, s: Scenario): number {
  const f = figure(id, s);
  return f.value ?? f.max ?? Number.NaN;
}

describe('properties', () => {
  it('parse(serialise(s)) deep-equals s, default and full', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(parse(serialise(s))).toEqual({ scenario: s, issues: [] });
        expect(parse(serialise(s, { full: true }))).toEqual({ scenario: s, issues: [] });
      }),
    );
  });

  it('every figure is finite, non-negative and has clean text for any valid scenario', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        for (const id of FIGURE_IDS) {
          const f = figure(id, s);
          const nums = [f.value, f.min, f.max].filter((x): x is number => x !== undefined);
          expect(nums.length, id).toBeGreaterThan(0);
          for (const n of nums) {
            expect(Number.isFinite(n), `${id} = ${n}`).toBe(true);
            expect(n, id).toBeGreaterThanOrEqual(0);
          }
          if (f.min !== undefined && f.max !== undefined) expect(f.min, id).toBeLessThanOrEqual(f.max);
          expect(f.text, id).toMatch(/\d/);
          expect(f.text, id).not.toMatch(/NaN|Infinity|undefined|^-|e[+-]\d/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('sizes grow with rows and with dim', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 4096 }), (s, dRows, dDim) => {
        const base = { ...s, rows: Math.min(s.rows, 1e9), dim: Math.min(s.dim, 60_000) };
        const moreRows = { ...base, rows: base.rows + dRows };
        const moreDim = { ...base, dim: base.dim + dDim };
        for (const id of SIZE_IDS) {
          expect(scalar(id, moreRows), `${id} rows`).toBeGreaterThanOrEqual(scalar(id, base));
          expect(scalar(id, moreDim), `${id} dim`).toBeGreaterThanOrEqual(scalar(id, base));
        }
        expect(listsRssPerRow(moreDim.dim)).toBeGreaterThan(listsRssPerRow(base.dim));
        expect(listsTracemallocPerRow(moreDim.dim, true)).toBeGreaterThan(listsTracemallocPerRow(base.dim, true));
      }),
      { numRuns: 60 },
    );
  });

  it('f32 is half of f64', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(numpyBytes(s.rows, s.dim, 'f32') * 2).toBe(numpyBytes(s.rows, s.dim, 'f64'));
        const f32 = storageSize('numpy-f32', s.rows, s.dim, s.model).total;
        const f64 = storageSize('numpy-f64', s.rows, s.dim, s.model).total;
        expect(f32 / f64).toBe(0.5);
        const e32 = scalar('budget.embeddings', { ...s, dtype: 'f32' });
        const e64 = scalar('budget.embeddings', { ...s, dtype: 'f64' });
        expect(e32 / e64).toBeCloseTo(0.5, 12);
      }),
    );
  });

  const numericFields: NumberFieldName[] = ['ram', 'rows', 'dim', 'chunk', 'reduced', 'partitions'];
  const choiceFields: FieldName[] = ['instance', 'dtype', 'model'];
  const allowed: Record<string, string[]> = {
    instance: [...INSTANCES.map((i) => i.id.toLowerCase()), 'custom'],
    dtype: [...DTYPES],
    model: ['essay', 'measured'],
  };

  it('any string for any field parses or yields an issue, and never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_NAMES), fc.string({ unit: 'binary', maxLength: 80 }), (field, raw) => {
        const r = parseField(field, raw);
        if (!r.ok) {
          expect(r.message.toLowerCase()).toContain(FIELD_RULES[field].label.toLowerCase());
          expect(r.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('junk in a numeric field (anything with a non-numeric character) yields an issue', () => {
    const junk = fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('a', ',', '$', '💥', '#', '_', 'x', '/', '%', '\u00a0'), fc.string({ maxLength: 10 }))
      .map(([a, c, b]) => `${a}${c}${b}`)
      .filter((s) => !/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(s));
    fc.assert(
      fc.property(fc.constantFrom(...numericFields), junk, (field, raw) => {
        const r = parseField(field, raw);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('out-of-range and fractional numbers yield issues', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numericFields), fc.double({ noNaN: true }), (field, x) => {
        const rule = FIELD_RULES[field];
        const inRange = (rule.minExclusive ? x > rule.min : x >= rule.min) && x <= rule.max && (!rule.integer || Number.isInteger(x));
        const r = parseField(field, String(x));
        expect(r.ok).toBe(inRange && String(x).length <= 32);
      }),
      { numRuns: 2000 },
    );
  });

  it('anything not in a choice list yields an issue', () => {
    fc.assert(
      fc.property(fc.constantFrom(...choiceFields), fc.string({ maxLength: 30 }), (field, raw) => {
        fc.pre(!(allowed[field] ?? []).includes(raw.trim().toLowerCase()));
        expect(parseField(field, raw).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
