/**
 * "Where the numbers come from" (issue 14): every model assumption the engine declares is on the page
 * under its permanent id, with a line of sources that says how each backs it; a pasted /sources/#<id>
 * lands on its entry. Every erratum on the chapters carries the same line.
 */
import { test, expect } from './support/fixtures';
import { pageHtml } from './support/site';

const KINDS = /\b(measured|read in source|documented|inferred)\b/;

test('every assumption is listed with its sources, and a pasted address lands on it', async ({ page, watch }) => {
  void watch;
  await page.goto('/sources/');
  const entries = page.locator('.assumption');
  const n = await entries.count();
  expect(n).toBeGreaterThan(10);
  for (let i = 0; i < n; i++) {
    const e = entries.nth(i);
    await expect(e.locator('h3[id]')).toHaveCount(1);
    await expect(e.locator('.sources')).toContainText(KINDS);
  }
  // The one that sizes every node says that Databricks publishes no formula.
  await expect(page.locator('.assumption:has(#jvm-python-split) .sources')).toContainText('Databricks documents no driver-heap formula');
  await page.goto('/sources/#max-result-size');
  await expect(page.locator('#max-result-size')).toBeInViewport();
});

test('every erratum box on the chapters names its sources', async () => {
  let total = 0;
  for (const chapter of ['split', 'jvm', 'python-objects', 'topandas', 'budget']) {
    const html = pageHtml(`/${chapter}/`);
    const boxes = html.split('<aside class="errata"').slice(1);
    total += boxes.length;
    for (const box of boxes) expect(box.slice(0, box.indexOf('</aside>')), chapter).toMatch(/class="sources"[\s\S]*?(measured|read in source|documented|inferred)/);
  }
  expect(total).toBeGreaterThan(10);
});
