/**
 * Chapters 4 and 5 as live notebooks: run the toPandas timelines (mouse, keyboard only, reduced
 * motion), drive the cluster topology, and check the numbers against arithmetic done here from the
 * essay's figures (tests/fixtures/figures.json) and the ground-truth measurements — never against the
 * engine. Also: the URL follows the inputs and a reload restores them, bad values are reported beside
 * their field while the last good numbers stay, and nothing broken ever reaches the page.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectFig, figValue, readFig } from './support/rendered-figures';
import { expectNothingBroken, hydrated, typeInto, scenarioField, pickNode } from './support/widgets';
import { PYTHON_SHARE as PY_SHARE } from '../fixtures/node-catalogue';
import { FIGURES_FIXTURE, essayValue as essay, measurement } from '../fixtures/readers';

const { scenario } = FIGURES_FIXTURE;
const perRow = (key: string): number => measurement(key).bytes_per_row;

const GB = 1e9;
const ESSAY_ROWS = Number(scenario.rows);
const ESSAY_DIM = Number(scenario.dim);
// The essay's step 3 has no formula: its 5 GB spread over its 312K x 1536 values.
const ESSAY_PANDAS_PER_VALUE = (essay('topandas.pandas-python') * GB) / (ESSAY_ROWS * ESSAY_DIM);
const F32 = 4;
const ESSAY_FLOAT = essay('python.float-object');
const ESSAY_META_PER_ROW = (essay('budget.metadata') * GB) / ESSAY_ROWS;

/** Hostile inputs every numeric field must refuse. */
const HOSTILE = ['', '   ', '-1', '0', '0.5', 'abc', '1,5', '1e309', 'NaN', '9'.repeat(400), '🙂'];

/** Pastes a whole value at once (a bad value typed key by key passes through valid prefixes such as "1" of "1e309"). */
async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
}

/** The essay's collect: Arrow in the JVM, its pandas estimate in Python, then the np.array copy. */
function essayCollect(rows: number, dim: number) {
  const arrow = (rows * dim * F32) / GB;
  const pandas = (rows * dim * ESSAY_PANDAS_PER_VALUE) / GB;
  return { arrow, pandas, peak: arrow + pandas, added: arrow, pythonPeak: pandas + arrow };
}

/** The essay's streaming cell: metadata + full matrix + one (or two) partitions in flight, JVM and Python. */
function essayStream(rows: number, dim: number, partitions: number, held = 1) {
  const pRows = Math.min(rows, Math.ceil(rows / partitions) * Math.min(held, partitions));
  const jvm = (pRows * dim * F32) / GB;
  const lists = (pRows * dim * ESSAY_FLOAT) / GB;
  const meta = (rows * ESSAY_META_PER_ROW) / GB;
  const matrix = (rows * dim * F32) / GB;
  return { peak: jvm + lists + meta + matrix, python: lists + meta + matrix };
}

const timeline = (cell: Locator) => cell.locator('.timeline');

