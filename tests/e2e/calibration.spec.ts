/**
 * Calibrate to your cluster (issue 14): the reader pastes the line chapter 1's snippet printed on their
 * driver; every chapter and the planner then size the scenario's node from it, and the address carries
 * it. Malformed lines get a message beside the field and change nothing. Expected values are worked out
 * here from the line and Spark's overhead rule (docs/configuration.md: the larger of 384 MiB and 10 % of
 * the heap).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { gotoSettled } from './support/hardening';
import { expectFig } from './support/rendered-figures';
import { expectNothingBroken, hydrated } from './support/widgets';

const GB = 1e9;
const LINE = 'handbook-calibration v1 heap_gb=14.310 overhead_gb=unset mem_gb=27.900 py_rss_gb=0.410 spark=3.5.0 dbr=15.4 arrow=true maxresult=4g heap_src=jvm';
const HEAP = 14.31;
const OVERHEAD = Math.max((384 * 2 ** 20) / GB, 0.1 * HEAP);
const PYTHON = 27.9 - HEAP - OVERHEAD;

async function paste(page: Page, text: string): Promise<void> {
  const field = page.locator('#cal-line');
  await field.fill(text);
  await page.locator('#calibration').getByRole('button', { name: 'Calibrate', exact: true }).click();
}

test('a pasted line sizes the scenario node on three chapters and the planner, and travels in the link', async ({ page, watch }) => {
  await page.goto('/split/');
  const cell = await hydrated(page, 'calibration');
  await paste(page, LINE);
  await expect(cell.locator('[data-calibrated="yes"]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('heap')).toBe('14.31');
  const url = new URL(page.url());
  expect(url.searchParams.get('avail')).toBe('27.9');
  expect(url.searchParams.get('maxresult')).toBe('4');
  await expectFig(cell, 'split.spark-heap', HEAP);
  await expectFig(cell, 'split.python-typical', PYTHON);
  // Chapter 1's own widget and prose follow.
  await expectFig(page.locator('#node-split'), 'split.python-typical', PYTHON);
  await expect(page.locator('[data-scenario-summary]').first()).toContainText('calibrated driver (heap 14.3 GB)');
  await expectNothingBroken(page, watch);

  const query = url.search;
  // Chapter 6's ledger starts from the calibrated room.
  await page.goto(`/budget/${query}`);
  await expectFig(await hydrated(page, 'budget-ledger'), 'budget.available', PYTHON);
  // Chapter 4's collect is judged against it, and 4 GiB lets the essay's 1.9 GB collect through.
  await page.goto(`/topandas/${query}`);
  const collect = await hydrated(page, 'collect-everything');
  await expectFig(collect, 'split.python-room', PYTHON);
  await expect(collect.locator('[data-result-limit]')).toHaveCount(0);
  // Chapter 2's JVM is the heap plus Spark's overhead.
  await gotoSettled(page, `/jvm/${query}`);
  await expectFig(page.locator('main'), 'split.jvm-range', HEAP + OVERHEAD, { prose: true });
  // The planner's card for the scenario's own node.
  await gotoSettled(page, `/plan/${query}`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expectFig(page.locator('[data-plan-model="essay"]'), 'plan.collect.chunked.current-python', PYTHON);
  await expectNothingBroken(page, watch);
});

test('ten malformed lines: a message beside the field each time, and nothing changes', async ({ page, watch }) => {
  await page.goto('/split/');
  const cell = await hydrated(page, 'calibration');
  const before = page.url();
  const python = await page.locator('#node-split [data-figure="split.python-typical"]').first().getAttribute('data-value');
  expect(Number(python)).toBeGreaterThan(0);
  const bad = [
    '',
    'heap_gb=14 mem_gb=28',
    'handbook-calibration v1 mem_gb=28',
    'handbook-calibration v1 heap_gb=unknown mem_gb=28 heap_src=none',
    'handbook-calibration v1 heap_gb=14 heap_gb=15 mem_gb=28',
    'handbook-calibration v1 heap_gb=0.2 mem_gb=28',
    'handbook-calibration v1 heap_gb=30 mem_gb=28',
    'handbook-calibration v1 heap_gb=14 mem_gb=28 maxresult=lots',
    'handbook-calibration v1 heap_gb=14 mem_gb=28 <img src=x onerror=alert(1)>',
    `handbook-calibration v1 heap_gb=14 mem_gb=28 spark=${'9'.repeat(2000)}`,
  ];
  for (const line of bad) {
    await paste(page, line);
    const msg = page.locator('#cal-line-msg');
    await expect(msg, line.slice(0, 50)).not.toBeEmpty();
    await expect(page.locator('#cal-line')).toHaveAttribute('aria-invalid', 'true');
    expect(page.url()).toBe(before);
    await expect(cell.locator('[data-calibrated="no"]')).toBeVisible();
    await expect(cell.locator('[data-figure="split.python-typical"]')).toHaveCount(0);
    await expect(page.locator('#node-split [data-figure="split.python-typical"]').first()).toHaveAttribute('data-value', python ?? '');
  }
  // Nothing a line carries becomes markup.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expectNothingBroken(page, watch);
});
