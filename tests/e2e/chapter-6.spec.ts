/**
 * Chapter 6, the budget and the rules of thumb, as a reader uses it: the budget ledger, the PCA chunk
 * planner and the instance reference driven by typing, choosing, sorting and the keyboard alone. Every
 * expected number is arithmetic done here from the essay's figures (tests/fixtures/figures.json) and
 * the formulas the issue states (available = 3/7 of RAM as in the essay's 12 of 28 GB; embeddings =
 * rows × dim × bytes; one PCA chunk = chunk × dim × 8 B), never the engine's output. Also: the URL
 * follows the inputs and a reload restores them, bad values get a message beside their field while
 * the last good numbers stay, nothing broken reaches the page, and the rules keep their addresses.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { test, expect, BROKEN_TEXT, setTheme } from './support/fixtures';
import { expectFig, figValue, readFig } from './support/rendered-figures';
import { expectNothingBroken, hydrated, typeInto, scenarioField, pickNode } from './support/widgets';
import { SHORT_LIST, ESSAY_NODES, PYTHON_SHARE as PY_SHARE, pythonBudget, type CatalogueNode } from '../fixtures/node-catalogue';

const catalogueNode = (id: string): CatalogueNode => {
  const n = SHORT_LIST.find((c) => c.id === id);
  if (!n) throw new Error(`${id} is not in the test catalogue`);
  return n;
};
import { essayFigure as essay } from '../fixtures/readers';

const GB = 1e9;
const MB = 1e6;
const ESSAY_ROWS = 312_000;
const ESSAY_DIM = 1536;
// The essay's metadata line is 0.1 GB for its 312K rows; the ledger scales it per row.
const META_PER_ROW = (essay('budget.metadata').value! * GB) / ESSAY_ROWS;
const INTERP = essay('budget.interpreter').value!;
const PRACTICAL = essay('instances.pca-practical').value! / 100;

const HOSTILE = ['', '   ', '-1', '0', 'abc', '1,5', '1e309', 'NaN', '9'.repeat(400), '🙂'];

/** Pastes a value in one go: typed key by key, "1,5" would pass through the valid "1" first. */
async function paste(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.fill(text);
}

/** The ledger a reader should see, from the formulas. GB. */
function ledger(o: { ram: number; rows: number; dim: number; bytes: number; meta?: number; interp?: number }) {
  const available = o.ram * PY_SHARE;
  const embeddings = (o.rows * o.dim * o.bytes) / GB;
  const metadata = o.meta ?? (o.rows * META_PER_ROW) / GB;
  const interpreter = o.interp ?? INTERP;
  const signed = available - embeddings - metadata - interpreter;
  // A line the reader typed, and whatever follows from it, is published under its own id (…-edited).
  const id = (base: string, edited: boolean) => (edited ? `${base}-edited` : base);
  const anyEdit = o.meta !== undefined || o.interp !== undefined;
  const ids = {
    metadata: id('budget.metadata', o.meta !== undefined),
    interpreter: id('budget.interpreter', o.interp !== undefined),
    remaining: id('budget.remaining', anyEdit),
    shortfall: id('budget.shortfall', anyEdit),
  };
  return { available, embeddings, metadata, interpreter, signed, remaining: Math.max(0, signed), shortfall: Math.max(0, -signed), ids };
}

async function expectLedger(cell: Locator, l: ReturnType<typeof ledger>): Promise<void> {
  const table = cell.locator('table.ledger');
  await expectFig(table, 'budget.available', l.available);
  await expectFig(table, 'budget.embeddings', l.embeddings);
  await expectFig(table, l.ids.metadata, l.metadata);
  await expectFig(table, l.ids.interpreter, l.interpreter);
  // The foot says what is left, or, once nothing is, by how much the residents overshoot; never 0 GB left.
  if (l.shortfall > 0) {
    await expectFig(table.locator('tfoot'), l.ids.shortfall, l.shortfall);
    await expect(table.locator(`tfoot [data-figure="${l.ids.remaining}"]`)).toHaveCount(0);
  } else {
    await expectFig(table.locator('tfoot'), l.ids.remaining, l.remaining);
    await expect(table.locator(`tfoot [data-figure="${l.ids.shortfall}"]`)).toHaveCount(0);
  }
}