test.describe('chapter 4: the collect-everything timeline', () => {
  // Spark aborts a collect whose serialized results pass spark.driver.maxResultSize (1 GiB by default in
  // open-source Spark; TaskSetManager.canFetchMoreResults). The essay's 312K x 1536 f32 is 1.9 GB of
  // Arrow batches; 100K x 768 f32 is 0.3 GB.
  test('the result-size gate: flagged for the essay’s collect, absent for a small one', async ({ page, watch }) => {
    const LIMIT = 2 ** 30;
    const essayBytes = ESSAY_ROWS * ESSAY_DIM * 4;
    expect(essayBytes).toBeGreaterThan(LIMIT);
    await page.goto('/topandas/');
    const cell = await hydrated(page, 'collect-everything');
    const gate = cell.locator('[data-result-limit]');
    await expect(gate).toBeVisible();
    await expectFig(gate, 'topandas.result-size', essayBytes / GB);
    await expectFig(gate, 'topandas.max-result-size', LIMIT / GB);
    await expect(gate).toContainText('spark.driver.maxResultSize');
    // Measured, the JVM holds one partition at a time, but the limit counts every partition's batches.
    await page.goto('/topandas/?rows=1000000&dim=768&dtype=f64&model=measured');
    const measured = await hydrated(page, 'collect-everything');
    await expectFig(measured.locator('[data-result-limit]'), 'topandas.result-size', (1_000_000 * 768 * 8) / GB);
    expect(100_000 * 768 * 4).toBeLessThan(LIMIT);
    await page.goto('/topandas/?rows=100000&dim=768');
    const small = await hydrated(page, 'collect-everything');
    await expect(small.locator('.verdict')).toBeVisible();
    await expect(small.locator('[data-result-limit]')).toHaveCount(0);
    await expectNothingBroken(page, watch);
  });

  test('JavaScript off: the finished run shows the essay numbers with their ids', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/topandas/');
    const w = timeline(page.locator('#collect-everything'));
    const e = essayCollect(ESSAY_ROWS, ESSAY_DIM);
    await expectFig(w, 'topandas.arrow-jvm', e.arrow);
    await expectFig(w, 'topandas.pandas-python', e.pandas);
    await expectFig(w, 'topandas.peak', e.peak);
    await expect(w.locator('[data-figure="topandas.peak"]').first()).toHaveText(`~${Math.round(essay('topandas.peak'))} GB`);
    await expectFig(w, 'topandas.tolist-extra', e.added);
    await expectFig(w, 'topandas.steps', essay('topandas.steps'));
    // Four toPandas steps and the np.array line: five columns and five table rows, all drawn.
    await expect(w.locator('tbody tr')).toHaveCount(essay('topandas.steps') + 1);
    await expect(w.locator('.mem-chart .col.on')).toHaveCount(essay('topandas.steps') + 1);
    await expect(w.locator('.ok-box')).toContainText('Fits');
    await expect(w.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
    await context.close();
  });

  test('rows=100000, dim=768 typed into the cell: steps scale, URL follows, reload restores', async ({ page, watch }) => {
    await page.goto('/topandas/');
    const cell = await hydrated(page, 'collect-everything');
    await typeInto(scenarioField(page, 'Rows'), '100000');
    await typeInto(scenarioField(page, 'Embedding dimension'), '768');
    await scenarioField(page, 'Embedding dimension').blur();
    const e = essayCollect(100_000, 768);
    const w = timeline(cell);
    await expectFig(w, 'topandas.arrow-jvm', e.arrow);
    await expectFig(w, 'topandas.pandas-python', e.pandas);
    await expectFig(w, 'topandas.peak', e.peak);
    await expectFig(w, 'topandas.tolist-extra', e.added);
    await expectFig(w, 'topandas.step-stack-python', e.pythonPeak);
    await expectFig(w, 'topandas.python-headroom', essay('split.python-typical') - e.pythonPeak);
    await expect.poll(() => new URL(page.url()).searchParams.get('rows')).toBe('100000');
    expect(new URL(page.url()).searchParams.get('dim')).toBe('768');
    // The prose follows too.
    const prose = page.locator('main [data-prose][data-figure="topandas.arrow-jvm"]').first();
    await expect.poll(async () => (await readFig(prose)).value).toBeCloseTo(e.arrow, 9);

    await page.reload();
    const again = await hydrated(page, 'collect-everything');
    await expect(scenarioField(page, 'Rows')).toHaveValue('100000');
    await expect(scenarioField(page, 'Embedding dimension')).toHaveValue('768');
    await expectFig(timeline(again), 'topandas.peak', e.peak);
    await expectFig(timeline(again), 'topandas.arrow-jvm', e.arrow);
    await expectNothingBroken(page, watch);
  });

  test('a million rows do not fit a DS4_v2; a 64 GB node takes them', async ({ page }) => {
    await page.goto('/topandas/?rows=1000000');
    const cell = await hydrated(page, 'collect-everything');
    const w = timeline(cell);
    const e = essayCollect(1_000_000, ESSAY_DIM);
    await expect(w.locator('.warn-box:not([data-result-limit])')).toContainText('Does not fit');
    await expectFig(w, 'topandas.python-peak', e.pythonPeak);
    await expectFig(w, 'topandas.python-shortfall', e.pythonPeak - essay('split.python-typical'));
    await pickNode(page, 'Standard_E8ds_v5');
    // With one notebook attached, the notebook's room is the node's whole Python share.
    await expectFig(w, 'split.python-room', 64 * PY_SHARE);
    await expect(w.locator('.ok-box')).toContainText('Fits');
    await expectFig(w, 'topandas.python-headroom', 64 * PY_SHARE - e.pythonPeak);
  });

  test('measured: Arrow on follows the ground truth; Arrow off and the float64 stack too', async ({ page, watch }) => {
    const rows = 100_000;
    await page.goto(`/topandas/?model=measured&rows=${rows}`);
    const cell = await hydrated(page, 'collect-everything');
    const w = timeline(cell);
    const gb = (key: string) => (rows * perRow(key)) / GB;
    await expectFig(w, 'topandas.step-convert-python', gb('arrow_to_pandas_peak_rss_table_alive'), { rel: 2e-3 });
    await expectFig(w, 'topandas.pandas-python', gb('arrow_to_pandas_after_table_freed_rss'), { rel: 2e-3 });
    await expectFig(w, 'topandas.cell-peak-measured', gb('arrow_pandas_then_np_array_float32_peak_rss'), { rel: 2e-3 });
    await expectFig(w, 'topandas.tolist-extra', (rows * ESSAY_DIM * F32) / GB);
    await expect(w).toContainText('numpy views');

    await cell.getByRole('radio', { name: 'off', exact: true }).check();
    await expectFig(w, 'topandas.arrow-off.step-release-python', gb('pandas_column_of_python_lists_rss'), { rel: 2e-3 });
    await expectFig(w, 'topandas.arrow-off.step-stack-python', gb('pandas_lists_then_np_array_float32_peak_rss'), { rel: 2e-3 });
    await cell.getByLabel('np.array is given a dtype').uncheck();
    await expectFig(w, 'topandas.arrow-off-f64.step-stack-python', gb('pandas_lists_then_np_array_default_dtype_float64_peak_rss'), { rel: 2e-3 });
    await expectFig(w, 'topandas.tolist-f64', (rows * ESSAY_DIM * 8) / GB, { rel: 1e-3 });
    await expect(w.locator('caption')).toContainText('no dtype');

    // At the essay's scale the measured Arrow path peaks at 3.88 GB, far below the Arrow-off list path.
    await page.goto('/topandas/?model=measured');
    const full = timeline(await hydrated(page, 'collect-everything'));
    await expect(full.locator('[data-figure="topandas.cell-peak-measured"]').first()).toHaveText('3.88 GB');
    await expectNothingBroken(page, watch);
  });

  test('measured numbers on: the prose that reports the essay keeps the essay’s model, at the reader’s scenario', async ({ page, watch }) => {
    const dim = 768;
    await page.goto(`/topandas/?model=measured&dim=${dim}&dtype=f64`);
    await hydrated(page, 'collect-everything');
    const steps = page.locator('article ol').first();
    // Step 1: the raw values at 8 bytes each, not the measured model's one partition in the JVM.
    const raw = steps.locator('[data-figure="topandas.arrow-jvm"]');
    await expect(raw).toHaveAttribute('data-model', 'essay');
    await expect.poll(async () => Number(await raw.getAttribute('data-value'))).toBeCloseTo((ESSAY_ROWS * dim * 8) / GB, 6);
    await expect(steps.locator('[data-figure="topandas.spark-element-bytes"]')).toHaveAttribute('data-value', '8');
    // Step 3: the essay's per-value estimate, scaled to this width (the measured frame is far smaller).
    const pandas = steps.locator('[data-figure="topandas.pandas-python"]');
    await expect.poll(async () => Number(await pandas.getAttribute('data-value'))).toBeCloseTo((ESSAY_ROWS * dim * ESSAY_PANDAS_PER_VALUE) / GB, 3);
    // The cells' code asks numpy for float32, so their expected output stays float32 at this width.
    for (const cellId of ['collect-everything', 'stream-pipeline']) {
      const out = page.locator(`#${cellId} [data-prose][data-figure="topandas.tolist-extra"]`);
      await expect(out).toHaveAttribute('data-dtype', 'f32');
      await expect.poll(async () => Number(await out.getAttribute('data-value'))).toBeCloseTo((ESSAY_ROWS * dim * F32) / GB, 6);
    }
    await expectNothingBroken(page, watch);
  });

  test('a 16-bit embedding crosses Spark and Arrow as 4-byte floats: step 1 says so and sizes it so', async ({ page, watch }) => {
    const dim = 384;
    for (const dtype of ['f16', 'bf16']) {
      await page.goto(`/topandas/?dim=${dim}&dtype=${dtype}`);
      await hydrated(page, 'collect-everything');
      const steps = page.locator('article ol').first();
      // Spark SQL has no 16-bit float type (spark.apache.org sql-ref-datatypes): array<float>, 4 B a value.
      await expect(steps.locator('[data-figure="topandas.spark-element-bytes"]')).toHaveAttribute('data-value', '4');
      await expect(steps).toContainText('sql-ref-datatypes.md');
      const raw = steps.locator('[data-figure="topandas.arrow-jvm"]');
      await expect.poll(async () => Number(await raw.getAttribute('data-value'))).toBeCloseTo((ESSAY_ROWS * dim * F32) / GB, 6);
    }
    await expectNothingBroken(page, watch);
  });

  test('Run steps through the pipeline; Step and Reset; the page-level Run all', async ({ page, watch }) => {
    await page.goto('/topandas/');
    const cell = await hydrated(page, 'collect-everything');
    const w = timeline(cell);
    const progress = w.locator('.progress');
    await expect(progress).toContainText('Finished');

    await w.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(progress).toContainText('Not run yet');
    await expect(w.locator('.mem-chart .col.on')).toHaveCount(0);
    await expect(w.locator('.ok-box, .warn-box')).toHaveCount(0);

    await w.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(progress).toContainText('Step 1 of 5');
    await expect(w.locator('tbody tr[aria-current="step"]')).toContainText('Serialise');
    const now = w.locator('.now');
    await expectFig(now, 'topandas.arrow-jvm', essayCollect(ESSAY_ROWS, ESSAY_DIM).arrow);
    await w.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(progress).toContainText('Step 2 of 5');
    await expect(w.locator('.mem-chart .col.on')).toHaveCount(2);

    await w.getByRole('button', { name: 'Run', exact: true }).click();
    // It goes through intermediate steps, then ends with the verdict and the peak marked.
    await expect(progress).toContainText(/Step [1-4] of 5/);
    await expect(progress).toContainText('Finished', { timeout: 15_000 });
    await expect(w.locator('.mem-chart .col.on')).toHaveCount(5);
    await expect(w.locator('.mem-chart .col.peak')).toHaveCount(1);
    await expect(w.locator('.ok-box')).toContainText('Fits');

    // Run all replays both cells.
    const stream = timeline(await hydrated(page, 'stream-pipeline'));
    // The page-level controls hydrate when they scroll into view (disabled until then, as with JavaScript off).
    await page.locator('.run-all').scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Reset all cells' })).toBeEnabled();
    await page.getByRole('button', { name: 'Reset all cells' }).click();
    await expect(progress).toContainText('Not run yet');
    await expect(stream.locator('.progress')).toContainText('Not run yet');
    await page.getByRole('button', { name: 'Run all cells' }).click();
    await expect(progress).toContainText('Finished', { timeout: 15_000 });
    await expect(stream.locator('.progress')).toContainText('Finished', { timeout: 15_000 });
    await expectNothingBroken(page, watch);
  });

  test('keyboard only: Tab to Run, Enter, Space on Step', async ({ page }) => {
    await page.goto('/topandas/');
    const cell = await hydrated(page, 'collect-everything');
    const w = timeline(cell);
    // From the cell's own first control (its Copy link button): the scenario's fields are in the bar.
    await cell.locator('input, button, select').first().focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim().endsWith('Run') ?? false);
      if (!reached) await page.keyboard.press('Tab');
    }
    expect(reached, 'Tab reaches the Run button').toBe(true);
    await page.keyboard.press('Enter');
    await expect(w.locator('.progress')).toContainText('Finished', { timeout: 15_000 });
    await page.keyboard.press('Tab'); // Step
    await page.keyboard.press('Space');
    await expect(w.locator('.progress')).toContainText('Step 1 of 5');
    await page.keyboard.press('Tab'); // Reset
    await page.keyboard.press('Enter');
    await expect(w.locator('.progress')).toContainText('Not run yet');
    // Focus stays visible on the button the reader is on.
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), shadow: cs.boxShadow };
    });
    expect(outline.style !== 'none' && outline.width > 0 || outline.shadow !== 'none').toBe(true);
  });

  test('reduced motion: Run jumps to the end state, no animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/topandas/');
    const cell = await hydrated(page, 'collect-everything');
    const w = timeline(cell);
    await w.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(w.locator('.progress')).toContainText('Not run yet');
    // Record every progress text from now on: an animation would pass through "Step k of 5".
    await w.locator('.progress').evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { subtree: true, childList: true, characterData: true });
    });
    await w.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(w.locator('.progress')).toContainText('Finished', { timeout: 1_000 });
    await expect(w.locator('.mem-chart .col.on')).toHaveCount(5);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.some((t) => /Step \d of/.test(t)), `progress passed through ${JSON.stringify(seen)}`).toBe(false);
    const transition = await w.locator('.mem-chart .stack').first().evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(transition).toBeLessThanOrEqual(0.01);
  });

  test('bad rows and dims: a message beside the field, the last good numbers stay', async ({ page, watch }) => {
    await page.goto('/topandas/?rows=100000&dim=768');
    const cell = await hydrated(page, 'collect-everything');
    const w = timeline(cell);
    const e = essayCollect(100_000, 768);
    for (const [label, msgId] of [['Rows', '#sc-rows-msg'], ['Embedding dimension', '#sc-dim-msg']] as const) {
      const field = scenarioField(page, label);
      for (const bad of HOSTILE) {
        if (label === 'Embedding dimension' && bad === '0.5') continue; // covered by Rows; same rule
        await pasteInto(field, bad);
        await expect(page.locator(msgId), `"${bad}" in ${label}`).not.toBeEmpty();
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expectFig(w, 'topandas.peak', e.peak);
        await expectNothingBroken(page);
      }
      await typeInto(field, label === 'Rows' ? '100000' : '768');
      await expect(page.locator(msgId)).toBeEmpty();
    }
    expect(new URL(page.url()).searchParams.get('rows')).toBe('100000');
    await expectNothingBroken(page, watch);
  });
});

