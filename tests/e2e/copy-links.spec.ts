/**
 * Copy as Markdown: the copy buttons on rules, cells and headings put `[Title](absolute url)` on the
 * clipboard (read back here), with or without the scenario, and say so on screen and in the live region.
 * The absolute base is the configured site (HANDBOOK_SITE at build time, published as meta handbook-site).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { loadFigures } from './support/figures';
import { CHAPTERS } from './support/site';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function siteBase(page: Page): Promise<string> {
  const base = await page.locator('meta[name="handbook-site"]').getAttribute('content');
  expect(base, 'the layout publishes the configured base URL').toMatch(/^https?:\/\/[^/]+/);
  return base!.endsWith('/') ? base! : `${base}/`;
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function clearClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

const announcer = (page: Page) => page.locator('[data-announcer]');

test('a rule’s copy button copies [Rule N: title: its first number](absolute permalink) and confirms it', async ({ page }) => {
  await page.goto('/rules/2/');
  const base = await siteBase(page);
  const title = (await page.locator('h1').innerText()).trim();
  expect(title).toMatch(/^Rule 2: /);
  // The card's first number, as its list shows it: what a reviewer needs to see in the link text.
  const label = (await page.locator('#rule-2 .rule-figures dt').first().innerText()).trim();
  const value = (await page.locator('#rule-2 .rule-figures dd').first().innerText()).trim();
  await clearClipboard(page);
  const btn = page.locator('#rule-2 button[data-copy-link]');
  await btn.click();
  await expect.poll(() => clipboard(page)).toBe(`[${title}: ${label} ${value}](${base}rules/2/)`);
  await expect(btn).toContainText('Copied');
  await expect(announcer(page)).toContainText('Copied a Markdown link');
  await expect(announcer(page)).toContainText(title);
  // The confirmation goes away again.
  await expect(btn).not.toContainText('Copied', { timeout: 5000 });
});

test('a rule copied from the rules index still links to its own permalink', async ({ page }) => {
  await page.goto('/rules/');
  const base = await siteBase(page);
  const heading = (await page.locator('#rule-7 :is(h2,h3)').first().innerText()).trim();
  const label = (await page.locator('#rule-7 .rule-figures dt').first().innerText()).trim();
  const value = (await page.locator('#rule-7 .rule-figures dd').first().innerText()).trim();
  await page.locator('#rule-7 button[data-copy-link]').click();
  await expect.poll(() => clipboard(page)).toBe(`[${heading}: ${label} ${value}](${base}rules/7/)`);
});

test('a cell’s copy button copies [chapter › Cell n: title · scenario: key number](url#id), with the scenario when the box is ticked', async ({ page }) => {
  await page.goto('/topandas/?rows=1000000&dtype=f64');
  const base = await siteBase(page);
  const cell = page.locator('#collect-everything');
  const n = /\[(\d+)\]/.exec(await cell.locator('.cell-counter').innerText())?.[1];
  expect(n).toBeTruthy();
  const title = (await cell.locator('.cell-title').innerText()).trim();
  const box = page.getByLabel('scenario in copied links');
  await expect(box).toBeChecked();

  // The text names the chapter and the cell, the scenario in a few words (node without "Standard_",
  // rows × dim and dtype from the query) and the peak as the cell shows it.
  const chapter = (await page.locator('main h1').innerText()).trim();
  await cell.locator('.cell-out').scrollIntoViewIfNeeded();
  await expect(cell.locator('astro-island').first()).not.toHaveAttribute('ssr');
  const peak = (await cell.locator('.timeline [data-figure="topandas.peak"]').first().innerText()).trim();
  await cell.locator('button[data-copy-link]').click();
  await expect
    .poll(() => clipboard(page))
    .toBe(`[${chapter} › Cell ${n}: ${title} · DS4_v2, 1M × 1,536 f64: peak ${peak}](${base}topandas/?rows=1000000&dtype=f64#collect-everything)`);
  await expect(announcer(page)).toContainText(`Cell ${n}: ${title}`);

  // Without the scenario: the same link, no query, and no scenario in its text.
  await box.uncheck();
  await clearClipboard(page);
  await cell.locator('button[data-copy-link]').click();
  await expect.poll(() => clipboard(page)).toBe(`[${chapter} › Cell ${n}: ${title}: peak ${peak}](${base}topandas/#collect-everything)`);

  // The choice holds on the next page.
  await page.goto('/budget/?rows=1000000');
  await expect(page.getByLabel('scenario in copied links')).not.toBeChecked();
  await page.locator('#budget-ledger button[data-copy-link]').click();
  await expect.poll(() => clipboard(page)).toMatch(new RegExp(`\\(${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}budget/#budget-ledger\\)$`));
});

test('a heading’s copy button copies [Heading](url#id) and shows a visible confirmation', async ({ page }) => {
  await page.goto('/topandas/');
  const base = await siteBase(page);
  const heading = page.locator('h2#fix-1-stream-with-tolocaliterator');
  const text = (await heading.evaluate((h) => {
    const c = h.cloneNode(true) as HTMLElement;
    c.querySelectorAll('button, .term-tip').forEach((x) => x.remove());
    return c.textContent ?? '';
  })).replace(/\s+/g, ' ').trim();
  expect(text.length).toBeGreaterThan(5);
  const btn = heading.locator('button.heading-copy');
  await expect(btn).toBeVisible();
  await expect(btn).toHaveAccessibleName(`Copy link to “${text}” as Markdown`);
  await btn.click();
  await expect.poll(() => clipboard(page)).toBe(`[${text}](${base}topandas/#fix-1-stream-with-tolocaliterator)`);
  // The button's label is hidden (it shows "#"), so a visible badge says it instead.
  await expect(heading.locator('.copy-toast')).toBeVisible();
  await expect(heading.locator('.copy-toast')).toHaveText('Copied');
  await expect(announcer(page)).toContainText(text);
});

test('copy buttons work from the keyboard', async ({ page }) => {
  await page.goto('/split/');
  const base = await siteBase(page);
  const btn = page.locator('#node-split button[data-copy-link]');
  await btn.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => clipboard(page)).toMatch(new RegExp(`^\\[The split[^\\]]* › Cell 1: [^\\]]+\\]\\(${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}split/#node-split\\)$`));
});

test('a cell link reads well in a review: chapter, cell, the scenario in a few words and the key number', async ({ page }) => {
  await page.goto('/budget/?instance=Standard_E8ds_v5&rows=1000000&dim=768&dtype=f64');
  const cell = page.locator('#budget-ledger');
  await cell.locator('.cell-out').scrollIntoViewIfNeeded();
  await expect(cell.locator('astro-island').first()).not.toHaveAttribute('ssr');
  const chapter = (await page.locator('main h1').innerText()).trim();
  // The ledger fits on an E8ds_v5 (64 GB): the foot's remainder is the key number, as the page shows it.
  const left = (await cell.locator('tfoot [data-figure="budget.remaining"]').innerText()).trim();
  await clearClipboard(page);
  await cell.locator('button[data-copy-link]').click();
  const text = await expect.poll(() => clipboard(page)).toMatch(/^\[/).then(() => clipboard(page));
  const title = text.slice(1, text.indexOf(']('));
  expect(title).toBe(`${chapter} › Cell 1: Budget ledger · E8ds_v5, 1M × 768 f64: left for computation ${left}`);
  expect(text).toContain('rows=1000000');
});

test('every rule, cell and heading on a chapter has a copy button with an accessible name', async ({ page }) => {
  await page.goto('/budget/');
  const cells = await page.locator('[data-cell]').count();
  const rules = await page.locator('[data-rule]').count();
  const headings = await page.locator('.content h2[id]:not(.cell h2):not(.rule-card h2), .content h3[id]:not(.cell h3):not(.rule-card h3)').count();
  expect(cells + rules + headings).toBeGreaterThan(5);
  await expect(page.locator('[data-cell] > header button[data-copy-link]')).toHaveCount(cells);
  await expect(page.locator('[data-rule] button[data-copy-link]')).toHaveCount(rules);
  await expect(page.locator('button.heading-copy')).toHaveCount(headings);
  for (const b of await page.locator('button[data-copy-link]').all()) {
    await expect(b).toHaveAccessibleName(/^Copy (Markdown )?link to \S/i);
  }
});

test('the home page’s rule list copies permalinks too', async ({ page }) => {
  await page.goto('/');
  const base = await siteBase(page);
  const item = page.locator('[data-home-rules] li').filter({ hasText: 'Rule 5' });
  const name = (await item.locator('a').innerText()).replace(/\s+/g, ' ').trim();
  await item.locator('button[data-copy-link]').click();
  await expect.poll(() => clipboard(page)).toBe(`[${name.replace(/^Rule 5 /, 'Rule 5: ')}](${base}rules/5/)`);
});

const ESSAY = loadFigures().scenario as { reducedDim: number; chunkRows: number };
// A Python integer literal as the test expects the code to print it: underscores from five digits on.
const pyInt = (n: number) => (String(n).length < 5 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '_'));

for (const [query, reduced, chunk] of [
  ['', ESSAY.reducedDim, ESSAY.chunkRows],
  ['?reduced=64&chunk=20000', 64, 20_000],
] as const) {
  test(`a code cell’s Copy code button copies the code with the scenario’s numbers${query ? ` (${query})` : ''}`, async ({ page }) => {
    // The code as the chapter's source declares it, its {{…}} markers filled with the scenario's values.
    const source = readFileSync('content/06-budget.mdx', 'utf8');
    const declared = /export const chunkedPcaCode = `([\s\S]*?)`;/.exec(source)?.[1];
    expect(declared, 'content/06-budget.mdx declares chunkedPcaCode').toBeTruthy();
    const code = declared!
      .trim()
      .replace('{{scenario.reduced-dim}}', pyInt(reduced))
      .replace('{{scenario.chunk-rows}}', pyInt(chunk));
    expect(code).not.toContain('{{');
    await page.goto(`/budget/${query}#chunked-projection`);
    // The code on screen follows the scenario (a link's numbers are painted once the page's scripts ran).
    await expect(page.locator('#chunked-projection pre')).toContainText(`k=${pyInt(reduced)}, step=${pyInt(chunk)}`);
    await clearClipboard(page);
    const button = page.locator('#chunked-projection').getByRole('button', { name: /^Copy code of cell/ });
    await button.click();
    await expect(button).toContainText('Copied');
    await expect(announcer(page)).toContainText('Copied the code');
    expect((await clipboard(page)).trimEnd()).toBe(code);
  });
}

test('code cells show every line whole at 1280 px, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const clipped: string[] = [];
  for (const chapter of CHAPTERS) {
    await page.goto(`/${chapter}/`);
    for (const pre of await page.locator('.cell-in pre').all()) {
      const { scroll, client, cell } = await pre.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, cell: el.closest('.cell')?.id ?? '?' }));
      if (scroll > client + 1) clipped.push(`/${chapter}/#${cell}: ${scroll} px of code in ${client} px`);
    }
  }
  expect(clipped).toEqual([]);
});
