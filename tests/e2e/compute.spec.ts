/**
 * The compute type (issue 14): the essay's world is classic PySpark on dedicated compute. On Spark
 * Connect (standard access mode, serverless, Databricks Connect) toPandas() has no pickled path
 * (apache/spark python/pyspark/sql/connect/client/core.py), toLocalIterator() runs one job over every
 * partition (SparkConnectPlanExecution.scala), and with Databricks Connect the frame is built on the
 * reader's machine. The cells follow the scenario's `compute`.
 */
import { test, expect } from './support/fixtures';
import { expectNothingBroken, hydrated } from './support/widgets';

const peakOf = async (cell: import('@playwright/test').Locator) =>
  Number(await cell.locator('.verdict [data-figure$="python-peak"]').first().getAttribute('data-value'));

test('serverless: no Arrow switch, and a link’s arrow=off cannot turn Arrow off', async ({ page, watch }) => {
  await page.goto('/topandas/?model=measured&arrow=off');
  const classic = await hydrated(page, 'collect-everything');
  const offPeak = await peakOf(classic);
  await expect(classic.locator('input[type="radio"][value="off"]')).toBeChecked();

  await page.goto('/topandas/?model=measured&arrow=on');
  const onPeak = await peakOf(await hydrated(page, 'collect-everything'));
  expect(offPeak).toBeGreaterThan(onPeak);

  await page.goto('/topandas/?model=measured&arrow=off&compute=serverless');
  const cell = await hydrated(page, 'collect-everything');
  await expect(cell.locator('input[type="radio"][value="off"]')).toHaveCount(0);
  await expect(cell.locator('[data-compute-note]')).toContainText('always converts with Arrow');
  expect(await peakOf(cell)).toBe(onPeak);
  await expect(page.locator('[data-scenario-summary]').first()).toContainText('serverless');
  // The stream cell says its one-partition bound is classic PySpark's.
  await expect((await hydrated(page, 'stream-pipeline')).locator('[data-compute-note]')).toContainText('one job over every partition');
  await expectNothingBroken(page, watch);
});

test('Databricks Connect: the collect’s Python side is the reader’s machine, on chapter 4, chapter 5 and the planner', async ({ page, watch }) => {
  await page.goto('/topandas/?compute=connect');
  const cell = await hydrated(page, 'collect-everything');
  await expect(cell.locator('[data-compute-note]')).toContainText('On your machine');
  await expect(cell.locator('.verdict .out-sentence')).toContainText('your machine’s Python');
  // No verdict against the driver's budget.
  await expect(cell.locator('.ok-box, .warn-box:not([data-result-limit])')).toHaveCount(0);
  // The stream cell's expected output names Python's peak, wherever Python runs, and compares it with
  // the other cells' Python peaks: no "on the driver", and no JVM + Python total among them.
  const stream = page.locator('#stream-pipeline');
  await expect(stream).not.toContainText('Peak on the driver');
  await expect(stream.locator('[data-prose][data-figure="topandas.stream.python-peak"]')).toHaveCount(1);
  await expect(stream.locator('[data-prose][data-figure="topandas.stream.peak"]')).toHaveCount(0);

  await page.goto('/nodes/?compute=connect');
  await expect((await hydrated(page, 'cluster-topology')).locator('[data-compute-note]')).toContainText('your own machine');

  await page.goto('/plan/?compute=connect');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('[data-planner] [data-compute-note]')).toContainText('Databricks Connect');
  await expectNothingBroken(page, watch);
});

test('the scenario bar sets the compute, and the address keeps it', async ({ page, watch }) => {
  await page.goto('/topandas/?model=measured');
  const cell = await hydrated(page, 'collect-everything');
  await expect(cell.locator('input[type="radio"][value="off"]')).toHaveCount(1);
  await page.locator('#sc-compute').selectOption('standard');
  await expect.poll(() => new URL(page.url()).searchParams.get('compute')).toBe('standard');
  await expect(cell.locator('input[type="radio"][value="off"]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('#sc-compute')).toHaveValue('standard');
  await expectNothingBroken(page, watch);
});
