/**
 * Chapter 7's widget, one executor's Python memory (issue 16): the defaults without JavaScript, driven by
 * mouse and by keyboard alone, every setting restored from a pasted link, bad values refused beside
 * their field with the numbers kept, and axe in both themes. Expected numbers are worked out here from
 * the chapter's sources: one Python worker per vCPU, an Arrow batch plus its pandas copy, a 111 MB
 * interpreter, and the essay's 12-of-28 share of a node for Python.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, setTheme } from './support/fixtures';
import { expectFig } from './support/rendered-figures';
import { expectNothingBroken, hydrated, typeInto } from './support/widgets';
import { PYTHON_SHARE } from '../fixtures/node-catalogue';

const GB = 1e9;
const MB = 1e6;
const INTERPRETER = 111 * MB;
// The defaults: a long and a 1,536-float vector (8 + 4 + 6,144 B), two columns, 10,000-row batches.
const ROW = 6156;
/** One Python worker holding `rows` rows of `cols` columns, `row` bytes each: interpreter, Arrow (with a
 *  validity bit a row per column) and the pandas copy. */
const worker = (rows: number, cols = 2, row = ROW) => INTERPRETER + rows * row + cols * Math.ceil(rows / 8) + rows * row;

const widget = (page: Page) => page.locator('#executor-memory .executor-memory');

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`/executors/${query}`);
  return hydrated(page, 'executor-memory');
}

test('JavaScript off: the essay’s node and rows, mapInPandas, in the static HTML', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/executors/');
  const w = widget(page);
  await expect(w.locator('#exe-worker')).toHaveValue('Standard_DS4_v2');
  await expect(w.locator('#exe-slots')).toHaveValue('8');
  await expect(w.locator('#exe-batch')).toHaveValue('10000');
  await expect(w.locator('#exe-rowbytes')).toHaveValue(String(ROW));
  await expect(w.locator('input[name="exe-udf"][value="mapInPandas"]')).toBeChecked();
  await expectFig(w, 'executor.slots', 8);
  await expectFig(w, 'executor.worker-peak', worker(10_000) / MB);
  await expectFig(w, 'executor.executor-peak', (8 * worker(10_000)) / GB);
  await expectFig(w, 'executor.python-room', 28 * PYTHON_SHARE);
  await expect(w.locator('[data-verdict="fits"]')).toBeVisible();
  // The prose quotes the same example.
  await expectFig(page, 'executor.executor-peak', (8 * worker(10_000)) / GB, { prose: true });
  await context.close();
});

test('by mouse: applyInPandas, a bigger node, fewer slots, and the verdict follows', async ({ page, watch }) => {
  const cell = await open(page);
  const w = widget(page);
  await cell.getByRole('radio', { name: /applyInPandas/ }).click();
  // The largest of 50,000-row groups is 20 times as big: one worker holds it, seven hold typical ones.
  const short = worker(1_000_000) + 7 * worker(50_000) - 28 * PYTHON_SHARE * GB;
  await expect(w.locator('[data-verdict="short"]')).toBeVisible();
  await expectFig(w, 'executor.rows-held', 1_000_000);
  await expectFig(w, 'executor.shortfall', short / GB);
  await expect(w.locator('#exe-batch')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('udf')).toBe('applyInPandas');

  // The worker picker searches the catalogue: part of the name, then the match.
  await w.locator('#exe-worker').click();
  await w.locator('#exe-worker').pressSequentially('E16ds');
  await w.locator('[data-node-option="Standard_E16ds_v5"]').click();
  await expect(w.locator('#exe-worker')).toHaveValue('Standard_E16ds_v5');
  await expectFig(w, 'executor.slots', 16);
  await expectFig(w, 'executor.python-room', 128 * PYTHON_SHARE);
  await expectFig(w, 'executor.executor-peak', (worker(1_000_000) + 15 * worker(50_000)) / GB);
  await expect(w.locator('[data-verdict="fits"]')).toBeVisible();

  await typeInto(w.locator('#exe-slots'), '4');
  await expectFig(w, 'executor.executor-peak', (worker(1_000_000) + 3 * worker(50_000)) / GB);
  // Back to one slot a vCPU.
  await w.getByRole('button', { name: /One per vCPU/ }).click();
  await expectFig(w, 'executor.slots', 16);
  await expect.poll(() => new URL(page.url()).searchParams.get('slots')).toBeNull();
  await expectNothingBroken(page, watch);
});

