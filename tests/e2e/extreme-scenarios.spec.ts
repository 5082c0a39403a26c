/**
 * Issue 18's extreme links, as a tester sent them: sizes past GB print in larger units, shares past ten
 * times the whole print as multiples, and every link that asks for something the page cannot use says
 * so in the notice (a node with a RAM it does not have, a key given twice, parameters the page does not
 * own). The expected sizes are computed here from the link's own inputs.
 * (The ledger's terabyte shortfall is in chapter-6.spec.ts.)
 */
import { test, expect } from './support/fixtures';
import { hydrateAll } from './support/hardening';

const PB = 1e15;
const HUGE = { rows: 10_000_000_000, dim: 65_536, bytes: 8 };
const HUGE_QUERY = `?rows=${HUGE.rows}&dim=${HUGE.dim}&dtype=f64`;

// A number of GB with a thousands separator ("31,556,872 GB"), or a share of a thousand percent or more.
const UNSCALED_GB = /\d{1,3}(,\d{3})+(\.\d+)? GB\b/;
const UNSCALED_PERCENT = /\d{1,3}(,\d{3})+(\.\d+)?%/;

test('toPandas at 10bn × 65,536 f64: the Arrow copy reads in PB, and no size or share is left unscaled', async ({ page, watch }) => {
  await page.goto(`/topandas/${HUGE_QUERY}`);
  await hydrateAll(page);
  const arrowBytes = HUGE.rows * HUGE.dim * HUGE.bytes;
  const shown = `~${(Math.round((arrowBytes / PB) * 10) / 10).toFixed(1)} PB`;
  const arrow = page.locator('[data-prose][data-figure="topandas.arrow-jvm"]:not([data-scenario])').first();
  await expect(arrow).toHaveText(shown);
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(UNSCALED_GB);
  expect(text).not.toMatch(UNSCALED_PERCENT);
  void watch;
});

test('the planner at 10bn × 65,536 f64: no node fits, and each share of a budget prints as a multiple', async ({ page, watch }) => {
  await page.goto(`/plan/${HUGE_QUERY}`);
  await hydrateAll(page);
  const main = page.locator('main');
  await expect(main.locator('[data-plan-node="none"]')).toHaveCount(2);
  const text = await main.innerText();
  expect(text).not.toMatch(UNSCALED_GB);
  expect(text).not.toMatch(UNSCALED_PERCENT);
  // The scenario's node, DS4_v2: the peak against its Python budget, a million times over and more.
  const use = main.locator('[data-plan-model="essay"] .plan-current .fig').first();
  const value = Number(await use.getAttribute('data-value'));
  expect(value).toBeGreaterThan(1e8);
  await expect(use).toHaveText(/^~[\d.]+M×$/);
  void watch;
});

const NOTICES: { link: string; says: RegExp }[] = [
  // A named node with a RAM it does not have: a custom node of that RAM, said so.
  { link: '/split/?instance=Standard_DS4_v2&ram=14', says: /ram.*Standard_DS4_v2 has 28 GB.*custom 14 GB/ },
  // A key given twice: the last value is used, said so.
  { link: '/split/?rows=abc&rows=5', says: /rows.*2 times.*the last, “5”, is used/ },
  // The planner's own settings on another page: reported and dropped.
  { link: '/split/?pca=bogus&pipeline=teleport', says: /Ignored unknown parameters: pca, pipeline/ },
  { link: '/budget/?pca=none', says: /Ignored unknown parameters: pca/ },
];

for (const { link, says } of NOTICES) {
  test(`the notice reports ${link}`, async ({ page, watch }) => {
    await page.goto(link);
    await expect(page.locator('[data-scenario-notice]').first()).toHaveText(says);
    // What the notice reports as dropped is gone from the address too.
    if (/Ignored/.test(says.source)) await expect(page).not.toHaveURL(/pca=|pipeline=/);
    void watch;
  });
}
