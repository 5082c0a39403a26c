/**
 * Search: Pagefind's index is built with the site, its code loads only when the reader opens search
 * (the `/` key or the button), everything it fetches comes from this origin, and results deep-link to
 * the heading or rule that matched, keeping the scenario.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { settled } from './support/hardening';

/** Every request the page makes; anything leaving the origin is refused, as on a machine without network. */
async function offline(page: Page, origin: string): Promise<{ all: string[]; blocked: string[] }> {
  const log = { all: [] as string[], blocked: [] as string[] };
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      log.all.push(url);
      await route.continue();
    } else {
      log.blocked.push(url);
      await route.abort('internetdisconnected');
    }
  });
  return log;
}

const pagefindRequests = (log: { all: string[] }) => log.all.filter((u) => new URL(u).pathname.startsWith('/pagefind/'));

async function openWithSlash(page: Page): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-dialog]')).toBeVisible();
  await expect(page.locator('[data-search-input]')).toBeFocused();
}

test('Pagefind loads only on open, works offline, and finds toLocalIterator with a deep link', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const log = await offline(page, origin);
  await page.goto('/split/');
  await settled(page);
  expect(pagefindRequests(log), 'no search code before the reader asks for it').toEqual([]);

  await openWithSlash(page);
  await page.locator('[data-search-input]').fill('toLocalIterator');
  const results = page.locator('[data-search-results] li a');
  await expect(results.first()).toBeVisible();
  expect(pagefindRequests(log).length).toBeGreaterThan(0);
  expect(log.blocked, 'nothing left the origin').toEqual([]);

  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.startsWith('/topandas/#'))).toBe(true);
  // Results land on a heading (or rule/cell) of the page, not just its top.
  const deep = hrefs.find((h) => h.startsWith('/topandas/#'))!;
  await expect(page.locator('[data-search-status]')).toContainText(/\d+ results?/);
  await page.locator(`[data-search-results] a[href="${deep}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/topandas/#${deep.split('#')[1]}$`));
  const target = page.locator(`[id="${decodeURIComponent(deep.split('#')[1]!)}"]`);
  await expect(target).toBeInViewport();
  // The excerpt text was found on the page it links to.
  await expect(page.locator('main')).toContainText('toLocalIterator');
  expect(log.blocked).toEqual([]);
});

test('the search button opens it too; Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/');
  const open = page.locator('[data-search-open]');
  await open.click();
  await expect(page.locator('[data-search-dialog]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-dialog]')).toBeHidden();
  await expect(open).toBeFocused();
});

test('typing "/" in a field does not open search', async ({ page }) => {
  await page.goto('/plan/');
  await settled(page);
  const rows = page.getByLabel('Rows', { exact: true });
  await rows.click();
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-dialog]')).toBeHidden();
});

test('rules are found and linked at their permalink or anchor, with the scenario kept', async ({ page }) => {
  await page.goto('/split/?rows=1000000');
  await settled(page);
  await openWithSlash(page);
  await page.locator('[data-search-input]').fill('restart');
  const results = page.locator('[data-search-results] li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  // Rule 8 is "restart after an OOM": its permalink page, at the rule's own anchor.
  expect(hrefs, hrefs.join('\n')).toContain('/rules/8/?rows=1000000#rule-8');
  for (const h of hrefs) expect(h).toContain('?rows=1000000');
  await page.locator('[data-search-results] a[href="/rules/8/?rows=1000000#rule-8"]').click();
  await expect(page.locator('#rule-8')).toBeInViewport();
  await expect(page.locator('h1')).toContainText('Rule 8');
});

test('glossary terms are found and linked at their entry', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await openWithSlash(page);
  await page.locator('[data-search-input]').fill('metaspace');
  const hit = page.locator('[data-search-results] a[href="/glossary/#metaspace"]');
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.locator('#metaspace')).toBeInViewport();
  await expect(page.locator('#metaspace')).toHaveText(/^Metaspace/);
});

test('the keyboard reaches the results: arrow down, Enter to follow', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await openWithSlash(page);
  await page.locator('[data-search-input]').fill('metaspace');
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('navigation, the table of contents and the scenario bar are not indexed', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await openWithSlash(page);
  // "Copy scenario link" is only ever in the scenario bar.
  await page.locator('[data-search-input]').fill('scenario link');
  await expect(page.locator('[data-search-status]')).toHaveText(/result|No results/);
  const texts = await page.locator('[data-search-results] li p').allInnerTexts();
  for (const t of texts) expect(t).not.toMatch(/Copy scenario link/);
});

