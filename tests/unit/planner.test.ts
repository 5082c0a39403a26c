// The job planner: phases, peak, node choice, rules and its own query parameters. Expected values are
// worked out here from the essay's literals, the measurement fixture and Microsoft's size tables, not
// read back from the planner.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figure } from '../../src/engine/figures';
import {
  PCA_MODES,
  PIPELINES,
  PLAN_PARAM_RULES,
  plan,
  planBoth,
  planParams,
  readPlanParams,
} from '../../src/engine/planner';
import { parseChoice } from '../../src/engine/input';
import { DEFAULT_SCENARIO, parse, type Scenario } from '../../src/engine/scenario';
import { candidates, cloudOf, pythonBudget, smallestFitting } from '../fixtures/node-catalogue';
import { GROUND_TRUTH as GROUND_TRUTH_FIXTURE } from '../fixtures/readers';
import { scenarioArb } from './arbitraries';

const GB = 1e9;

const essay: Scenario = { ...DEFAULT_SCENARIO, model: 'essay' };
const measured: Scenario = { ...DEFAULT_SCENARIO, model: 'measured' };

const bytesPerRow = (name: string) => (GROUND_TRUTH_FIXTURE.measurements[name] as { bytes_per_row: number }).bytes_per_row;

// The essay's scenario: 312,000 rows × 1536 float32, 50,000-row chunks, reduced to 128.
const ROWS = 312_000;
const DIM = 1536;
const ARRAY_F32 = ROWS * DIM * 4; // 1.916928 GB
const ESSAY_BASE = 0.5 * GB + 0.1 * GB; // interpreter + metadata lines of the essay's ledger
const CHUNK_F64 = 50_000 * DIM * 8; // 614.4 MB
const ALL_F64 = ROWS * DIM * 8; // 3.833856 GB
const OUTPUT_F64 = ROWS * 128 * 8; // 319.488 MB

describe('phases and peak, essay model', () => {
  it('collect + chunked PCA peaks while loading: base + the essay’s 5 GB frame + the new array', () => {
    const p = plan(essay, { pipeline: 'collect', pca: 'chunked' });
    const expected = ESSAY_BASE + 5 * GB + ARRAY_F32;
    expect(p.peak.id).toBe('load');
    expect(p.peak.python).toBeCloseTo(expected, -3);
    expect(p.peak.label).toMatch(/toPandas/);
    // The essay holds all the Arrow data in the JVM at step 1.
    expect(p.jvmPeak).toBeCloseTo(ARRAY_F32, -3);
    expect(p.phases.map((x) => x.id)).toEqual(['load', 'resident', 'pca']);
    expect(p.phases[1]!.python).toBeCloseTo(ESSAY_BASE + ARRAY_F32, -3);
    expect(p.phases[2]!.python).toBeCloseTo(ESSAY_BASE + ARRAY_F32 + CHUNK_F64 + OUTPUT_F64, -3);
    expect(p.node?.id).toBe(smallestFitting(expected));
    expect(p.node?.id).toBe('Standard_DS12_v2');
  });

  it('stream + chunked PCA peaks in the PCA transform, and a DS3_v2 is enough', () => {
    const p = plan(essay, { pipeline: 'stream', pca: 'chunked' });
    const partition = Math.ceil(ROWS / 32) * DIM * 28; // one partition as 28-byte Python floats
    const load = ESSAY_BASE + partition + ARRAY_F32;
    const pca = ESSAY_BASE + ARRAY_F32 + CHUNK_F64 + OUTPUT_F64;
    expect(p.phases[0]!.python).toBeCloseTo(load, -3);
    expect(p.peak.id).toBe('pca');
    expect(p.peak.python).toBeCloseTo(pca, -3);
    expect(p.peak.label).toMatch(/chunks of 50,000 rows/);
    expect(p.node?.id).toBe(smallestFitting(pca));
    // 3.45 GB needs 4.31 GB of Python share with headroom, 10.1 GiB of node: the 14 GiB DS11_v2 has the
    // fewest cores of Azure's 14 GiB nodes.
    expect(p.node?.id).toBe('Standard_DS11_v2');
  });

  it('unchunked PCA centres every row in float64', () => {
    const p = plan(essay, { pipeline: 'stream', pca: 'unchunked' });
    expect(p.peak.id).toBe('pca');
    expect(p.peak.python).toBeCloseTo(ESSAY_BASE + ARRAY_F32 + ALL_F64 + OUTPUT_F64, -3);
    expect(p.node?.id).toBe(smallestFitting(p.peak.python));
  });

  it('no PCA: only loading and the residents', () => {
    const p = plan(essay, { pipeline: 'stream', pca: 'none' });
    expect(p.phases.map((x) => x.id)).toEqual(['load', 'resident']);
  });
});

