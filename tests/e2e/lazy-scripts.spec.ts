/**
 * The page script loads the code for search, glossary terms and copy buttons on first use only
 * (components/scripts/on-demand.ts, search-open.ts). A page that is only read fetches none of it, and
 * the first use works even while that code is still on its way: the keys typed after `/`, the first
 * copy click and an Escape over a term are not lost. The chunks are named after their modules.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const LAZY = /\/_astro\/(search|terms|copy-links)\.[\w-]+\.js$/;

/** Holds back the named chunk, as a slow network would. */
async function slow(page: Page, chunk: 'search' | 'terms' | 'copy-links'): Promise<void> {
  await page.route(new RegExp(`/_astro/${chunk}\\.[\\w-]+\\.js$`), async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
}

test('a page that is only read fetches no search, term or copy code; a term fetches only its own', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (LAZY.test(r.url())) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/split/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.locator('a.term').first().hover();
  await expect.poll(() => fetched.length).toBe(1);
  expect(fetched[0]).toMatch(/\/terms\./);
});

test('keys typed right after "/" are searched, even before the search code has arrived', async ({ page }) => {
  await slow(page, 'search');
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await page.keyboard.type('metaspace');
  // Enter before the code is there must not close the dialog either.
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-dialog]')).toBeVisible();
  await expect(page.locator('[data-search-input]')).toHaveValue('metaspace');
  await expect(page.locator('[data-search-results] a[href="/glossary/#metaspace"]')).toBeVisible();
});

test('the first copy click copies, even before the copy code has arrived', async ({ page }) => {
  await slow(page, 'copy-links');
  await page.goto('/rules/2/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('#rule-2 button[data-copy-link]').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\[Rule 2: .*\]\(https?:\/\/.*\/rules\/2\/\)$/);
  await expect(page.locator('[data-announcer]')).toContainText('Copied a Markdown link');
});

test('Escape dismisses a hovered term, even before the term code has arrived', async ({ page }) => {
  await slow(page, 'terms');
  await page.goto('/split/');
  await page.waitForLoadState('networkidle');
  const term = page.locator('a.term[data-term="driver"]').first();
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await term.hover();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});