test.describe('budget ledger', () => {
  test('JavaScript off: the essay ledger 12 − 1.9 − 0.1 − 0.5 ≈ 9.5 GB is in the static HTML', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/budget/');
    const cell = page.locator('#budget-ledger');
    const l = ledger({ ram: 28, rows: ESSAY_ROWS, dim: ESSAY_DIM, bytes: 4 });
    expect(l.available).toBeCloseTo(12, 12);
    await expectLedger(cell, l);
    await expect(cell.locator('table.ledger tfoot')).toContainText('9.5 GB');
    await expect(cell.locator('[data-ledger-warning]')).toHaveCount(0);
    // The PCA planner and the instance table are there too.
    await expectFig(page.locator('#chunked-projection .pca-table'), 'budget.pca-chunk-peak', (50_000 * ESSAY_DIM * 8) / MB);
    await expect(page.locator('#instance-reference table tbody tr')).not.toHaveCount(0);
    await expectNothingBroken(page);
    await context.close();
  });

  test('the "available" line says how it is counted: other notebooks’ interpreters, and a calibrated driver’s own limit', async ({ page, watch }) => {
    // Four notebooks attached: the three others each hold an interpreter (the essay's 0.5 GB line), so the
    // essay node's 12 GB leaves 10.5.
    await page.goto('/budget/?notebooks=4');
    let row = (await hydrated(page, 'budget-ledger')).locator('tbody tr').first();
    await expect(row).toContainText('other attached notebooks');
    await expectFig(row, 'split.other-notebooks', 3 * INTERP);
    await expectFig(row, 'budget.available', essay('budget.available').value! - 3 * INTERP);
    // A calibrated driver: heap 4 + overhead 1 GB of the 20 GB its kernel gives it leaves 15 GB, not 28 − 5.
    await page.goto('/budget/?heap=4&overhead=1&avail=20');
    row = (await hydrated(page, 'budget-ledger')).locator('tbody tr').first();
    await expect(row).toContainText('your driver’s memory limit');
    await expectFig(row, 'budget.available', 20 - 4 - 1);
    await expectNothingBroken(page, watch);
  });

  test('Standard_E8ds_v5 with 1M rows of 768 dims: every line, the URL and a reload', async ({ page, watch }) => {
    await page.goto('/budget/');
    const cell = await hydrated(page, 'budget-ledger');
    await pickNode(page, 'Standard_E8ds_v5');
    await expect(scenarioField(page, 'Node RAM')).toHaveValue('64');
    await typeInto(scenarioField(page, 'Rows'), '1000000');
    await typeInto(scenarioField(page, 'Embedding dimension'), '768');
    const l = ledger({ ram: 64, rows: 1e6, dim: 768, bytes: 4 });
    expect(l.available).toBeCloseTo((3 / 7) * 64, 12);
    await expectLedger(cell, l);
    await expect(page).toHaveURL(/[?&]instance=Standard_E8ds_v5(&|$)/);
    await expect(page).toHaveURL(/[?&]rows=1000000(&|$)/);
    await expect(page).toHaveURL(/[?&]dim=768(&|$)/);
    // The caption names the node in words.
    await expect(cell.locator('caption')).toContainText('Standard_E8ds_v5');
    await expectNothingBroken(page, watch);

    await page.reload();
    const again = await hydrated(page, 'budget-ledger');
    await expect(scenarioField(page, 'Node type')).toHaveValue('Standard_E8ds_v5');
    await expect(scenarioField(page, 'Rows')).toHaveValue('1000000');
    await expectLedger(again, l);
  });

  test('float64 on a custom 40 GB node (keyboard only), then edited resident lines and reset', async ({ page, watch }) => {
    await page.goto('/budget/');
    const cell = await hydrated(page, 'budget-ledger');
    await scenarioField(page, 'Node RAM').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('40');
    await expect(scenarioField(page, 'Node type')).toHaveValue('custom');
    // Tab through rows and dim to the dtype select, and choose float64 with the arrow keys.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const dtype = scenarioField(page, 'Dtype');
    await expect(dtype).toBeFocused();
    await page.keyboard.press('End');
    await expect(dtype).toHaveValue('f64');
    let l = ledger({ ram: 40, rows: ESSAY_ROWS, dim: ESSAY_DIM, bytes: 8 });
    await expectLedger(cell, l);
    await expect(page).toHaveURL(/[?&]dtype=f64(&|$)/);

    // On to the ledger's own lines (the bar's model switch and buttons come first in Tab order) and type
    // the reader's own values.
    await cell.getByLabel('pandas metadata').focus();
    await expect(cell.getByLabel('pandas metadata')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('0.3');
    await page.keyboard.press('Tab');
    await expect(cell.getByLabel('Interpreter and libraries')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1.2');
    l = ledger({ ram: 40, rows: ESSAY_ROWS, dim: ESSAY_DIM, bytes: 8, meta: 0.3, interp: 1.2 });
    await expectLedger(cell, l);
    await expect(cell.locator('tr.edited')).toHaveCount(2);
    // The PCA planner plans against the edited remainder (focus stays in the ledger while it scrolls).
    const planner = await hydrated(page, 'chunked-projection');
    await expectFig(planner.locator('.context'), 'budget.remaining-edited', l.remaining);
    // The prose goes on quoting the model's ledger under the plain id: one id, one value on the page.
    await expectFig(page.locator('main'), 'budget.remaining', ledger({ ram: 40, rows: ESSAY_ROWS, dim: ESSAY_DIM, bytes: 8 }).remaining, { prose: true });
    await expect(cell.getByLabel('Interpreter and libraries')).toBeFocused();

    // The frame toggle, with Space: a further resident line, subtracted from the remainder.
    await page.keyboard.press('Tab');
    await expect(cell.getByRole('checkbox')).toBeFocused();
    await page.keyboard.press('Space');
    const frame = await figValue(cell.locator('table.ledger'), 'budget.coexisting-frame');
    expect(frame).toBeGreaterThan((ESSAY_ROWS * ESSAY_DIM * 4) / GB);
    await expectFig(cell.locator('table.ledger tfoot'), 'budget.remaining-edited', Math.max(0, l.signed - frame));

    // "Reset to essay" clears the scenario and the widget's own edits.
    await page.getByRole('button', { name: 'Reset to essay' }).click();
    await expectLedger(cell, ledger({ ram: 28, rows: ESSAY_ROWS, dim: ESSAY_DIM, bytes: 4 }));
    await expect(cell.getByLabel('pandas metadata')).toHaveValue('0.1');
    await expect(cell.getByLabel('Interpreter and libraries')).toHaveValue('0.5');
    await expect(cell.getByRole('checkbox')).not.toBeChecked();
    await expect(cell.locator('tr.edited')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    await expectNothingBroken(page, watch);
  });

  test('5 million rows on a DS4_v2: the remainder goes below zero and the warning says by how much', async ({ page, watch }) => {
    await page.goto('/budget/?rows=5000000');
    const cell = await hydrated(page, 'budget-ledger');
    const l = ledger({ ram: 28, rows: 5e6, dim: ESSAY_DIM, bytes: 4 });
    expect(l.signed).toBeLessThan(0);
    await expectLedger(cell, l);
    const warning = cell.locator('[data-ledger-warning]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('Over budget');
    await expectFig(warning, 'budget.shortfall', l.shortfall);
    await expectFig(cell.locator('table.ledger tfoot'), 'budget.shortfall', l.shortfall);
    // Nothing is left for PCA: the planner says no chunk fits.
    const planner = await hydrated(page, 'chunked-projection');
    await expect(planner.locator('[data-pca-warning]')).toContainText('No chunk fits');
    await expectFig(planner.locator('[data-pca-warning]'), 'budget.pca-largest-chunk', 0);
    await expectNothingBroken(page, watch);
  });

  test('a ledger short by terabytes says "short by" in prose, table and rule card, never "0 GB left"', async ({ page, watch }) => {
    await page.goto('/budget/?rows=1000000000');
    const l = ledger({ ram: 28, rows: 1e9, dim: ESSAY_DIM, bytes: 4 });
    expect(l.signed).toBeLessThan(0);
    const main = page.locator('main');
    // The chapter's two sentences switch to the shortfall, and so do rule 8's live numbers (the essay's
    // own ledger table keeps the essay's numbers, pinned; the measured ledger's sentence is pinned to its model).
    await expectFig(main, 'budget.shortfall', l.shortfall, { prose: true, where: ':not([data-model])' });
    await expect(main.locator('[data-prose][data-figure="budget.shortfall"]:not([data-model]):visible')).toHaveCount(2);
    await expect(page.locator('#rule-8 .rule-figures [data-figure="budget.shortfall"]')).toBeVisible();
    await expect(page.locator('#rule-8 .rule-figures [data-figure="budget.remaining"]')).toBeHidden();
    for (const id of ['budget.remaining', 'budget.after-chunked', 'budget.after-unchunked']) {
      // Not counting the erratum's, which quotes the essay's own scenario.
      await expect(main.locator(`[data-prose][data-figure="${id}"]:not([data-scenario="essay"]):visible`), `${id} is a floored 0 here`).toHaveCount(0);
    }
    const text = await main.innerText();
    expect(text).not.toMatch(/\b0 GB (of headroom|of the remainder|is not spare)|remaining 0 GB|remainder of 0 GB/);
    expect(text).toContain('short by');
    await expectNothingBroken(page, watch);
  });

  test('a ledger that fits but not an unchunked PCA: the sentence says by how much it is short', async ({ page, watch }) => {
    await page.goto('/budget/?rows=900000');
    const l = ledger({ ram: 28, rows: 9e5, dim: ESSAY_DIM, bytes: 4 });
    const unchunked = (9e5 * ESSAY_DIM * 8) / GB;
    expect(l.signed).toBeGreaterThan(0);
    expect(unchunked).toBeGreaterThan(l.signed);
    const main = page.locator('main');
    await expectFig(main, 'budget.unchunked-shortfall', unchunked - l.signed, { prose: true, rel: 1e-9 });
    await expect(main.locator('[data-prose][data-figure="budget.unchunked-shortfall"]:visible')).toHaveCount(1);
    await expect(main.locator('[data-prose][data-figure="budget.after-unchunked"]:visible')).toHaveCount(0);
    // One chunk of 50,000 f64 rows still fits, and the headroom after it is printed.
    await expectFig(main, 'budget.after-chunked', l.signed - (50_000 * ESSAY_DIM * 8) / GB, { prose: true });
    await expect(main.locator('[data-prose][data-figure="budget.after-chunked"]:visible')).toHaveCount(1);
    await expect(main.locator('[data-prose][data-figure="budget.remaining"]:visible')).not.toHaveCount(0);
    await expectNothingBroken(page, watch);
  });

  test('bad values: a message beside the field, the last good numbers kept, nothing broken', async ({ page, watch }) => {
    test.slow(); // five fields × a dozen hostile values
    await page.goto('/budget/');
    const cell = await hydrated(page, 'budget-ledger');
    await typeInto(scenarioField(page, 'Rows'), '400000');
    await typeInto(cell.getByLabel('pandas metadata'), '0.2');
    const good = ledger({ ram: 28, rows: 400_000, dim: ESSAY_DIM, bytes: 4, meta: 0.2 });
    await expectLedger(cell, good);
    const url = page.url();
    for (const label of ['Rows', 'Embedding dimension', 'Node RAM', 'pandas metadata', 'Interpreter and libraries'] as const) {
      // The scenario's own fields are in the scenario bar; the ledger's lines in the cell.
      const field = label === 'pandas metadata' || label === 'Interpreter and libraries' ? cell.getByLabel(label, { exact: true }) : scenarioField(page, label);
      const id = await field.getAttribute('id');
      for (const bad of [...HOSTILE, ...(label === 'Rows' || label === 'Embedding dimension' ? ['0.5'] : [])]) {
        await paste(field, bad);
        await expect(field, `${label} ← ${JSON.stringify(bad)}`).toHaveAttribute('aria-invalid', 'true');
        const msg = page.locator(`#${id}-msg`);
        await expect(msg).not.toBeEmpty();
        // Quoting the reader's own text back ("NaN") is fine; a computed NaN or Infinity is not.
        expect((await msg.innerText()).replace(`"${bad.trim()}"`, '""')).not.toMatch(BROKEN_TEXT);
        await expectFig(cell.locator('table.ledger tfoot'), good.ids.remaining, good.remaining);
        expect(page.url()).toBe(url);
      }
      await field.blur();
      await expectLedger(cell, good);
    }
    await expectNothingBroken(page, watch);
  });
});

test.describe('PCA chunk planner', () => {
  test('the chunked cell counts its dim × dim matrices at the scenario’s width, not "a few megabytes"', async ({ page, watch }) => {
    // The fit keeps a cross-product, a covariance and its eigenvectors, each dim × dim in float64.
    for (const dim of [8, 768, 4096]) {
      await page.goto(`/budget/?dim=${dim}`);
      const cell = page.locator('#chunked-projection');
      await expectFig(cell, 'budget.pca-dim-square', dim * dim * 8);
      await expect(cell).not.toContainText('a few megabytes');
    }
    await expectNothingBroken(page, watch);
  });

  test('chunks of 20,000 rows at 768 dims: peak per chunk, unchunked matrix, chunk count, URL, reload', async ({ page, watch }) => {
    await page.goto('/budget/?dim=768');
    const cell = await hydrated(page, 'chunked-projection');
    await typeInto(cell.getByLabel('PCA chunk rows'), '20000');
    const table = cell.locator('.pca-table');
    await expectFig(table, 'budget.pca-chunk-exact', (20_000 * 768 * 8) / MB);
    await expectFig(table, 'budget.pca-chunk-peak', (20_000 * 768 * 8) / MB);
    await expectFig(table, 'budget.pca-unchunked', (ESSAY_ROWS * 768 * 8) / GB);
    await expectFig(table, 'budget.pca-chunks', Math.ceil(ESSAY_ROWS / 20_000));
    const l = ledger({ ram: 28, rows: ESSAY_ROWS, dim: 768, bytes: 4 });
    await expectFig(table, 'budget.after-chunked', l.remaining - (20_000 * 768 * 8) / GB);
    await expectFig(table, 'budget.after-unchunked', l.remaining - (ESSAY_ROWS * 768 * 8) / GB);
    // Everything fits at once here, so the largest chunk is every row.
    await expectFig(cell, 'budget.pca-largest-chunk', ESSAY_ROWS);
    await expect(page).toHaveURL(/[?&]chunk=20000(&|$)/);
    await page.reload();
    const again = await hydrated(page, 'chunked-projection');
    await expect(again.getByLabel('PCA chunk rows')).toHaveValue('20000');
    await expectFig(again.locator('.pca-table'), 'budget.pca-chunk-exact', 122.88);
    await expectNothingBroken(page, watch);
  });

  test('a DS3_v2 with 500K rows: the whole matrix does not fit; the largest chunk does; a too-big chunk is flagged', async ({ page, watch }) => {
    await page.goto('/budget/?instance=Standard_DS3_v2&rows=500000');
    const cell = await hydrated(page, 'chunked-projection');
    const l = ledger({ ram: 14, rows: 500_000, dim: ESSAY_DIM, bytes: 4 });
    const remainingBytes = l.remaining * GB;
    const largest = Math.floor(remainingBytes / (ESSAY_DIM * 8));
    expect((500_000 * ESSAY_DIM * 8) / GB).toBeGreaterThan(l.remaining);
    await expectFig(cell, 'budget.pca-largest-chunk', largest);
    // The table says by how much the whole matrix overshoots the remainder, not a floored 0 GB.
    await expect(cell.locator('.pca-table')).toContainText('short by');
    await expectFig(cell.locator('.pca-table'), 'budget.unchunked-shortfall', (500_000 * ESSAY_DIM * 8) / GB - l.remaining, { rel: 1e-9 });
    await expect(cell.locator('.pca-table [data-figure="budget.after-unchunked"]')).toHaveCount(0);
    // A chunk bigger than the largest that fits is called out.
    await typeInto(cell.getByLabel('PCA chunk rows'), String(largest + 1000));
    await expect(cell.locator('[data-pca-warning]')).toContainText('too big');
    await typeInto(cell.getByLabel('PCA chunk rows'), String(largest));
    await expect(cell.locator('[data-pca-warning]')).toHaveCount(0);
    await expectFig(cell.locator('.pca-table'), 'budget.pca-chunk-exact', (largest * ESSAY_DIM * 8) / MB);
    await expectNothingBroken(page, watch);
  });

  test('bad chunk sizes: a message beside the field, the last good numbers kept', async ({ page, watch }) => {
    await page.goto('/budget/');
    const cell = await hydrated(page, 'chunked-projection');
    const field = cell.getByLabel('PCA chunk rows');
    await typeInto(field, '25000');
    const peak = (25_000 * ESSAY_DIM * 8) / MB;
    await expectFig(cell.locator('.pca-table'), 'budget.pca-chunk-exact', peak);
    const url = page.url();
    for (const bad of [...HOSTILE, '0.5', '2.5e4.1']) {
      await paste(field, bad);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(cell.locator('#pca-chunk-msg')).not.toBeEmpty();
      await expectFig(cell.locator('.pca-table'), 'budget.pca-chunk-exact', peak);
      expect(page.url()).toBe(url);
    }
    await expectNothingBroken(page, watch);
  });
});

test.describe('instance reference', () => {
  /** The essay's documented cells, from figures.json. */
  function essayRow(node: string) {
    const py = essay(`instances.${node}.python`);
    return {
      ram: essay(`instances.${node}.ram`).value!,
      python: py.value !== undefined ? { min: py.value, max: py.value } : { min: py.min!, max: py.max! },
      maxRows: essay(`instances.${node}.max-rows`).value!,
    };
  }

  test("the essay's five rows, the catalogue marked apart, computed ceilings at 1,536 f32 and the best fit", async ({ page, watch }) => {
    await page.goto('/budget/');
    const cell = await hydrated(page, 'instance-reference');
    const table = cell.getByRole('table');
    await expect(table.locator('caption')).toBeVisible();
    await expectFig(table, 'instances.count', ESSAY_NODES.length);
    await expectFig(table, 'instances.pca-practical', essay('instances.pca-practical').value!);
    for (const node of ESSAY_NODES) {
      const row = table.locator(`tr[data-instance="${node}"]`);
      const e = essayRow(node);
      await expectFig(row, `instances.${node}.ram`, e.ram);
      await expectFig(row, `instances.${node}.max-rows`, e.maxRows);
      if (e.python.min === e.python.max) await expectFig(row, `instances.${node}.python`, e.python.min);
      else await expectFig(row, `instances.${node}.python`, e.python);
      // Ceilings come from the one budget every page computes with (the split's), beside the listed one.
      const budget = pythonBudget(catalogueNode(node));
      await expectFig(row, `instances.${node}.python-budget`, budget / GB);
      await expectFig(row, `instances.${node}.ceiling-rows`, Math.floor(budget / (ESSAY_DIM * 4)));
      await expect(row).not.toHaveClass(/\bcatalogue\b/);
    }
    // Catalogue nodes are there and say they are not from the essay.
    const others = table.locator('tbody tr.catalogue');
    expect(await others.count()).toBeGreaterThan(0);
    for (const r of await others.all()) await expect(r.locator('th')).toContainText('not in essay');
    // Best fit: the smallest practical limit (40 % of the ceiling) that holds 312K rows — DS3_v2's
    // 14 × 12/28 = 6 GB gives floor(floor(6e9 / 6144) × 0.4) = 390,624 rows.
    const ds3 = Math.floor(Math.floor(pythonBudget(catalogueNode('Standard_DS3_v2')) / (ESSAY_DIM * 4)) * PRACTICAL);
    expect(ds3).toBeGreaterThanOrEqual(ESSAY_ROWS);
    await expectBestFit(cell, 'Standard_DS3_v2', ESSAY_ROWS);
    await expect(cell.locator('.fit-sentence')).toContainText('Standard_DS3_v2');
    await expectNothingBroken(page, watch);
  });

  test('1M rows at 768 dims: ceilings follow, the DS4_v2 is the best fit, URL and reload', async ({ page, watch }) => {
    await page.goto('/budget/');
    const cell = await hydrated(page, 'instance-reference');
    await typeInto(scenarioField(page, 'Rows'), '1000000');
    await typeInto(scenarioField(page, 'Embedding dimension'), '768');
    const table = cell.getByRole('table');
    for (const node of ESSAY_NODES) {
      const e = essayRow(node);
      const want = Math.floor(Math.floor(pythonBudget(catalogueNode(node)) / (768 * 4)) * PRACTICAL);
      await expectFig(table.locator(`tr[data-instance="${node}"]`), `instances.${node}.practical-rows`, want);
      // The essay's own column does not move: it is documented at 1,536 dims.
      await expectFig(table.locator(`tr[data-instance="${node}"]`), `instances.${node}.max-rows`, e.maxRows);
    }
    // DS4_v2: floor(floor(12e9 / 3072) × 0.4) = 1,562,500 ≥ 1M, and no smaller limit holds 1M.
    await expectBestFit(cell, 'Standard_DS4_v2', 1e6);
    await expectFig(table.locator('tr.best'), 'instances.Standard_DS4_v2.practical-rows', 1_562_500);
    await expect(page).toHaveURL(/[?&]rows=1000000(&|$)/);
    await expect(page).toHaveURL(/[?&]dim=768(&|$)/);
    await page.reload();
    const again = await hydrated(page, 'instance-reference');
    await expectBestFit(again, 'Standard_DS4_v2', 1e6);
    await expectNothingBroken(page, watch);
  });

  test('sorting by column with the mouse and with the keyboard; aria-sort follows', async ({ page, watch }) => {
    await page.goto('/budget/');
    const cell = await hydrated(page, 'instance-reference');
    const table = cell.getByRole('table');
    const ramHeader = table.locator('thead th').filter({ has: page.locator('[data-sort="ram"]') });
    const ramValues = async () =>
      Promise.all(
        (await table.locator('tbody tr').all()).map(async (r) => {
          const id = await r.getAttribute('data-instance');
          return figValue(r, `instances.${id}.ram`);
        }),
      );
    await table.locator('[data-sort="ram"]').click();
    await expect(ramHeader).toHaveAttribute('aria-sort', 'ascending');
    let v = await ramValues();
    expect(v).toEqual([...v].sort((a, b) => a - b));
    await table.locator('[data-sort="ram"]').click();
    await expect(ramHeader).toHaveAttribute('aria-sort', 'descending');
    v = await ramValues();
    expect(v).toEqual([...v].sort((a, b) => b - a));
    // Only one column is sorted at a time.
    await expect(table.locator('thead th[aria-sort]')).toHaveCount(1);

    // Keyboard: focus the practical-limit header button and press Enter, then Space.
    const practical = table.locator('[data-sort="practical"]');
    await practical.focus();
    await page.keyboard.press('Enter');
    const practicalHeader = table.locator('thead th').filter({ has: page.locator('[data-sort="practical"]') });
    await expect(practicalHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(ramHeader).not.toHaveAttribute('aria-sort', /.*/);
    const mins = async () =>
      Promise.all(
        (await table.locator('tbody tr').all()).map(async (r) => {
          const id = await r.getAttribute('data-instance');
          const f = await readFig(r.locator(`[data-figure="instances.${id}.practical-rows"]`));
          return f.min ?? f.value ?? Number.NaN;
        }),
      );
    let m = await mins();
    expect(m).toEqual([...m].sort((a, b) => a - b));
    await page.keyboard.press('Space');
    await expect(practicalHeader).toHaveAttribute('aria-sort', 'descending');
    m = await mins();
    expect(m).toEqual([...m].sort((a, b) => b - a));
    await expect(table.locator('caption')).toContainText('descending');
    // The essay's-rows column puts nodes the essay does not list last, whichever the direction.
    await table.locator('[data-sort="essay-rows"]').click();
    await table.locator('[data-sort="essay-rows"]').click();
    const order = await table.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.classList.contains('catalogue')));
    expect(order.slice(0, ESSAY_NODES.length).every((c) => !c)).toBe(true);
    // The best fit keeps its highlight and its words after sorting.
    await expectBestFit(cell, 'Standard_DS3_v2', ESSAY_ROWS);
    // Reset to essay restores the catalogue order.
    await page.getByRole('button', { name: 'Reset to essay' }).click();
    await expect(table.locator('thead th[aria-sort]')).toHaveCount(0);
    await expect(table.locator('tbody tr').first()).toHaveAttribute('data-instance', ESSAY_NODES[0]!);
    await expectNothingBroken(page, watch);
  });

  test('bad rows and dims: a message beside the field, the table keeps its numbers', async ({ page, watch }) => {
    await page.goto('/budget/');
    const cell = await hydrated(page, 'instance-reference');
    const table = cell.getByRole('table');
    for (const label of ['Rows', 'Embedding dimension'] as const) {
      const field = scenarioField(page, label);
      const id = await field.getAttribute('id');
      for (const bad of [...HOSTILE, '0.5']) {
        await paste(field, bad);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(page.locator(`#${id}-msg`)).not.toBeEmpty();
        await expectFig(table, 'instances.Standard_DS4_v2.ceiling-rows', Math.floor((12 * GB) / (ESSAY_DIM * 4)));
        await expectBestFit(cell, 'Standard_DS3_v2', ESSAY_ROWS);
      }
      await field.blur();
    }
    await expectNothingBroken(page, watch);
  });

  test('at 375 px the table scrolls inside a focusable region, in light and dark', async ({ page, watch }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/budget/');
    const cell = await hydrated(page, 'instance-reference');
    const region = cell.locator('.table-scroll');
    await expect(region).toHaveAttribute('role', 'region');
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAccessibleName(/Memory budgets per node type/);
    const widths = await region.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Reach it with the keyboard, from the last field before it, past the link to the job planner.
    await cell.getByRole('checkbox').focus();
    // The checkbox, then the choice of nodes beside the essay's, then the sentence's link.
    await page.keyboard.press('Tab');
    await expect(cell.locator('#ir-cloud')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(cell.getByRole('link', { name: 'job planner' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      const outline = await region.evaluate((e) => getComputedStyle(e).outlineStyle);
      expect(outline, `visible focus on the scroll region (${theme})`).not.toBe('none');
    }
    await expectNothingBroken(page, watch);
  });
});

async function expectBestFit(cell: Locator, node: string, rows: number): Promise<void> {
  const best = cell.locator('tbody tr.best');
  await expect(best).toHaveCount(1);
  await expect(best).toHaveAttribute('data-instance', node);
  // Said in words, not by colour alone; named as the essay's rule, not as the node to pick (the planner
  // recommends, counting the whole job).
  await expect(best.locator('th')).toContainText('essay’s rule');
  await expect(cell.locator('[data-recommended]')).toHaveCount(0);
  // Independent check on the page's own numbers: no other row's practical limit holds the rows
  // with less to spare.
  const limits = await cell.locator('tbody tr').evaluateAll((rs) =>
    rs.map((r) => {
      const id = r.getAttribute('data-instance') ?? '';
      const el = r.querySelector(`[data-figure="instances.${id}.practical-rows"]`);
      return { id, min: Number(el?.getAttribute('data-min') ?? el?.getAttribute('data-value')) };
    }),
  );
  const holding = limits.filter((x) => x.min >= rows).sort((a, b) => a.min - b.min);
  expect(holding[0]?.id).toBe(node);
}

test.describe('rules of thumb and the rest of the chapter', () => {
  const LEGACY = [
    'rule-1-budget-for-python-not-for-the-node',
    'rule-2-never-topandas-a-wide-column',
    'rule-3-turn-lists-into-arrays-at-once',
    'rule-4-native-memory-is-invisible',
    'rule-5-work-in-chunks',
    'rule-6-prefer-float32',
    'rule-7-the-jvm-does-not-shrink',
    'rule-8-restart-after-an-oom',
  ];
  const SLUGS = [
    'python-gets-under-half', 'topandas-is-a-trap', 'lists-cost-several-times-numpy', 'native-memory-is-invisible',
    'work-in-chunks', 'prefer-f32', 'jvm-keeps-its-share', 'restart-after-oom',
  ];

  test('eight rule cards with permanent ids, slugs and earlier heading ids; their numbers, links and copy buttons', async ({ page, watch }) => {
    await page.goto('/budget/');
    await expect(page.locator('h2#rules-of-thumb')).toBeVisible();
    await expectFig(page, 'rules.count', essay('rules.count').value!);
    const cards = page.locator('section.rule-card');
    await expect(cards).toHaveCount(essay('rules.count').value!);
    for (let n = 1; n <= 8; n++) {
      const card = page.locator(`#rule-${n}`);
      await expect(card.getByRole('heading', { level: 3 })).toContainText(`Rule ${n}:`);
      await expect(card.locator(`#${SLUGS[n - 1]}`)).toBeAttached();
      await expect(card.locator(`#${LEGACY[n - 1]}`)).toBeAttached();
      expect(await card.locator('.rule-figures [data-figure]').count()).toBeGreaterThan(0);
      await expect(card.locator(`a[href^="/rules/${n}/"]`)).toBeAttached();
      await expect(card.getByRole('button', { name: new RegExp(`Copy link to rule ${n}:`) })).toBeVisible();
      // Backed by a chapter that exists.
      const backing = card.locator('.rule-backed a').first();
      const res = await page.request.get(new URL((await backing.getAttribute('href')) ?? '', page.url()).toString());
      expect(res.status()).toBe(200);
    }
    for (const id of ['rules.python-share', 'rules.list-vs-numpy', 'rules.chunk', 'rules.f32-halves']) {
      const f = essay(id);
      await expectFig(page, id, f.value !== undefined ? f.value : { min: f.min!, max: f.max! });
    }
    // An old heading link still lands on its rule.
    await page.goto('/budget/#rule-5-work-in-chunks');
    await expect(page.locator('#rule-5')).toBeInViewport();
    await expectNothingBroken(page, watch);
  });

  test('rule figures follow the scenario: rule 5 with chunks of 20,000 at 768 dims', async ({ page, watch }) => {
    await page.goto('/budget/?chunk=20000&dim=768');
    await expectFig(page.locator('#rule-5'), 'rules.chunk', (20_000 * 768 * 8) / MB);
    await expectFig(page.locator('#rule-5'), 'budget.pca-unchunked', (ESSAY_ROWS * 768 * 8) / GB);
    await expectNothingBroken(page, watch);
  });

  test('the rules pages: an index of all ten and one page per rule of the essay, linking back to the chapter', async ({ page, watch }) => {
    await page.goto('/rules/');
    // The essay's eight and the two the executors chapter adds (permalinks.spec.ts follows those).
    await expect(page.locator('section.rule-card')).toHaveCount(10);
    for (let n = 1; n <= 8; n++) {
      await page.goto(`/rules/${n}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`Rule ${n}:`);
      await expect(page.locator(`#rule-${n}`)).toBeVisible();
      await expect(page.locator(`a[href="/budget/#rule-${n}"]`)).toBeVisible();
      await expectNothingBroken(page, watch);
    }
  });

  test('the chunked PCA code keeps its indentation; the errata render', async ({ page, watch }) => {
    await page.goto('/budget/');
    const code = await page.locator('#chunked-projection pre').first().innerText();
    expect(code).toMatch(/\n {4}n, d = matrix\.shape\n/);
    expect(code).toMatch(/\n {8}block = matrix\[s:s \+ step\]\.astype\(np\.float64\)/);
    for (const id of ['budget-lines', 'chunk-rounding', 'instance-table', 'gb-vs-gib']) {
      const e = page.locator(`#errata-${id}`);
      await expect(e).toBeVisible();
      expect((await e.innerText()).trim().length).toBeGreaterThan(40);
    }
    await expectNothingBroken(page, watch);
    // The rules' own errata sit with their explanations, on the rule pages.
    for (const [n, id] of [[1, 'python-share-rule'], [3, 'list-vs-numpy']] as const) {
      await page.goto(`/rules/${n}/`);
      const e = page.locator(`#rule-${n} #errata-${id}`);
      await expect(e).toBeVisible();
      expect((await e.innerText()).trim().length).toBeGreaterThan(40);
      await expectNothingBroken(page, watch);
    }
  });
});

test.describe('accessibility of the live widgets', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: hydrated widgets over budget, sorted and edited, ${theme} theme`, async ({ page, watch }) => {
      await page.goto('/budget/?instance=Standard_DS3_v2&rows=1000000');
      const ledgerCell = await hydrated(page, 'budget-ledger');
      await paste(ledgerCell.getByLabel('pandas metadata'), 'abc');
      await expect(ledgerCell.locator('#bl-metadata-msg')).not.toBeEmpty();
      await expect(ledgerCell.locator('[data-ledger-warning]')).toBeVisible();
      await hydrated(page, 'chunked-projection');
      const inst = await hydrated(page, 'instance-reference');
      await inst.locator('[data-sort="practical"]').click();
      await setTheme(page, theme);
      const result = await new AxeBuilder({ page }).include('#budget-ledger').include('#chunked-projection').include('#instance-reference').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await expectNothingBroken(page, watch);
    });
  }
});
