// The one input validator: every number and choice a reader types or a link carries goes through
// parseNumber or parseChoice. Expected verdicts come from the limits the handbook documents for each
// input (written out below), not from the rules or the parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERPRETER_GB_RULE, METADATA_GB_RULE } from '../../src/engine/budget';
import { EXECUTORS_RULE } from '../../src/engine/cluster';
import { JVM_GB_RULE, THREADS_RULE } from '../../src/engine/figures-jvm';
import { oneOf, parseChoice, parseNumber, queryReader, type NumberRule } from '../../src/engine/input';
import { INSTANCES } from '../../src/engine/instances.data';
import { PLAN_PARAM_RULES } from '../../src/engine/planner';
import { FIELD_RULES } from '../../src/engine/scenario';

interface Documented {
  rule: NumberRule;
  label: string;
  /** The smallest accepted value, or the bound just above which values start (exclusive). */
  min: number;
  exclusive: boolean;
  max: number;
  integer: boolean;
}

// Sizes in GB are more than nothing and at most 24,000 GB (the largest Azure VMs, ~11.4 TiB, with
// margin); counts are whole; rows and chunks go to 1e10, dimensions to 65,536, partitions and
// threads to a million, executors from 0 (a single node) to 100.
const GB = { min: 0, exclusive: true, max: 24_000, integer: false };
const DOCUMENTED: Documented[] = [
  // A node from 1.4 GB: its driver heap in the handbook's split (10/28) clears Spark's 450 MiB minimum.
  { rule: FIELD_RULES.ram, label: 'Node RAM', min: 1.4, exclusive: false, max: 24_000, integer: false },
  { rule: FIELD_RULES.rows, label: 'Rows', min: 1, exclusive: false, max: 1e10, integer: true },
  { rule: FIELD_RULES.dim, label: 'Embedding dimension', min: 1, exclusive: false, max: 65_536, integer: true },
  { rule: FIELD_RULES.chunk, label: 'PCA chunk rows', min: 1, exclusive: false, max: 1e10, integer: true },
  { rule: FIELD_RULES.reduced, label: 'Reduced dimension', min: 1, exclusive: false, max: 65_536, integer: true },
  { rule: FIELD_RULES.partitions, label: 'Spark partitions', min: 1, exclusive: false, max: 1_000_000, integer: true },
  // A JVM from Spark's smallest heap (450 MiB, UnifiedMemoryManager) plus its least overhead (384 MiB),
  // rounded up to a whole MB: 0.875 GB.
  { rule: JVM_GB_RULE, label: 'JVM allocation', ...GB, min: Math.ceil(((450 + 384) * 2 ** 20) / 1e6) / 1e3, exclusive: false },
  { rule: THREADS_RULE, label: 'JVM threads', min: 1, exclusive: false, max: 1_000_000, integer: true },
  { rule: EXECUTORS_RULE, label: 'Executors', min: 0, exclusive: false, max: 100, integer: true },
  { rule: METADATA_GB_RULE, label: 'pandas metadata', ...GB },
  { rule: INTERPRETER_GB_RULE, label: 'Interpreter and libraries', ...GB },
];

const accepts = (d: Documented, raw: string, value: number) => expect(parseNumber(d.rule, raw), `${d.label} ← ${raw}`).toEqual({ ok: true, value });
/** Refused, with a message naming the input: exactly `message` when it is a string. */
function refuses(d: Documented, raw: string, message?: RegExp | string): void {
  const r = parseNumber(d.rule, raw);
  expect(r.ok, `${d.label} ← ${JSON.stringify(raw)}`).toBe(false);
  if (r.ok) return;
  expect(r.message.startsWith(`${d.label} `), r.message).toBe(true);
  if (typeof message === 'string') expect(r.message).toBe(message);
  else if (message) expect(r.message).toMatch(message);
}