test.describe('chapter 4: the streaming timeline', () => {
  test('partitions change the streaming peak; prefetch holds two; URL and reload', async ({ page, watch }) => {
    await page.goto('/topandas/');
    const cell = await hydrated(page, 'stream-pipeline');
    const w = timeline(cell);
    const partitions = Math.ceil(ESSAY_ROWS / 10_000); // Arrow batches of 10,000 rows, the default
    await expectFig(w, 'topandas.stream.peak', essayStream(ESSAY_ROWS, ESSAY_DIM, partitions).peak);
    await expectFig(w, 'scenario.partitions', partitions);

    await typeInto(cell.getByLabel('Spark partitions'), '4');
    const four = essayStream(ESSAY_ROWS, ESSAY_DIM, 4);
    await expectFig(w, 'topandas.stream.peak', four.peak);
    await expectFig(w, 'topandas.stream.python-peak', four.python);
    await expectFig(w, 'topandas.partition-rows', Math.ceil(ESSAY_ROWS / 4));
    await expect.poll(() => new URL(page.url()).searchParams.get('partitions')).toBe('4');
    // Fewer, larger partitions: a higher peak than the default.
    expect(four.peak).toBeGreaterThan(essayStream(ESSAY_ROWS, ESSAY_DIM, partitions).peak);

    await cell.getByLabel(/prefetchPartitions/).check();
    await expectFig(w, 'topandas.stream-prefetch.peak', essayStream(ESSAY_ROWS, ESSAY_DIM, 4, 2).peak);

    // One partition: first, halfway and last are the same step, so they collapse into one.
    await typeInto(cell.getByLabel('Spark partitions'), '1');
    await expect(w.locator('tbody tr')).toHaveCount(4);
    await expectFig(w, 'topandas.stream-prefetch.peak', essayStream(ESSAY_ROWS, ESSAY_DIM, 1, 2).peak);

    for (const bad of HOSTILE) {
      await pasteInto(cell.getByLabel('Spark partitions'), bad);
      await expect(cell.locator('#tl-stream-partitions-msg'), `"${bad}"`).not.toBeEmpty();
      await expectFig(w, 'topandas.stream-prefetch.peak', essayStream(ESSAY_ROWS, ESSAY_DIM, 1, 2).peak);
    }
    await typeInto(cell.getByLabel('Spark partitions'), '64');
    await cell.getByLabel('Spark partitions').blur();
    // The address is written after the next paint: wait for the 64 before reloading. Prefetch is in
    // the address too (README: prefetch), so the reload keeps it on.
    await expect.poll(() => new URL(page.url()).searchParams.get('partitions')).toBe('64');
    await expect(page).toHaveURL(/[?&]prefetch=on(&|$)/);
    await page.reload();
    const again = timeline(await hydrated(page, 'stream-pipeline'));
    await expect(again.getByLabel('Spark partitions')).toHaveValue('64');
    await expect(again.getByLabel(/prefetchPartitions/)).toBeChecked();
    await expectFig(again, 'topandas.stream-prefetch.peak', essayStream(ESSAY_ROWS, ESSAY_DIM, 64, 2).peak);
    await expectNothingBroken(page, watch);
  });

  test('more partitions than rows is flagged beside the field, with the empty ones counted', async ({ page, watch }) => {
    await page.goto('/topandas/?partitions=1000000');
    const cell = await hydrated(page, 'stream-pipeline');
    const field = cell.getByLabel('Spark partitions');
    await expect(field).toHaveValue('1000000');
    // 1,000,000 partitions for the essay's 312,000 rows: 688,000 are empty.
    const note = cell.locator('#tl-stream-partitions-note');
    await expect(note).toContainText('688,000');
    expect(await field.getAttribute('aria-describedby')).toContain('tl-stream-partitions-note');
    await typeInto(field, '32');
    await expect(note).toHaveCount(0);
    await expectNothingBroken(page, watch);
  });

  test('rows=100000, dim=768: the streaming run, step by step', async ({ page }) => {
    await page.goto('/topandas/?rows=100000&dim=768&partitions=10');
    const cell = await hydrated(page, 'stream-pipeline');
    const w = timeline(cell);
    const s = essayStream(100_000, 768, 10);
    await expectFig(w, 'topandas.stream.peak', s.peak);
    await w.getByRole('button', { name: 'Reset', exact: true }).click();
    const names = ['Metadata', 'np.empty', 'First', 'Halfway', 'Last', 'Done'];
    for (const [i, name] of names.entries()) {
      await w.getByRole('button', { name: 'Step', exact: true }).click();
      await expect(w.locator('.progress')).toContainText(i === names.length - 1 ? 'Finished' : `Step ${i + 1} of 6`);
      await expect(w.locator('tbody tr[aria-current="step"]')).toContainText(name);
    }
    // Done: the matrix and the metadata stay; the peak was the last partition.
    await expectFig(w.locator('.now'), 'topandas.stream.done-python', (100_000 * 768 * F32 + 100_000 * ESSAY_META_PER_ROW) / GB);
    await expect(w.locator('tbody tr.peak-row')).toContainText('Last');
  });
});

