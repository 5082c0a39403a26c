import { describe, expect, it } from 'vitest';
import { COMPUTES, arrowOptional, collectsToClient, usesSparkConnect, type Compute } from '../../src/engine/compute';
import { INSTANCES } from '../../src/engine/instances.data';
import {
  DEFAULT_SCENARIO,
  FIELD_RULES,
  FIELD_NAMES,
  parse,
  parseField,
  serialise,
  withField,
  type FieldName,
} from '../../src/engine/scenario';

const q = (s: string) => new URLSearchParams(s);

// The field's message; a link carrying the same text gets an issue naming the field, the text and that message.
function issueFor(field: FieldName, raw: string): string {
  const r = parseField(field, raw);
  if (r.ok) throw new Error(`${field}=${JSON.stringify(raw)} unexpectedly parsed as ${String(r.value)}`);
  expect(parse(new URLSearchParams([[field, raw]])).issues).toEqual([{ field, value: raw, message: r.message }]);
  return r.message;
}

describe('defaults', () => {
  it('an empty query gives the essay scenario and no issues', () => {
    expect(parse(q(''))).toEqual({ scenario: DEFAULT_SCENARIO, issues: [] });
  });

  it('32 partitions: 312,000 rows in Arrow batches of 10,000', () => {
    expect(DEFAULT_SCENARIO.partitions).toBe(Math.ceil(312_000 / 10_000));
  });

  it('serialises the default to an empty query, and full to all fifteen parameters', () => {
    expect(serialise(DEFAULT_SCENARIO).toString()).toBe('');
    expect([...serialise(DEFAULT_SCENARIO, { full: true }).keys()].sort()).toEqual(
      ['avail', 'chunk', 'compute', 'dim', 'dtype', 'heap', 'instance', 'maxresult', 'model', 'notebooks', 'overhead', 'partitions', 'ram', 'reduced', 'rows'],
    );
  });

  it('reads the compute type: the essay’s dedicated by default, refused when unknown', () => {
    expect(DEFAULT_SCENARIO.compute).toBe('dedicated');
    expect(parse(new URLSearchParams('compute=serverless')).scenario.compute).toBe('serverless');
    expect(parse(new URLSearchParams('compute=Connect')).scenario.compute).toBe('connect');
    const bad = parse(new URLSearchParams('compute=k8s'));
    expect(bad.issues).toHaveLength(1);
    expect(bad.scenario.compute).toBe('dedicated');
  });

  it('reads the cluster settings: maxResultSize in GiB (0 for no limit) and 1 to 145 notebooks', () => {
    // Spark's default is 1g; Databricks allows 145 execution contexts a cluster.
    expect(DEFAULT_SCENARIO.maxresult).toBe(1);
    expect(DEFAULT_SCENARIO.notebooks).toBe(1);
    expect(parse(new URLSearchParams('maxresult=0&notebooks=3')).scenario).toMatchObject({ maxresult: 0, notebooks: 3 });
    expect(parse(new URLSearchParams('maxresult=4.5')).scenario.maxresult).toBe(4.5);
    for (const bad of ['notebooks=0', 'notebooks=146', 'notebooks=2.5', 'maxresult=-1', 'maxresult=abc']) {
      const r = parse(new URLSearchParams(bad));
      expect(r.issues.length, bad).toBe(1);
      expect(r.scenario).toEqual(DEFAULT_SCENARIO);
    }
  });

  it('has metadata for every field', () => {
    for (const f of FIELD_NAMES) expect(FIELD_RULES[f].label.length).toBeGreaterThan(0);
  });
});

