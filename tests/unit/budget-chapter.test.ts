// The budget chapter's engine additions: edited ledgers, the PCA plan, the instance table's best fit
// and sorting, the ledger's own input parser and the rules data. Expected values are independent
// arithmetic from the essay (12 − 1.9 − 0.1 − 0.5 GB; rows × dim × bytes), not engine output.
import { describe, expect, it } from 'vitest';
import { INTERPRETER_GB_RULE, METADATA_GB_RULE, budgetLedger, pcaPlan } from '../../src/engine/budget';
import { parseNumber } from '../../src/engine/input';
import { figure } from '../../src/engine/figures';
import { figureValue, type FigureSpec } from '../../src/engine/figure-spec';
import { BUDGET_FIGURES, type LedgerEdits } from '../../src/engine/figures-budget';
import type { LedgerOverrides } from '../../src/engine/budget';
import { bestFitInstance, instanceTable, sortInstanceRows } from '../../src/engine/instances';
import { RULES } from '../../src/engine/rules.data';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/engine/scenario';

const S = DEFAULT_SCENARIO;
const GB = 1e9;

// The budget figures that read the ledger: the ones that take the ledger's edits as their parameters
// (the others publish one parameterless id).
const LEDGER_SPECS = Object.values(BUDGET_FIGURES).filter((spec) => spec.published(S)[0] !== undefined) as FigureSpec<LedgerEdits>[];
const ledgerFigure = (spec: FigureSpec<LedgerEdits>, s: Scenario, overrides: LedgerOverrides = {}) => figureValue(spec, s, { overrides, options: {} });

describe('edited ledger figures', () => {
  it('without edits they are the registry figures', () => {
    expect(LEDGER_SPECS.length).toBe(11);
    for (const spec of LEDGER_SPECS) {
      for (const s of [S, { ...S, rows: 1_000_000, dim: 768 }, { ...S, model: 'measured' as const }]) {
        const f = ledgerFigure(spec, s);
        expect(f).toEqual(figure(f.id, s));
      }
    }
  });

  it('edited metadata and interpreter lines change the remainder', () => {
    const f = ledgerFigure(BUDGET_FIGURES.remaining, S, { metadata: 0.3 * GB, interpreter: 1.2 * GB });
    // 12 − 312000 × 1536 × 4 B − 0.3 − 1.2 GB
    expect(f.value).toBeCloseTo(12 - (312_000 * 1536 * 4) / GB - 0.3 - 1.2, 9);
    expect(ledgerFigure(BUDGET_FIGURES.metadata, S, { metadata: 0.3 * GB }).value).toBeCloseTo(0.3, 12);
  });

  it('an edited ledger publishes under its own ids: no page quotes the model ledger and an edited one under one id', () => {
    const published = new Set(LEDGER_SPECS.map((spec) => ledgerFigure(spec, S).id));
    const edits: LedgerEdits[] = [
      { overrides: { metadata: 0.3 * GB }, options: {} },
      { overrides: { interpreter: 1.2 * GB }, options: {} },
      { overrides: {}, options: { frameAlive: true } },
    ];
    for (const e of edits) {
      for (const spec of LEDGER_SPECS) {
        const model = figureValue(spec, S, { overrides: {}, options: {} });
        const edited = figureValue(spec, S, e);
        // A number the edit moved has an id no page publishes; one it leaves alone keeps the model's id.
        if (edited.value !== model.value) {
          expect(published.has(edited.id), `${model.id} edited by ${JSON.stringify(e)}`).toBe(false);
          expect(edited.id).toBe(`${model.id}-edited`);
        }
      }
    }
    // The lines an edit cannot move keep their id: what is available, the embeddings, the other line.
    const onlyMeta = edits[0]!;
    expect(figureValue(BUDGET_FIGURES.available, S, onlyMeta).id).toBe('budget.available');
    expect(figureValue(BUDGET_FIGURES.embeddings, S, onlyMeta).id).toBe('budget.embeddings');
    expect(figureValue(BUDGET_FIGURES.interpreter, S, onlyMeta).id).toBe('budget.interpreter');
    expect(figureValue(BUDGET_FIGURES.remaining, S, onlyMeta).id).toBe('budget.remaining-edited');
  });

  it('a frame left alive becomes a resident line', () => {
    const l = budgetLedger(S, {}, { frameAlive: true });
    const frame = l.lines.find((x) => x.id === 'frame');
    expect(frame?.bytes).toBeGreaterThan(312_000 * 1536 * 4);
    expect(l.remaining).toBeCloseTo(budgetLedger(S).remaining - (frame?.bytes ?? 0), 0);
    expect(budgetLedger(S).lines.some((x) => x.id === 'frame')).toBe(false);
  });

  it('a negative remainder floors at 0 and reports the shortfall', () => {
    const s: Scenario = { ...S, rows: 2_000_000 };
    // 12 GB − 2e6 × 1536 × 4 B − 0.1 × 2e6/312e3 − 0.5
    const expected = 12 - (2e6 * 1536 * 4) / GB - (0.1 * 2e6) / 312_000 - 0.5;
    expect(expected).toBeLessThan(0);
    expect(ledgerFigure(BUDGET_FIGURES.remaining, s).value).toBe(0);
    expect(ledgerFigure(BUDGET_FIGURES.shortfall, s).value).toBeCloseTo(-expected, 9);
  });
});