test('keyboard only: the node, the slots and the kind of UDF', async ({ page, watch }) => {
  const cell = await open(page);
  const w = widget(page);
  // From the cell's copy button, Tab reaches the node first.
  await cell.locator('.cell-copy').focus();
  await page.keyboard.press('Tab');
  await expect(w.locator('#exe-worker')).toBeFocused();
  // The picker opens on the current node; the next one down its list (whichever the catalogue puts
  // there) takes over with Enter, and the address says so.
  await page.keyboard.press('ArrowDown');
  await expect(w.locator('#exe-worker')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const next = await w.locator('#exe-worker-list [role="option"].active').getAttribute('data-node-option');
  expect(next).not.toBe('Standard_DS4_v2');
  await page.keyboard.press('Enter');
  await expect(w.locator('#exe-worker')).toHaveValue(next!);
  await expect.poll(() => new URL(page.url()).searchParams.get('worker')).toBe(next);
  await page.keyboard.press('Tab');
  await expect(w.locator('#exe-slots')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  // Three slots: no node has three vCPUs, so the number is the reader's own and a button offers one per vCPU again.
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expectFig(w, 'executor.executor-peak', (3 * worker(10_000)) / GB);
  // Past the "one per vCPU" button into the radio group (the checked radio takes the focus), down to
  // applyInPandas: the batch field gives way to the groups'.
  await page.keyboard.press('Tab');
  await expect(w.getByRole('button', { name: /One per vCPU/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(w.locator('input[name="exe-udf"][value="mapInPandas"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(w.locator('input[name="exe-udf"][value="applyInPandas"]')).toBeChecked();
  await expectFig(w, 'executor.executor-peak', (worker(1_000_000) + 2 * worker(50_000)) / GB);
  // On through the columns and the row width to the typical group, and a smaller one.
  for (const id of ['#exe-cols', '#exe-rowbytes', '#exe-group']) {
    await page.keyboard.press('Tab');
    await expect(w.locator(id)).toBeFocused();
  }
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('10000');
  await page.keyboard.press('Enter');
  await expectFig(w, 'executor.executor-peak', (worker(200_000) + 2 * worker(10_000)) / GB);
  await expect.poll(() => new URL(page.url()).search).toContain('udf=applyInPandas');
  await expectNothingBroken(page, watch);
});

test('a pasted link restores every setting', async ({ page, watch }) => {
  const link = '?worker=Standard_E8ds_v5&slots=4&cols=3&rowbytes=1024&batch=5000&udf=applyInPandas&group=100&skew=2.5';
  const cell = await open(page, link);
  const w = widget(page);
  await expect(w.locator('#exe-worker')).toHaveValue('Standard_E8ds_v5');
  await expect(w.locator('#exe-slots')).toHaveValue('4');
  await expect(w.locator('#exe-cols')).toHaveValue('3');
  await expect(w.locator('#exe-rowbytes')).toHaveValue('1024');
  await expect(w.locator('#exe-group')).toHaveValue('100');
  await expect(w.locator('#exe-skew')).toHaveValue('2.5');
  await expect(w.locator('input[name="exe-udf"][value="applyInPandas"]')).toBeChecked();
  await expectFig(w, 'executor.rows-held', 250);
  await expectFig(w, 'executor.executor-peak', (worker(250, 3, 1024) + 3 * worker(100, 3, 1024)) / GB);
  await expectFig(w, 'executor.python-room', 64 * PYTHON_SHARE);
  // The batch field, hidden for groups, held the link's value too.
  await cell.getByRole('radio', { name: /mapInPandas/ }).click();
  await expect(w.locator('#exe-batch')).toHaveValue('5000');
  await expectFig(w, 'executor.executor-peak', (4 * worker(5000, 3, 1024)) / GB);
  await expectNothingBroken(page, watch);
});

test('bad values: a message beside the field, the last good numbers stay', async ({ page, watch }) => {
  await open(page);
  const w = widget(page);
  const peak = (8 * worker(10_000)) / GB;
  for (const [id, bad] of [['#exe-slots', '0'], ['#exe-slots', 'abc'], ['#exe-rowbytes', '-5'], ['#exe-cols', '1.5'], ['#exe-batch', '1e309'], ['#exe-batch', '']] as const) {
    const field = w.locator(id);
    await field.fill(bad);
    await expect(w.locator(`${id}-msg`), `${id} "${bad}"`).not.toBeEmpty();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectFig(w, 'executor.executor-peak', peak);
  }
  // None of them reached the address.
  await page.waitForTimeout(500);
  expect(new URL(page.url()).search).toBe('');
  await expectNothingBroken(page, watch);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the widget fitting and short, ${theme} theme`, async ({ page, watch }) => {
    await open(page, '?udf=applyInPandas');
    const w = widget(page);
    await expect(w.locator('[data-verdict="short"]')).toBeVisible();
    await w.locator('#exe-skew').fill('0');
    await expect(w.locator('#exe-skew-msg')).not.toBeEmpty();
    await setTheme(page, theme);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const short = await new AxeBuilder({ page }).include('#executor-memory').withTags(tags).analyze();
    expect(short.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await w.getByRole('radio', { name: /mapInPandas/ }).check();
    await expect(w.locator('[data-verdict="fits"]')).toBeVisible();
    const fits = await new AxeBuilder({ page }).include('#executor-memory').withTags(tags).analyze();
    expect(fits.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    void watch;
  });
}

test('one id, one value: the prose keeps its example while the widget follows a link’s settings', async ({ page }) => {
  await open(page, '?worker=r5.xlarge&batch=20000');
  const w = widget(page);
  // r5.xlarge: 32 GiB as AWS states it; a 20,000-row batch of the example's two columns, 6,156 bytes a
  // row, plus a validity bit a row for each column, in MB.
  await expectFig(w, 'executor.worker-ram', 32);
  await expectFig(w, 'executor.arrow-batch', (20_000 * 6_156 + 2 * Math.ceil(20_000 / 8)) / 1e6);
  const values = await page.evaluate(() => {
    const seen: Record<string, string[]> = {};
    for (const el of document.querySelectorAll<HTMLElement>('main [data-figure]')) {
      const key = `${el.dataset.figure}${el.dataset.scenario === 'essay' ? ' (pinned)' : ''}`;
      (seen[key] ??= []).push(el.dataset.value ?? `${el.dataset.min}–${el.dataset.max}`);
    }
    return Object.entries(seen).filter(([, v]) => new Set(v).size > 1);
  });
  expect(values).toEqual([]);
  // The prose's example is pinned, and still the example's: the essay's node, 28 GB.
  await expect(page.locator('main [data-prose][data-figure="executor.worker-ram"]')).toHaveAttribute('data-scenario', 'essay');
  await expect(page.locator('main [data-prose][data-figure="executor.worker-ram"]')).toHaveAttribute('data-value', '28');
});