describe('phases and peak, measured model', () => {
  it('collect: interpreter + the essay’s metadata columns + the measured np.array(tolist) peak per row', () => {
    const p = plan(measured, { pipeline: 'collect', pca: 'chunked' });
    const baseline = GROUND_TRUTH_FIXTURE.measurements.notes.baseline_rss_after_imports_MB.venv_numpy_pandas_pyarrow! * 1e6;
    // No string columns were measured, so both models carry the essay's 0.1 GB at its rows. The
    // measured peak per row already holds the frame, its cell views included.
    const metadata = 0.1 * GB;
    const expected = baseline + metadata + ROWS * bytesPerRow('arrow_pandas_then_np_array_float32_peak_rss');
    expect(p.peak.id).toBe('load');
    expect(p.peak.python).toBeCloseTo(expected, -3);
    // 4.09 GB fits the 4.8 GB (80 % of 6 GB, 14 × 12/28) of Azure's smallest 14 GiB node, the DS11_v2.
    expect(p.node?.id).toBe(smallestFitting(expected));
    expect(p.node?.id).toBe('Standard_DS11_v2');
  });

  it('planBoth answers for each model whatever the scenario says', () => {
    const both = planBoth({ ...DEFAULT_SCENARIO, model: 'measured' });
    expect(both.essay.model).toBe('essay');
    expect(both.measured.model).toBe('measured');
    expect(both.essay.peak.python).toBeCloseTo(plan(essay).peak.python, 0);
  });
});

describe('node choice', () => {
  it('nothing in the catalogue fits a billion rows: no node, a shortfall, and the JVM rule', () => {
    const p = plan({ ...essay, rows: 1e9 }, { pipeline: 'stream', pca: 'chunked' });
    expect(p.node).toBeUndefined();
    const azure = candidates();
    const largest = 0.8 * Math.max(...azure.map(pythonBudget));
    expect(p.shortfall).toBeCloseTo(p.peak.python - largest, -3);
    expect(p.rules.map((r) => r.id)).toContain(7);
  });

  it('is the smallest node that fits with 20 % headroom, for any scenario and options', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...PCA_MODES), fc.constantFrom(...PIPELINES), (s, pca, pipeline) => {
        const p = plan(s, { pca, pipeline });
        expect(Number.isFinite(p.peak.python)).toBe(true);
        expect(p.peak.python).toBe(Math.max(...p.phases.map((x) => x.python)));
        // Each other attached notebook's REPL holds an interpreter: the essay's 0.5 GB, or the measured
        // baseline RSS after importing numpy, pandas and pyarrow.
        const interpreter = s.model === 'essay' ? 0.5 * GB : GROUND_TRUTH_FIXTURE.measurements.notes.baseline_rss_after_imports_MB.venv_numpy_pandas_pyarrow! * 1e6;
        const room = (n: ReturnType<typeof candidates>[number]) => Math.max(0, pythonBudget(n) - (s.notebooks - 1) * interpreter);
        const expected = candidates({ cloud: cloudOf(s.instance), family: 'all' }).find((n) => p.peak.python <= 0.8 * room(n) && p.jvmPeak <= (n.ram * 14) / 28 * GB)?.id;
        expect(p.node?.id).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reports the scenario’s own node, catalogue or custom', () => {
    expect(plan(essay).current.id).toBe('Standard_DS4_v2');
    expect(plan(essay).current.pythonBudget).toBe(12 * GB);
    const custom = plan({ ...essay, instance: 'custom', ramGB: 7 });
    expect(custom.current.id).toBe('custom');
    expect(custom.current.pythonBudget).toBeCloseTo(3 * GB, -3);
    expect(custom.current.fits).toBe(false);
  });
});