describe.each(DOCUMENTED.map((d) => [d.label, d] as const))('%s', (_, d) => {
  it('carries its documented label and limits', () => {
    expect(d.rule).toMatchObject({ label: d.label, min: d.min, max: d.max });
    expect(Boolean(d.rule.minExclusive)).toBe(d.exclusive);
    expect(Boolean(d.rule.integer)).toBe(d.integer);
  });

  it('accepts its limits and refuses what lies past them', () => {
    if (d.exclusive) {
      refuses(d, String(d.min), new RegExp(`greater than ${d.min}`));
      accepts(d, '0.001', 0.001);
    } else {
      accepts(d, String(d.min), d.min);
      refuses(d, String(d.min - 1), new RegExp(`at least ${d.min}`));
      if (!d.integer) refuses(d, String(d.min - 0.001), new RegExp(`at least ${d.min}`));
    }
    accepts(d, String(d.max), d.max);
    refuses(d, String(d.max + 1), new RegExp(`at most ${d.max.toLocaleString('en-US')}`));
    if (!d.integer) refuses(d, String(d.max + 0.001), /at most/);
    refuses(d, '-1');
  });

  it(d.integer ? 'takes whole numbers only' : 'takes decimals', () => {
    // 10 lies inside every range.
    if (d.integer) {
      refuses(d, '10.5', `${d.label} must be a whole number (got 10.5).`);
      accepts(d, '10.0', 10);
    } else {
      accepts(d, '10.5', 10.5);
      if (d.min < 0.5) accepts(d, '.5', 0.5);
      else accepts(d, '1.5e1', 15);
    }
  });

  it('reads exponent forms, signs and surrounding space', () => {
    accepts(d, '1e1', 10);
    accepts(d, '1E1', 10);
    accepts(d, '1e+1', 10);
    accepts(d, '100e-1', 10);
    accepts(d, '.5e1', 5);
    accepts(d, '+7', 7);
    accepts(d, ' \t10\n ', 10);
    refuses(d, '1e309', `${d.label} is too large to be a number.`);
    refuses(d, '-1e309', `${d.label} is too large to be a number.`);
    for (const junk of ['1e', 'e5', '1e1.5', '1e--1', '.', '.e1']) refuses(d, junk, /must be a number/);
  });

  it('refuses empty text, over-long text and anything that is not a decimal number', () => {
    for (const empty of ['', '   ', '\t\n']) refuses(d, empty, `${d.label} is empty; enter a number.`);
    // 32 characters is the most a number may have; leading zeros count.
    accepts(d, `${'0'.repeat(30)}10`, 10);
    refuses(d, `${'0'.repeat(31)}10`, `${d.label} is too long to be a number (33 characters).`);
    refuses(d, '9'.repeat(400), /too long to be a number \(400 characters\)/);
    for (const junk of ['abc', 'NaN', 'Infinity', '-Infinity', '0x10', '0b1', '1/2', '½', '١٢٣', '--2', '+-1', '5 GB', '😀']) {
      refuses(d, junk, `${d.label} must be a number (got "${junk}").`);
    }
    refuses(d, 'x'.repeat(30), `${d.label} must be a number (got "${'x'.repeat(23)}…").`);
  });

  it('says why its minimum is where it is, where it has a reason', () => {
    if (d.rule.minWhy) expect(parseNumber(d.rule, String(d.min / 2)).ok === false && (parseNumber(d.rule, String(d.min / 2)) as { message: string }).message).toMatch(/: .+\.$/);
  });

  it('reads thousands grouped by commas, spaces or underscores in threes, and refuses any other grouping', () => {
    // The README's rule, checked on this field's own limits: 1,000 is 1000 wherever 1000 is accepted.
    const thousand = 1000 >= d.min && 1000 <= d.max;
    for (const grouped of ['1,000', '1 000', '1_000', '1\u00a0000', '1\u202f000', '+1,000']) {
      if (thousand) accepts(d, grouped, 1000);
      else expect(parseNumber(d.rule, grouped).ok).toBe(false);
    }
    for (const bad of ['1,5', '2,', '2,50', '1000,000', ',500', '2,500_000', '1,000e2', '1,0000']) {
      refuses(d, bad, `${d.label} must group thousands in threes, as in 2,500,000 or 2 500 000, with a point for decimals (got "${bad}").`);
    }
    refuses(d, '2.500.000', `${d.label} takes a point for decimals and commas for thousands, as in 2,500,000 (got "2.500.000").`);
  });

  it('never yields NaN, an infinity, -0 or a value outside its limits, whatever the text', () => {
    const numeric = fc.oneof(
      fc.double().map(String),
      fc.integer().map(String),
      fc.stringMatching(/^\s?[+-]?\d{0,12}(\.\d{0,6})?(e[+-]?\d{1,4})?\s?$/),
    );
    fc.assert(
      fc.property(fc.oneof(numeric, fc.string({ unit: 'binary', maxLength: 40 })), (raw) => {
        const r = parseNumber(d.rule, raw);
        if (!r.ok) {
          expect(r.message.startsWith(`${d.label} `)).toBe(true);
          return;
        }
        expect(Number.isFinite(r.value)).toBe(true);
        expect(Object.is(r.value, -0)).toBe(false);
        expect(d.exclusive ? r.value > d.min : r.value >= d.min).toBe(true);
        expect(r.value).toBeLessThanOrEqual(d.max);
        if (d.integer) expect(Number.isInteger(r.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts exactly the numbers inside its documented limits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -10, max: 1000 }), fc.maxSafeInteger(), fc.constantFrom(d.min - 1, d.min, d.max, d.max + 1)), (x) => {
        const text = String(x);
        const inRange = (d.exclusive ? x > d.min : x >= d.min) && x <= d.max && (!d.integer || Number.isInteger(x));
        const r = parseNumber(d.rule, text);
        expect(r.ok, text).toBe(inRange && text.length <= 32);
        if (r.ok) expect(r.value).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseNumber', () => {
  it('reads "-0" as zero, never as -0', () => {
    const r = parseNumber(EXECUTORS_RULE, '-0');
    expect(r).toEqual({ ok: true, value: 0 });
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  it('prints a unit after the limits only when the rule has one', () => {
    expect(parseNumber(FIELD_RULES.ram, '30000')).toEqual({ ok: false, message: 'Node RAM must be at most 24,000 GB (got 30000).' });
    expect(parseNumber(FIELD_RULES.rows, '0')).toEqual({ ok: false, message: 'Rows must be at least 1 (got 0).' });
  });

  it('quotes what the reader typed, not a reformatted number', () => {
    expect(parseNumber(FIELD_RULES.rows, ' 2e10 ')).toEqual({ ok: false, message: 'Rows must be at most 10,000,000,000 (got 2e10).' });
  });
});

describe('parseChoice', () => {
  const DTYPE_LIST = 'use f16, bf16, f32, f64';
  it.each([
    [FIELD_RULES.dtype, ['f16', 'bf16', 'f32', 'f64']],
    [FIELD_RULES.model, ['essay', 'measured']],
    [PLAN_PARAM_RULES.pca, ['none', 'chunked', 'unchunked']],
    [PLAN_PARAM_RULES.pipeline, ['collect', 'stream']],
    [FIELD_RULES.instance, [...INSTANCES.map((i) => i.id), 'custom']],
  ] as const)('%# accepts its documented choices in any case and spacing, canonically', (rule, choices) => {
    for (const c of choices) {
      expect(parseChoice(rule, c)).toEqual({ ok: true, value: c });
      expect(parseChoice(rule, ` ${c.toUpperCase()} `)).toEqual({ ok: true, value: c });
    }
  });

  it('names the input and says what to type instead', () => {
    expect(parseChoice(FIELD_RULES.dtype, '')).toEqual({ ok: false, message: `Dtype is empty; ${DTYPE_LIST}.` });
    expect(parseChoice(FIELD_RULES.dtype, 'float32')).toEqual({ ok: false, message: `Unknown dtype "float32"; ${DTYPE_LIST}.` });
    expect(parseChoice(FIELD_RULES.model, 'guess')).toEqual({ ok: false, message: 'Unknown model "guess"; use essay or measured.' });
    expect(parseChoice(PLAN_PARAM_RULES.pipeline, 'teleport')).toEqual({ ok: false, message: 'Unknown pipeline "teleport"; use collect, stream.' });
    expect(parseChoice(FIELD_RULES.instance, 'Standard_XL_v9')).toMatchObject({ ok: false, message: expect.stringMatching(/^Unknown node type "Standard_XL_v9"; pick a node type from the list/) });
  });

  it('refuses text longer than 64 characters without quoting it, and cuts long quotes short', () => {
    expect(parseChoice(PLAN_PARAM_RULES.pca, 'x'.repeat(65))).toEqual({ ok: false, message: 'PCA is too long; use none, chunked, unchunked.' });
    expect(parseChoice(PLAN_PARAM_RULES.pca, 'x'.repeat(64))).toEqual({ ok: false, message: `Unknown pca "${'x'.repeat(23)}…"; use none, chunked, unchunked.` });
  });

  it('never accepts anything outside its list', () => {
    const rule = oneOf('Colour', ['red', 'green'] as const);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const r = parseChoice(rule, raw);
        if (r.ok) expect(['red', 'green']).toContain(r.value);
        else expect(r.message).toMatch(/^(Colour is|Unknown colour)/);
        expect(r.ok).toBe(['red', 'green'].includes(raw.trim().toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });
});

describe('queryReader', () => {
  it('reads the last of a repeated key and says so, skips absent ones and names every refusal once', () => {
    const { read, issues } = queryReader<'rows' | 'dim' | 'chunk'>(new URLSearchParams('rows=5&rows=7&dim=abc'));
    expect(read('rows', (raw) => parseNumber(FIELD_RULES.rows, raw))).toBe(7);
    expect(read('dim', (raw) => parseNumber(FIELD_RULES.dim, raw))).toBeUndefined();
    expect(read('chunk', (raw) => parseNumber(FIELD_RULES.chunk, raw))).toBeUndefined();
    expect(issues).toEqual([
      { field: 'rows', value: '5, 7', message: 'rows is given 2 times; the last, “7”, is used.', used: true },
      { field: 'dim', value: 'abc', message: 'Embedding dimension must be a number (got "abc").' },
    ]);
  });
});
