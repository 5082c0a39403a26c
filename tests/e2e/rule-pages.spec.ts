/**
 * A rule's own page is what a reviewer links to: it carries the whole card the budget chapter shows
 * (the explanation and its erratum, not just the one-line rule) and says which scenario its live
 * numbers are for (issue 17).
 */
import { test, expect } from './support/fixtures';
import { loadFigures } from './support/figures';

const RULES = loadFigures().figures.find((f) => f.id === 'rules.count')!.value!;
const LINK = '?instance=Standard_E8ds_v5&rows=1000000&dim=768&dtype=f64&model=measured';

test('every rule page carries the card’s whole explanation, as the budget chapter shows it', async ({ page, watch }) => {
  void watch;
  await page.goto('/budget/');
  const inChapter: string[] = [];
  for (let n = 1; n <= RULES; n++) inChapter.push((await page.locator(`#rule-${n} .rule-body`).innerText()).trim());
  for (let n = 1; n <= RULES; n++) {
    await page.goto(`/rules/${n}/`);
    const body = page.locator(`#rule-${n} .rule-body`);
    await expect(body).toBeVisible();
    expect((await body.innerText()).trim(), `rule ${n}`).toBe(inChapter[n - 1]);
    expect(inChapter[n - 1]!.length, `rule ${n} has an explanation`).toBeGreaterThan(80);
  }
});

test('a rule page names the scenario of its live numbers, the essay’s or the link’s', async ({ page, watch }) => {
  void watch;
  await page.goto('/rules/1/');
  const title = page.locator('#rule-1 .rule-figures-title');
  await expect(title).toContainText('Standard_DS4_v2 (28 GB), 312K rows × 1,536, f32');
  await page.goto(`/rules/1/${LINK}`);
  await expect(title).toContainText('Standard_E8ds_v5 (64 GB), 1M rows × 768, f64, measured');
  // The numbers in the box are that scenario's: the E8ds_v5's 64 GB.
  await expect(page.locator('#rule-1 .rule-figures [data-figure="split.node-ram"]')).toHaveAttribute('data-value', '64');
});
