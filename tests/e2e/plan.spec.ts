/**
 * Plan my job (/plan/): a reader enters rows, dimension, dtype, PCA mode and pipeline, and gets the
 * smallest catalogue node that holds the job's peak with 20 % headroom, the peak and where it happens,
 * the rules that apply (linked), and a link that reproduces the plan — for the essay's numbers and the
 * measured ones. Expected nodes and peaks are worked out here from the essay's literals, the measurement
 * fixture and Microsoft's size tables.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, BROKEN_TEXT } from './support/fixtures';
import { hydrateAll, settled, trackPage } from './support/hardening';
import { SHORT_LIST, candidates, pythonBudget, smallestFitting } from '../fixtures/node-catalogue';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const GB = 1e9;
const GT = JSON.parse(readFileSync('tests/fixtures/ground-truth.json', 'utf8'));
const perRow = (name: string): number => GT.measurements[name].bytes_per_row;

const ROWS = 312_000;
const DIM = 1536;
const ARRAY = ROWS * DIM * 4;
const ESSAY_BASE = 0.6 * GB; // interpreter 0.5 GB + metadata 0.1 GB (the essay's ledger)
const ESSAY_INTERPRETER = 0.5 * GB; // the essay's ledger line for an interpreter and its libraries
const ESSAY_META = 0.1 * GB; // the essay's metadata columns at its 312K rows, in both models

const card = (page: Page, model: 'essay' | 'measured') => page.locator(`[data-plan-model="${model}"]`);

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`/plan/${query}`);
  await settled(page);
  await expect(page.locator('[data-planner]')).toBeVisible();
  // Hydrated (Astro drops `ssr` once the island is live): a choice made earlier would not reach the URL.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function figureValue(page: Page, model: 'essay' | 'measured', id: string): Promise<number> {
  const el = card(page, model).locator(`[data-figure="${id}"]`).first();
  await expect(el).toHaveAttribute('data-value', /\d/);
  return Number(await el.getAttribute('data-value'));
}

test('the essay’s job (collect, chunked PCA): node, peak and where, in both models', async ({ page, watch }) => {
  await open(page);
  // Essay: base + the 5 GB pandas frame + the new float32 array while loading.
  const essayPeak = ESSAY_BASE + 5 * GB + ARRAY;
  expect(await figureValue(page, 'essay', 'plan.collect.chunked.peak')).toBeCloseTo(essayPeak / GB, 6);
  await expect(card(page, 'essay').locator('[data-plan-node]')).toHaveAttribute('data-plan-node', smallestFitting(essayPeak)!);
  await expect(card(page, 'essay').locator('[data-plan-node]')).toContainText('Standard_DS12_v2');
  await expect(card(page, 'essay').locator('[data-plan-where]')).toContainText('toPandas()');
  // Measured: interpreter (111 MB) + the essay's metadata columns (none were measured) + the
  // np.array(tolist) peak of the Arrow path, which already holds the frame.
  const measuredPeak = GT.measurements.notes.baseline_rss_after_imports_MB.venv_numpy_pandas_pyarrow * 1e6 + ESSAY_META + ROWS * perRow('arrow_pandas_then_np_array_float32_peak_rss');
  expect(await figureValue(page, 'measured', 'plan.collect.chunked.peak')).toBeCloseTo(measuredPeak / GB, 6);
  await expect(card(page, 'measured').locator('[data-plan-node]')).toHaveAttribute('data-plan-node', smallestFitting(measuredPeak)!);
  // The node each model recommends is marked as the recommendation, one per card.
  await expect(card(page, 'essay').locator('[data-recommended]')).toHaveAttribute('data-recommended', smallestFitting(essayPeak)!);
  await expect(card(page, 'measured').locator('[data-recommended]')).toHaveAttribute('data-recommended', smallestFitting(measuredPeak)!);
  // Rules: 1 (Python share), 2 (toPandas), 4 and 5 (PCA in faer, chunks), each linked to its permalink.
  const rules = page.locator('[data-plan-rules] li');
  await expect(rules).toHaveCount(4);
  for (const n of [1, 2, 4, 5]) await expect(page.locator(`[data-plan-rules] a[href="/rules/${n}/"]`)).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText(BROKEN_TEXT);
  expect(watch.consoleErrors).toEqual([]);
});

test('switching to streaming moves the peak to the PCA and picks a smaller node; the URL keeps the choice', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: /Stream: toLocalIterator/ }).check();
  await expect(page).toHaveURL(/\/plan\/\?pipeline=stream$/);
  // Essay: the chunked transform is the peak: base + array + one 50,000-row float64 chunk + the 128-d output.
  const pcaPeak = ESSAY_BASE + ARRAY + 50_000 * DIM * 8 + ROWS * 128 * 8;
  expect(await figureValue(page, 'essay', 'plan.stream.chunked.peak')).toBeCloseTo(pcaPeak / GB, 6);
  await expect(card(page, 'essay').locator('[data-plan-node]')).toHaveAttribute('data-plan-node', smallestFitting(pcaPeak)!);
  await expect(card(page, 'essay').locator('[data-plan-where]')).toContainText('PCA');
  await expect(page.locator('[data-plan-rules] a[href="/rules/3/"]')).toHaveCount(1);
  await expect(page.locator('[data-plan-rules] a[href="/rules/2/"]')).toHaveCount(0);

  await page.getByRole('radio', { name: 'PCA on all rows at once' }).check();
  await expect(page).toHaveURL(/\/plan\/\?pca=unchunked&pipeline=stream$/);
  const unchunked = ESSAY_BASE + ARRAY + ROWS * DIM * 8 + ROWS * 128 * 8;
  expect(await figureValue(page, 'essay', 'plan.stream.unchunked.peak')).toBeCloseTo(unchunked / GB, 6);

  // Reloaded, the page shows the same plan.
  await page.reload();
  await settled(page);
  await expect(page.getByRole('radio', { name: 'PCA on all rows at once' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Stream: toLocalIterator/ })).toBeChecked();
  expect(await figureValue(page, 'essay', 'plan.stream.unchunked.peak')).toBeCloseTo(unchunked / GB, 6);
});

test('rows, dimension and dtype go through the scenario; too big a job names no node', async ({ page }) => {
  await open(page, '?pipeline=stream&pca=none');
  const rows = page.getByLabel('Rows', { exact: true });
  await rows.fill('2000000');
  await page.getByLabel('Embedding dimension').fill('768');
  await page.getByLabel('Dtype', { exact: true }).selectOption('f64');
  await expect(page).toHaveURL(/\?rows=2000000&dim=768&dtype=f64&pca=none&pipeline=stream$/);
  // Essay, streaming, no PCA: base scaled per row (0.1 GB per 312K rows) + one partition of 28-byte floats + the array.
  const rowsN = 2_000_000;
  const base = 0.5 * GB + (0.1 * GB * rowsN) / ROWS;
  const partition = Math.ceil(rowsN / 32) * 768 * 28;
  const load = base + partition + rowsN * 768 * 8;
  expect(await figureValue(page, 'essay', 'plan.stream.none.peak')).toBeCloseTo(load / GB, 6);
  await expect(card(page, 'essay').locator('[data-plan-node]')).toHaveAttribute('data-plan-node', smallestFitting(load)!);
  // Float64 brings rule 6.
  await expect(page.locator('[data-plan-rules] a[href^="/rules/6/"]')).toHaveCount(1);

  await rows.fill('2000000000');
  await expect(card(page, 'essay').locator('[data-plan-node]')).toHaveAttribute('data-plan-node', 'none');
  // The planner weighs the scenario node's cloud, Azure for the essay's DS4_v2.
  await expect(card(page, 'essay')).toContainText('No node among the Azure nodes fits');
});

test('a bad value gets a message beside its field and the last good plan stays', async ({ page }) => {
  await open(page);
  const before = await figureValue(page, 'essay', 'plan.collect.chunked.peak');
  for (const bad of ['abc', '-1', '0.5', '1e309', '']) {
    await page.getByLabel('Rows', { exact: true }).fill(bad);
    await expect(page.locator('#sc-rows-msg')).not.toBeEmpty();
    expect(await figureValue(page, 'essay', 'plan.collect.chunked.peak')).toBe(before);
  }
  await expect(page.locator('main')).not.toContainText(BROKEN_TEXT);
});

test('the share link reproduces the plan, and rule links keep the scenario', async ({ page, context }) => {
  await open(page, '?rows=900000');
  await page.getByRole('radio', { name: /Stream: toLocalIterator/ }).check();
  await page.getByRole('radio', { name: 'No PCA' }).check();
  await page.getByRole('button', { name: 'Copy plan link' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(page.locator('[data-announcer]')).toContainText('plan');
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  const base = (await page.locator('meta[name="handbook-site"]').getAttribute('content'))!;
  expect(copied.href.startsWith(new URL('plan/', base).href)).toBe(true);
  expect(copied.searchParams.get('rows')).toBe('900000');
  expect(copied.searchParams.get('pca')).toBe('none');
  expect(copied.searchParams.get('pipeline')).toBe('stream');
  await expect(page.locator('[data-plan-link]')).toHaveText(copied.href);
  const node = await card(page, 'measured').locator('[data-plan-node]').getAttribute('data-plan-node');

  // The cell's own Copy link reproduces the cell: the scenario and the planner's options (issue 17).
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('button.cell-copy').first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('](');
  const cellLink = new URL(/\]\((.*)\)$/.exec(await page.evaluate(() => navigator.clipboard.readText()))![1]!);
  expect(cellLink.pathname).toBe(copied.pathname);
  expect(cellLink.hash).not.toBe('');
  for (const name of ['rows', 'pca', 'pipeline']) expect(cellLink.searchParams.get(name), name).toBe(copied.searchParams.get(name));

  const other = await context.newPage();
  trackPage(other);
  await other.goto(`${copied.pathname}${copied.search}`);
  await settled(other);
  await expect(other.getByRole('radio', { name: 'No PCA' })).toBeChecked();
  await expect(card(other, 'measured').locator('[data-plan-node]')).toHaveAttribute('data-plan-node', node!);

  await page.locator('[data-plan-rules] a[href^="/rules/3/"]').click();
  await expect(page).toHaveURL(/\/rules\/3\/\?rows=900000$/);
});

test('bad planner options in a link are named once, in the page’s notice, and fall back to the defaults', async ({ page }) => {
  await open(page, '?pca=%3Cb%3Ex%3C%2Fb%3E&pipeline=teleport&rows=500000');
  // The notice that names every refused value of a link, the planner's options among them; said once.
  const notice = page.locator('[data-scenario-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-fields', /\bpca\b/);
  await expect(notice).toHaveAttribute('data-fields', /\bpipeline\b/);
  await expect(page.locator('[role="alert"]', { hasText: 'teleport' })).toHaveCount(1);
  expect(await notice.locator('b').count()).toBe(0);
  await expect(page.getByRole('radio', { name: 'PCA, transform in chunks' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Collect: toPandas/ })).toBeChecked();
  await expect(page).toHaveURL(/\/plan\/\?rows=500000$/);
});

test('one Python budget per node: the split, the ledger, the instance table and the planner agree', async ({ page }) => {
  // An essay node whose table value (30 GB) is not what the essay's own split gives its 64 GB.
  const node = SHORT_LIST.find((n) => n.id === 'Standard_E8ds_v5')!;
  expect(node.essayBudget).toBeDefined();
  const want = pythonBudget(node) / GB;
  expect(Math.abs(want - node.essayBudget!)).toBeGreaterThan(1);
  const query = `?instance=${node.id}`;
  // Each page is opened with the node in its address; the numbers may repaint after hydration, so each
  // is read until it settles on the expected value (or the wait runs out and the last value is reported).
  const expectOn = async (path: string, selector: string, value: number): Promise<void> => {
    if (new URL(page.url()).pathname !== path) {
      // The planner's table lists its first dozen nodes unless asked for all of them.
      await page.goto(`${path}${query}${path === '/plan/' ? '&list=all' : ''}`);
      await hydrateAll(page);
    }
    const el = page.locator(selector).first();
    await expect.poll(async () => Number(await el.getAttribute('data-value')), { message: `${path} ${selector}` }).toBeCloseTo(value, 9);
  };
  await expectOn('/split/', '[data-figure="split.python-typical"]', want);
  // The ledger's own line; the essay's ledger, quoted in the prose, keeps the essay's node.
  await expectOn('/budget/', '#budget-ledger [data-figure="budget.available"]', want);
  await expectOn('/budget/', `tr[data-instance="${node.id}"] [data-figure="instances.${node.id}.python-budget"]`, want);
  // The essay's own table value is still shown, as printed.
  await expectOn('/budget/', `tr[data-instance="${node.id}"] [data-figure="instances.${node.id}.python"]`, node.essayBudget!);
  await expectOn('/plan/', `tr[data-node="${node.id}"] [data-figure="instances.${node.id}.python-budget"]`, want);
  await expectOn('/plan/', '[data-plan-model="essay"] [data-figure$=".current-python"]', want);
});

test('the node table says what its shares are of: the budget less the other notebooks, and the estimate for a calibrated node', async ({ page }) => {
  // Three notebooks attached: the two others hold an interpreter each, 0.5 GB in the essay's ledger.
  await page.goto('/plan/?notebooks=3');
  await hydrateAll(page);
  const caption = page.locator('#plan-nodes-caption');
  await expect(caption).toContainText('other attached notebooks');
  const essayOthers = caption.locator('[data-figure="split.other-notebooks"][data-model="essay"]');
  await expect.poll(async () => Number(await essayOthers.getAttribute('data-value'))).toBeCloseTo((2 * ESSAY_INTERPRETER) / GB, 9);
  await expect(caption.locator('[data-figure="split.other-notebooks"][data-model="measured"]')).toHaveCount(1);
  await expect(caption).not.toContainText('calibrated');
  await page.goto('/plan/?heap=4&overhead=1');
  await hydrateAll(page);
  await expect(caption).toContainText('your driver’s numbers');
  await expect(caption).not.toContainText('other attached notebooks');
  // The card for the scenario's own node counts the driver's 28 − 4 − 1 = 23 GB, and the page says so.
  await expect.poll(async () => Number(await card(page, 'essay').locator('[data-figure$=".current-python"]').first().getAttribute('data-value'))).toBeCloseTo(23, 9);
  await expect(page.locator('main')).toContainText('the line about the scenario’s own node counts its budget from your driver’s numbers');
});

test('without JavaScript the page still shows the essay’s plan', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/plan/');
  await expect(card(page, 'essay').locator('[data-plan-node]')).toHaveAttribute('data-plan-node', 'Standard_DS12_v2');
  await expect(page.locator('table[data-plan-nodes] caption')).toBeVisible();
  // The first dozen of the Azure nodes (the essay node's cloud), ranked.
  await expect(page.locator('table[data-plan-nodes] tbody tr')).toHaveCount(Math.min(12, candidates().length));
  await ctx.close();
});

test('works at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expect(card(page, 'essay').locator('[data-plan-node]')).toBeVisible();
});
