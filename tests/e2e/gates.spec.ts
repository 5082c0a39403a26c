/**
 * The gates that end a collect (issue 14), driven from the address as a reviewer's link would:
 * - notebooks attached: each other notebook's REPL takes at least an interpreter from the driver's Python
 *   share (Databricks gives every attached notebook its own execution context), and every chapter counts
 *   the reader's room from what is left;
 * - spark.driver.maxResultSize: Spark aborts a collect whose serialized results pass it
 *   (TaskSetManager.canFetchMoreResults), 1 GiB by default, 0 for no limit; the collect cell, the cluster
 *   widget and the planner say so with the same figures.
 * Expected values come from the essay's figures and the ground truth, worked out here.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { loadFigures } from './support/figures';
import { expectFig } from './support/rendered-figures';
import { gotoSettled, hydrateAll } from './support/hardening';
import { pagePaths } from './support/site';
import { expectNothingBroken, hydrated } from './support/widgets';
import type { Page } from '@playwright/test';

/** Opens a page from a link and waits until its scripts have shown the link's scenario. */
async function open(page: Page, path: string): Promise<void> {
  await gotoSettled(page, path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const GB = 1e9;
const GiB = 2 ** 30;
const { figures } = loadFigures();
const essay = (id: string): number => figures.find((f) => f.id === id)!.value!;
const GT = JSON.parse(readFileSync('tests/fixtures/ground-truth.json', 'utf8'));

// The essay's node gives Python 12 GB (its ledger's first line); its interpreter line is 0.5 GB. Measured,
// a fresh interpreter with numpy, pandas and pyarrow.
const SHARE = essay('budget.available');
const ESSAY_INTERPRETER = essay('budget.interpreter');
const MEASURED_INTERPRETER = (GT.measurements.notes.baseline_rss_after_imports_MB.venv_numpy_pandas_pyarrow * 1e6) / GB;

test('three notebooks attached: two other REPLs come off the Python share on every chapter that counts it', async ({ page, watch }) => {
  const room = SHARE - 2 * ESSAY_INTERPRETER;
  await open(page, '/split/?notebooks=3');
  await expectFig(page.locator('main'), 'split.other-notebooks', 2 * ESSAY_INTERPRETER, { prose: true });
  await expectFig(page.locator('main'), 'split.python-room', room, { prose: true });
  // The node's share itself does not move.
  await expectFig(page.locator('main'), 'split.python-typical', SHARE);

  await page.goto('/budget/?notebooks=3');
  const ledger = await hydrated(page, 'budget-ledger');
  await expectFig(ledger, 'budget.available', room);

  await page.goto('/topandas/?notebooks=3');
  const collect = await hydrated(page, 'collect-everything');
  await expectFig(collect, 'split.python-room', room);

  await open(page, '/plan/?notebooks=3');
  await expectFig(page.locator('[data-plan-model="essay"]'), 'plan.collect.chunked.current-python', room);
  await expect(page.locator('[data-scenario-summary]').first()).toContainText('3 notebooks attached');
  await expectNothingBroken(page, watch);
});

test('measured, each other notebook takes the measured interpreter', async ({ page, watch }) => {
  await open(page, '/split/?notebooks=5&model=measured');
  await expectFig(page.locator('main'), 'split.other-notebooks', 4 * MEASURED_INTERPRETER, { prose: true, rel: 1e-6 });
  await expectFig(page.locator('main'), 'split.python-room', SHARE - 4 * MEASURED_INTERPRETER, { prose: true, rel: 1e-6 });
  await expectNothingBroken(page, watch);
});

test('spark.driver.maxResultSize: the essay’s collect is stopped at the default, passes at 4 GiB, and 0 is no limit', async ({ page, watch }) => {
  const rows = 312_000;
  const dim = 1536;
  const arrow = rows * dim * 4;
  expect(arrow).toBeGreaterThan(GiB);
  expect(arrow).toBeLessThan(4 * GiB);

  await open(page, '/plan/');
  const gate = page.locator('[data-planner] [data-result-limit]');
  await expect(gate).toBeVisible();
  await expectFig(gate, 'topandas.result-size', arrow / GB);
  await expectFig(gate, 'scenario.max-result', GiB / GB);

  for (const path of ['/plan/?maxresult=4', '/topandas/?maxresult=4', '/plan/?maxresult=0&rows=100000000']) {
    await open(page, path);
    await expect(page.locator('[data-result-limit]'), path).toHaveCount(0);
  }

  // Streaming: one job a partition, each a partition's rows pickled at 9 B a value (a BINFLOAT: one
  // opcode byte and an 8-byte double). 4 partitions of 78,000 rows: 1.08 GB, over 0.5 GiB.
  await open(page, '/plan/?pipeline=stream&partitions=4&maxresult=0.5');
  const stream = page.locator('[data-planner] [data-result-limit]');
  await expectFig(stream, 'topandas.partition-result', (78_000 * dim * 9) / GB);
  await expectFig(stream, 'scenario.max-result', GiB / 2 / GB);
  await expect(page.locator('[data-scenario-summary]').first()).toContainText('maxResultSize 0.5 GiB');
  // Chapter 4's stream cell gives the same verdict with the same figures.
  await page.goto('/topandas/?partitions=4&maxresult=0.5');
  const cell = await hydrated(page, 'stream-pipeline');
  await expectFig(cell.locator('[data-result-limit]'), 'topandas.partition-result', (78_000 * dim * 9) / GB);
  await expectNothingBroken(page, watch);
});

test('145 notebooks on the smallest node leave no Python room: every widget page still reads, nothing blank or broken', async ({ page, watch }) => {
  // 145 × the essay's 0.5 GB interpreter is far past the 0.6 GB Python share of a 1.4 GB node.
  for (const path of pagePaths().filter((p) => ['/split/', '/jvm/', '/python-objects/', '/topandas/', '/nodes/', '/budget/', '/plan/'].includes(p))) {
    await gotoSettled(page, `${path}?instance=custom&ram=1.4&notebooks=145`);
    await hydrateAll(page);
    await expectNothingBroken(page, watch);
  }
  await gotoSettled(page, '/split/?instance=custom&ram=1.4&notebooks=145');
  await expectFig(page.locator('main'), 'split.python-room', 0, { prose: true });
  await gotoSettled(page, '/plan/?instance=custom&ram=1.4&notebooks=145');
  await hydrateAll(page);
  await expect(page.locator('[data-plan-model="essay"] .plan-current')).toContainText('take the whole Python share');
});

test('the driver JVM’s share: ten million rows overflow it in the essay’s collect, as the cluster widget says', async ({ page, watch }) => {
  // The essay's JVM holds the whole Arrow copy: 10,000,000 × 1,536 × 4 B = 61.4 GB, past the 14 GB low
  // end of its 14–16 of 28 GB.
  await page.goto('/topandas/?rows=10000000');
  const cell = await hydrated(page, 'collect-everything');
  const box = cell.locator('[data-jvm-limit]');
  await expect(box).toContainText('Java heap space');
  await expectFig(box, 'split.jvm-range', { min: 14, max: 16 });
  await page.goto('/topandas/');
  await expect((await hydrated(page, 'collect-everything')).locator('[data-jvm-limit]')).toHaveCount(0);
  await expectNothingBroken(page, watch);
});