describe('PCA plan', () => {
  it("the essay's case: 600 MB chunks, 3.8 GB unchunked, every row fits", () => {
    const p = pcaPlan(S);
    expect(p.chunkBytes).toBe(50_000 * 1536 * 8);
    expect(p.unchunkedBytes).toBe(312_000 * 1536 * 8);
    expect(p.chunkFits && p.unchunkedFits && p.wholeFits).toBe(true);
    expect(p.largestChunk).toBe(312_000);
  });

  it('when the whole matrix does not fit, the largest chunk is remainder ÷ (dim × 8)', () => {
    const s: Scenario = { ...S, instance: 'Standard_DS3_v2', ramGB: 14, rows: 500_000 };
    const p = pcaPlan(s);
    const remaining = (14 * 3) / 7 * GB - 500_000 * 1536 * 4 - (0.1 * GB * 500_000) / 312_000 - 0.5 * GB;
    expect(p.remaining).toBeCloseTo(remaining, 0);
    expect(p.unchunkedFits).toBe(false);
    expect(p.largestChunk).toBe(Math.floor(remaining / (1536 * 8)));
    expect(p.wholeFits).toBe(false);
  });

  it('nothing fits when the residents exceed the budget', () => {
    const p = pcaPlan({ ...S, rows: 5_000_000 });
    expect(p.nothingFits).toBe(true);
    expect(p.chunkFits).toBe(false);
    expect(p.remaining).toBe(0);
  });
});

describe('instance table: best fit and sorting', () => {
  it('best fit is the smallest practical limit that holds the rows', () => {
    const rows = instanceTable(S);
    const id = bestFitInstance(rows, S);
    const best = rows.find((r) => r.spec.id === id);
    expect(best).toBeDefined();
    expect(best!.practicalRows.min).toBeGreaterThanOrEqual(S.rows);
    for (const r of rows) if (r.practicalRows.min >= S.rows) expect(r.practicalRows.min).toBeGreaterThanOrEqual(best!.practicalRows.min);
  });

  it('no best fit when no node is big enough', () => {
    expect(bestFitInstance(instanceTable({ ...S, rows: 1e10 }), { ...S, rows: 1e10 })).toBeUndefined();
  });

  it('sorts by RAM both ways, keeps missing essay rows last', () => {
    const rows = instanceTable(S);
    const up = sortInstanceRows(rows, 'ram', 'ascending').map((r) => r.ramGB);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = sortInstanceRows(rows, 'ram', 'descending').map((r) => r.ramGB);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    for (const dir of ['ascending', 'descending'] as const) {
      const e = sortInstanceRows(rows, 'essay-rows', dir);
      expect(e.slice(0, 5).every((r) => r.essayMaxRows !== undefined)).toBe(true);
      expect(e.slice(5).every((r) => r.essayMaxRows === undefined)).toBe(true);
    }
    expect(rows.map((r) => r.spec.id)).toEqual(instanceTable(S).map((r) => r.spec.id));
  });
});

describe('ledger input parser', () => {
  it.each(['', '   ', '-1', '0', 'abc', '1,5', 'NaN', '1e309', '9'.repeat(400), '🙂', '25000'])('rejects %j with a message', (raw) => {
    const r = parseNumber(METADATA_GB_RULE, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^pandas metadata /);
  });

  it.each([['0.3', 0.3], [' 2 ', 2], ['1e-3', 0.001], ['.5', 0.5]])('accepts %j', (raw, v) => {
    expect(parseNumber(INTERPRETER_GB_RULE, raw)).toEqual({ ok: true, value: v });
  });
});

describe('rules data', () => {
  it('the budget chapter published heading ids are kept as legacy anchors, unique across rules', () => {
    const all = RULES.flatMap((r) => [`rule-${r.id}`, r.slug, ...(r.legacyAnchors ?? [])]);
    expect(new Set(all).size).toBe(all.length);
    expect(RULES.every((r) => (r.legacyAnchors ?? []).every((a) => a.startsWith(`rule-${r.id}-`)))).toBe(true);
  });

  it('every labelled figure is one the rule lists', () => {
    for (const r of RULES) for (const id of Object.keys(r.labels ?? {})) expect(r.figures).toContain(id);
  });
});