test.describe('chapter 5: cluster topology', () => {
  const topo = (page: Page) => page.locator('#cluster-topology .topology');

  test('the multi-node paragraph is about the essay’s cluster, whatever the scenario: its driver share is the essay’s', async ({ page, watch }) => {
    // The sentence puts the driver's share beside the essay cluster's total: a reader's 256 GB node
    // is no "slice" of the essay's ~36 GB.
    await page.goto('/nodes/?instance=Standard_E32ds_v5');
    const total = page.locator('article p', { hasText: 'Added up, that cluster offers' });
    await expectFig(total, 'nodes.cluster-python', (1 + essay('nodes.executors')) * essay('nodes.single-python'));
    const slice = page.locator('article p', { hasText: 'only one slice of it' });
    await expectFig(slice, 'nodes.single-python', essay('nodes.single-python'));
    await expect(slice.locator('[data-figure="nodes.single-python"]')).toHaveAttribute('data-scenario', 'essay');
    await expectNothingBroken(page, watch);
  });

  test('"when one node is enough": the essay’s conclusion is said of its own scenario; the reduced width is the reader’s', async ({ page, watch }) => {
    // 50M rows reduced to 256 dimensions: 51.2 GB in float32, no single-node job on most nodes.
    await page.goto('/nodes/?rows=50000000&reduced=256');
    const size = page.locator('article p', { hasText: 'Size the data that actually has to be in Python' });
    await expect(size).toContainText('your scenario reduces them to');
    await expectFig(size, 'scenario.reduced-dim', 256);
    await expectFig(size, 'nodes.reduced-f32', (50e6 * 256 * 4) / 1e6);
    await expect(page.locator('article p', { hasText: 'conclusion holds' })).toContainText('for its own scenario');
    await expectNothingBroken(page, watch);
  });

  test('a calibrated driver: the prose, the driver box and the table count its own JVM and Python; executors keep the box', async ({ page, watch }) => {
    // Heap 4 GB + overhead 1 GB on the essay's 28 GB node: JVM 5 GB, Python 23 GB.
    await page.goto('/nodes/?heap=4&overhead=1');
    const single = page.locator('article p', { hasText: 'On the node in your scenario' });
    await expectFig(single, 'nodes.driver-jvm-share', 4 + 1);
    await expectFig(single, 'split.python-typical', 28 - 4 - 1);
    await expect(single).toContainText('Unless you calibrated');
    const w = topo(page);
    await expectFig(w.locator('.cluster .node').first(), 'nodes.driver-jvm-share', 4 + 1);
    const caption = w.locator('table caption');
    await expectFig(caption, 'nodes.driver-jvm-share', 4 + 1);
    await expectFig(caption, 'split.python-room', 28 - 4 - 1);
    await expectFig(caption, 'nodes.single-jvm', essay('nodes.single-jvm'));
    await expectFig(caption, 'nodes.single-python', essay('nodes.single-python'));
    await expectNothingBroken(page, watch);
  });

  test('JavaScript off: the essay example, a driver and two executors', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/nodes/');
    const w = topo(page);
    await expect(w.locator('.cluster .node')).toHaveCount(1 + essay('nodes.executors'));
    await expectFig(w, 'nodes.executors', essay('nodes.executors'));
    await expectFig(w, 'nodes.single-jvm', essay('nodes.single-jvm'));
    await expectFig(w, 'nodes.single-python', essay('nodes.single-python'));
    await expectFig(w, 'nodes.cluster-python', (1 + essay('nodes.executors')) * essay('nodes.single-python'));
    // The essay's whole collect, 312,000 × 1,536 float32 in Arrow batches, is above Spark's default
    // spark.driver.maxResultSize of 1 GiB (TaskSetManager.canFetchMoreResults): the memory fits, the
    // setting stops it.
    await expect(w.locator('.ok-box')).toHaveCount(0);
    const limit = w.locator('[data-result-limit]');
    await expect(limit).toContainText('though the memory fits');
    await expectFig(limit, 'topandas.result-size', (ESSAY_ROWS * ESSAY_DIM * 4) / GB);
    await expectFig(limit, 'scenario.max-result', 2 ** 30 / GB);
    await context.close();
  });

  test('spark.driver.maxResultSize from the link: raised, nothing stops the essay’s collect; lowered, a stream’s partitions are stopped', async ({ page, watch }) => {
    await page.goto('/nodes/?maxresult=4');
    await hydrated(page, 'cluster-topology');
    const w = topo(page);
    await expect(w.locator('[data-result-limit]')).toHaveCount(0);
    await expect(w.locator('.ok-box')).toContainText('Everything fits');
    // toLocalIterator: one job a partition, each a partition's rows pickled at 9 B a value (BINFLOAT);
    // 312,000 rows in 4 partitions of 78,000 × 1,536 × 9 B = 1.08 GB, over a 0.5 GiB limit.
    await page.goto('/nodes/?maxresult=0.5&partitions=4&op=toLocalIterator');
    await hydrated(page, 'cluster-topology');
    const limit = w.locator('[data-result-limit]');
    await expectFig(limit, 'topandas.partition-result', (78_000 * ESSAY_DIM * 9) / GB);
    await expectFig(limit, 'scenario.max-result', 2 ** 29 / GB);
    // 0 is Spark's "no limit".
    await page.goto('/nodes/?maxresult=0&rows=100000000');
    await hydrated(page, 'cluster-topology');
    await expect(w.locator('[data-result-limit]')).toHaveCount(0);
    await expectNothingBroken(page, watch);
  });

  test('executors and operations, by mouse and keyboard: where the bytes land', async ({ page, watch }) => {
    await page.goto('/nodes/');
    const cell = await hydrated(page, 'cluster-topology');
    const w = topo(page);
    const e = essayCollect(ESSAY_ROWS, ESSAY_DIM);
    // toPandas: everything on the driver, whatever the executor count.
    await expectFig(w, 'nodes.op-topandas.driver-python', e.pythonPeak);
    await expectFig(w, 'nodes.op-topandas.driver-jvm', e.arrow);
    await expectFig(w, 'nodes.op-topandas.executor-python', 0);

    await typeInto(cell.getByLabel('Executors', { exact: true }), '5');
    await expect(w.locator('.cluster .node')).toHaveCount(6);
    await expectFig(w, 'nodes.executors', 5);
    await expectFig(w, 'nodes.cluster-python', 6 * essay('nodes.single-python'));
    await expectFig(w, 'nodes.op-topandas.usable-python', essay('nodes.single-python'));
    await expectFig(w, 'nodes.op-topandas.driver-python', e.pythonPeak);

    // Keyboard: arrows move through the radio group.
    await cell.getByRole('radio', { name: /toPandas/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(cell.getByRole('radio', { name: /mapInPandas/ })).toBeChecked();
    await expectFig(w, 'nodes.op-mapinpandas.driver-python', 0);
    await expectFig(w, 'nodes.op-mapinpandas.usable-python', 5 * essay('nodes.single-python'));
    expect(await figValue(w, 'nodes.op-mapinpandas.executor-python')).toBeGreaterThan(0);

    await typeInto(cell.getByLabel('Executors', { exact: true }), '0');
    await expect(w.locator('.cluster .node')).toHaveCount(1);
    await expect(w.locator('.cluster .node').first()).toContainText('single node');
    expect(await figValue(w, 'nodes.op-mapinpandas.driver-python')).toBeGreaterThan(0);

    await cell.getByRole('radio', { name: /toLocalIterator/ }).check();
    const s = essayStream(ESSAY_ROWS, ESSAY_DIM, Math.ceil(ESSAY_ROWS / 10_000));
    // The streaming driver: matrix + one partition, without the metadata frame of chapter 4's cell.
    await expectFig(w, 'nodes.op-tolocaliterator.driver-python', s.python - (ESSAY_ROWS * ESSAY_META_PER_ROW) / GB);
    await expectNothingBroken(page, watch);
  });

  test('which node runs out first: the driver for a big collect, every executor for huge groups', async ({ page }) => {
    await page.goto('/nodes/?rows=1000000');
    const cell = await hydrated(page, 'cluster-topology');
    const w = topo(page);
    const e = essayCollect(1_000_000, ESSAY_DIM);
    await expect(w.locator('.warn-box:not([data-result-limit])')).toContainText('Driver runs out first');
    await expectFig(w, 'nodes.op-topandas.need', e.pythonPeak);
    await expectFig(w, 'nodes.op-topandas.have', essay('nodes.single-python'));
    await expectFig(w, 'nodes.op-topandas.shortfall', e.pythonPeak - essay('nodes.single-python'));
    await expect(w.locator('.node.first')).toHaveCount(1);
    await expect(w.locator('.node.first')).toContainText('Driver');

    // Streaming the same rows fits on the driver.
    await cell.getByRole('radio', { name: /toLocalIterator/ }).check();
    await expect(w.locator('.ok-box')).toContainText('Everything fits');

    // A few enormous groups: applyInPandas loads each into one Python worker on the executors.
    await typeInto(scenarioField(page, 'Rows'), '20000000');
    await typeInto(cell.getByLabel('Spark partitions'), '8');
    await cell.getByRole('radio', { name: /applyInPandas/ }).check();
    await expect(w.locator('.warn-box')).toContainText('Executor 1 (and every other executor) runs out first');
    await expectFig(w, 'nodes.op-applyinpandas.driver-python', 0);
    await expect.poll(() => new URL(page.url()).searchParams.get('rows')).toBe('20000000');
    await page.reload();
    const again = topo(page);
    await hydrated(page, 'cluster-topology');
    await expect(scenarioField(page, 'Rows')).toHaveValue('20000000');
    await expect(again.getByLabel('Spark partitions')).toHaveValue('8');
  });

  test('bad executor counts: a message beside the field, the drawing stays', async ({ page, watch }) => {
    await page.goto('/nodes/');
    const cell = await hydrated(page, 'cluster-topology');
    const w = topo(page);
    const field = cell.getByLabel('Executors', { exact: true });
    await typeInto(field, '3');
    await expect(w.locator('.cluster .node')).toHaveCount(4);
    for (const bad of ['', '   ', '-1', '0.5', 'abc', '1,5', '1e309', 'NaN', '101', '9'.repeat(400), '🙂']) {
      await pasteInto(field, bad);
      await expect(cell.locator('#topo-executors-msg'), `"${bad}"`).not.toBeEmpty();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(w.locator('.cluster .node')).toHaveCount(4);
      await expectFig(w, 'nodes.executors', 3);
    }
    await expectNothingBroken(page, watch);
  });
});