describe('numeric fields', () => {
  it.each([
    ['rows', '', /Rows is empty/],
    ['rows', '   ', /Rows is empty/],
    ['rows', 'abc', /Rows must be a number \(got "abc"\)/],
    ['rows', '1,5', /group thousands in threes/],
    ['rows', 'NaN', /must be a number/],
    ['rows', 'Infinity', /must be a number/],
    ['rows', '0x10', /must be a number/],
    ['rows', '🚀', /must be a number/],
    ['rows', '1e309', /too large/],
    ['rows', '-5', /at least 1 \(got -5\)/],
    ['rows', '0', /at least 1 \(got 0\)/],
    ['rows', '0.5', /^Rows must be a whole number \(got 0\.5\)\.$/],
    ['rows', '20000000000', /at most 10,000,000,000/],
    ['rows', '9'.repeat(400), /too long/],
    ['dim', '65537', /at most 65,536/],
    ['dim', '1.5', /whole number/],
    ['ram', '0', /at least 1\.4 GB \(got 0\): the driver's heap .* 450 MiB\.$/],
    ['ram', '-28', /at least 1\.4 GB/],
    ['ram', '1', /at least 1\.4 GB/],
    ['ram', '24001', /at most 24,000 GB/],
    ['chunk', '-1', /at least 1/],
    ['reduced', '0', /at least 1/],
    ['partitions', '2.5', /whole number/],
  ] as const)('%s=%j → issue', (field, raw, message) => {
    expect(issueFor(field, raw)).toMatch(message);
  });

  it.each([
    ['rows', ' 312000 ', 312000],
    ['rows', '1e6', 1_000_000],
    ['rows', '+42', 42],
    ['ram', '28.5', 28.5],
    ['ram', '1.4', 1.4],
    ['dim', '65536', 65536],
    ['chunk', '99999999999'.slice(0, 10), 9_999_999_999],
  ] as const)('%s=%j parses', (field, raw, value) => {
    expect(parseField(field, raw)).toEqual({ ok: true, value });
  });

  it('chunk above rows is not an error (the model clamps)', () => {
    expect(parse(q('rows=1000&chunk=50000')).issues).toEqual([]);
  });
});

describe('choice fields', () => {
  it.each([
    ['instance', 'Standard_XL_v9', /Unknown node type "Standard_XL_v9"/],
    ['instance', '', /empty/],
    ['dtype', 'f8', /Unknown dtype "f8"; use f16, bf16, f32, f64/],
    ['dtype', 'float32', /Unknown dtype/],
    ['model', 'guess', /Unknown model "guess"; use essay or measured/],
  ] as const)('%s=%j → issue', (field, raw, message) => {
    expect(issueFor(field, raw)).toMatch(message);
  });

  it('accepts any case and surrounding space, returning the canonical value', () => {
    expect(parseField('instance', ' standard_ds5_V2 ')).toEqual({ ok: true, value: 'Standard_DS5_v2' });
    expect(parseField('dtype', 'BF16')).toEqual({ ok: true, value: 'bf16' });
    expect(parseField('model', 'Measured')).toEqual({ ok: true, value: 'measured' });
    expect(parseField('instance', 'CUSTOM')).toEqual({ ok: true, value: 'custom' });
  });
});

describe('parse', () => {
  it('keeps good fields and falls back to defaults for bad ones, one issue each', () => {
    const { scenario, issues } = parse(q('rows=abc&dim=768&dtype=f99&model=measured'));
    expect(scenario).toEqual({ ...DEFAULT_SCENARIO, dim: 768, model: 'measured' });
    expect(issues.map((i) => i.field)).toEqual(['rows', 'dtype']);
  });

  it('an instance sets its catalogue RAM', () => {
    expect(parse(q('instance=Standard_E8ds_v5')).scenario).toMatchObject({ instance: 'Standard_E8ds_v5', ramGB: 64 });
  });

  it('RAM wins over instance; the node is custom unless they agree', () => {
    expect(parse(q('instance=Standard_E8ds_v5&ram=40')).scenario).toMatchObject({ instance: 'custom', ramGB: 40 });
    expect(parse(q('instance=Standard_E8ds_v5&ram=64')).scenario).toMatchObject({ instance: 'Standard_E8ds_v5', ramGB: 64 });
    expect(parse(q('ram=28')).scenario).toMatchObject({ instance: 'Standard_DS4_v2', ramGB: 28 });
    expect(parse(q('ram=30')).scenario).toMatchObject({ instance: 'custom', ramGB: 30 });
  });

  it('a named node with another RAM is reported as read with a change; a RAM alone is not', () => {
    expect(parse(q('instance=Standard_DS4_v2&ram=14')).issues).toEqual([
      { field: 'ram', value: '14', message: 'Standard_DS4_v2 has 28 GB, so the page sizes a custom 14 GB node.', used: true },
    ]);
    expect(parse(q('ram=14')).issues).toEqual([]);
    expect(parse(q('instance=Standard_DS4_v2&ram=28')).issues).toEqual([]);
  });

  it('a bad RAM falls back to the chosen instance RAM', () => {
    const { scenario, issues } = parse(q('instance=Standard_DS5_v2&ram=-1'));
    expect(scenario).toMatchObject({ instance: 'Standard_DS5_v2', ramGB: 56 });
    expect(issues.map((i) => i.field)).toEqual(['ram']);
  });

  it('a repeated key takes its last value', () => {
    expect(parse(q('rows=1&rows=2000')).scenario.rows).toBe(2000);
    expect(parse(q('rows=2000&rows=oops')).issues.map((i) => i.field)).toEqual(['rows']);
    // Used, and reported as used: the notice names the repetition.
    expect(parse(q('rows=1&rows=2000')).issues).toMatchObject([{ field: 'rows', used: true }]);
  });

  it('ignores unknown parameters (tests/unit/url-state.test.ts lists them)', () => {
    const p = q('rows=10&utm_source=x&Rows=5&utm_source=y');
    expect(parse(p).issues).toEqual([]);
    expect(parse(p).scenario.rows).toBe(10);
  });

  it('never throws on hostile input', () => {
    const nasty = ['<script>alert(1)</script>', '%00', '\u0000', '1'.repeat(10_000), '💥💥', '--1', '1e-400', '.', 'e5'];
    for (const raw of nasty) for (const f of FIELD_NAMES) expect(() => parseField(f, raw)).not.toThrow();
  });
});

describe('withField', () => {
  it('choosing an instance sets its RAM', () => {
    const s = withField(DEFAULT_SCENARIO, 'instance', 'Standard_E16ds_v5');
    expect(s).toMatchObject({ instance: 'Standard_E16ds_v5', ramGB: 128 });
  });

  it('typing RAM makes the node custom unless it equals the current instance RAM', () => {
    expect(withField(DEFAULT_SCENARIO, 'ram', 28)).toEqual(DEFAULT_SCENARIO);
    expect(withField(DEFAULT_SCENARIO, 'ram', '32')).toMatchObject({ instance: 'custom', ramGB: 32 });
  });

  it('choosing custom keeps the current RAM', () => {
    expect(withField(DEFAULT_SCENARIO, 'instance', 'custom')).toMatchObject({ instance: 'custom', ramGB: 28 });
  });

  it('sets numbers, dtype and model; invalid input leaves the scenario unchanged', () => {
    expect(withField(DEFAULT_SCENARIO, 'rows', '1000').rows).toBe(1000);
    expect(withField(DEFAULT_SCENARIO, 'dtype', 'f64').dtype).toBe('f64');
    expect(withField(DEFAULT_SCENARIO, 'model', 'measured').model).toBe('measured');
    expect(withField(DEFAULT_SCENARIO, 'rows', -3)).toBe(DEFAULT_SCENARIO);
    expect(withField(DEFAULT_SCENARIO, 'dim', 'x')).toBe(DEFAULT_SCENARIO);
  });

  it('every catalogue instance round-trips through the URL', () => {
    for (const i of INSTANCES) {
      const s = withField(DEFAULT_SCENARIO, 'instance', i.id);
      expect(parse(serialise(s)).scenario).toEqual(s);
    }
  });
});

describe('compute types', () => {
  // Read in apache/spark: only classic PySpark has a pickled toPandas path
  // (python/pyspark/sql/pandas/conversion.py); Spark Connect's client always converts with Arrow
  // (python/pyspark/sql/connect/client/core.py). Databricks Connect runs the client on the reader's
  // machine (docs.databricks.com/dev-tools/db-connect.html).
  const table: [Compute, { connect: boolean; arrowOptional: boolean; client: boolean }][] = [
    ['dedicated', { connect: false, arrowOptional: true, client: false }],
    ['standard', { connect: true, arrowOptional: false, client: false }],
    ['serverless', { connect: true, arrowOptional: false, client: false }],
    ['connect', { connect: true, arrowOptional: false, client: true }],
  ];
  it('says, for each of the four, whether it is Spark Connect, whether Arrow can be off and where a collect lands', () => {
    expect(table.map(([c]) => c)).toEqual([...COMPUTES]);
    for (const [c, want] of table) {
      expect(usesSparkConnect(c), c).toBe(want.connect);
      expect(arrowOptional(c), c).toBe(want.arrowOptional);
      expect(collectsToClient(c), c).toBe(want.client);
    }
  });
});