describe('rules that apply', () => {
  const ids = (s: Scenario, o: Parameters<typeof plan>[1]) => plan(s, o).rules.map((r) => r.id);
  it('collect points at rule 2, stream at rule 3', () => {
    expect(ids(essay, { pipeline: 'collect', pca: 'none' })).toEqual([1, 2]);
    expect(ids(essay, { pipeline: 'stream', pca: 'none' })).toEqual([1, 3]);
  });
  it('PCA brings rules 4 and 5, float64 rule 6, a node that is too small rules 7 and 8', () => {
    expect(ids(essay, { pipeline: 'stream', pca: 'unchunked' })).toEqual([1, 3, 4, 5]);
    expect(ids({ ...essay, dtype: 'f64' }, { pipeline: 'stream', pca: 'none' })).toContain(6);
    expect(ids({ ...essay, instance: 'Standard_DS3_v2', ramGB: 14 }, { pipeline: 'collect', pca: 'chunked' })).toEqual([1, 2, 4, 5, 7, 8]);
  });
});

describe('query parameters pca and pipeline', () => {
  it('reads good values (any case) and names each bad one, keeping the default for it only', () => {
    expect(readPlanParams(new URLSearchParams('pca=Unchunked&pipeline=STREAM')).options).toMatchObject({ pca: 'unchunked', pipeline: 'stream' });
    const r = readPlanParams(new URLSearchParams('pca=<script>alert(1)</script>&pipeline=stream'));
    expect(r.options).toMatchObject({ pca: 'chunked', pipeline: 'stream' });
    expect(r.issues.map((i) => i.field)).toEqual(['pca']);
    expect(r.issues[0]!.message).toMatch(/none, chunked, unchunked/);
    const both = readPlanParams(new URLSearchParams('pca=&pipeline=' + 'x'.repeat(500)));
    expect(both.issues.map((i) => i.field)).toEqual(['pca', 'pipeline']);
    expect(both.issues[1]!.message.length).toBeLessThan(120);
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const r = parseChoice(PLAN_PARAM_RULES.pca, raw);
        if (r.ok) expect(PCA_MODES).toContain(r.value);
        else expect(r.message).toMatch(/\bpca\b/i);
      }),
    );
  });

  it('writes only what differs from the defaults, and both when asked for the full link', () => {
    expect(planParams({ pca: 'chunked', pipeline: 'collect' }).toString()).toBe('');
    expect(planParams({ pca: 'none', pipeline: 'stream' }).toString()).toBe('pca=none&pipeline=stream');
    expect(planParams({}, { full: true }).toString()).toBe('pca=chunked&pipeline=collect&cloud=node&family=all&list=top');
    expect(planParams({ cloud: 'aws', family: 'memory' }).toString()).toBe('cloud=aws&family=memory');
  });

  it('the scenario ignores them (tests/unit/url-state.test.ts: nor are they unknown on /plan/)', () => {
    const params = new URLSearchParams('rows=1000&pca=none&pipeline=stream&utm=1');
    expect(parse(params).issues).toEqual([]);
    expect(parse(params).scenario.rows).toBe(1000);
  });
});

describe('plan figures', () => {
  it('carry the planner’s numbers for each option pair', () => {
    expect(figure('plan.collect.chunked.peak', essay).value).toBeCloseTo((ESSAY_BASE + 5 * GB + ARRAY_F32) / GB, 6);
    expect(figure('plan.stream.chunked.phase.pca', essay).value).toBeCloseTo((ESSAY_BASE + ARRAY_F32 + CHUNK_F64 + OUTPUT_F64) / GB, 6);
    expect(figure('plan.collect.chunked.node-ram', essay).value).toBe(28);
    expect(figure('plan.stream.chunked.node-ram', essay).value).toBe(14);
    expect(figure('plan.headroom', essay).value).toBe(20);
    expect(figure('plan.collect.chunked.node-use', essay).value).toBeCloseTo((100 * (ESSAY_BASE + 5 * GB + ARRAY_F32)) / (12 * GB), 6);
  });
});
