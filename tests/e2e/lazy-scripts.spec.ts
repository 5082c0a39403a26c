/**
 * The page script loads the code for search, glossary terms and copy buttons on first use only
 * (src/client/on-demand.ts, search-open.ts). A page that is only read fetches none of it, and
 * the first use works even while that code is still on its way: the keys typed after `/`, the first
 * copy click and an Escape over a term are not lost. The chunks are named after their modules.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { hydrateAll } from './support/hardening';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const LAZY = /\/_astro\/(search|terms|copy-links)\.[\w-]+\.js$/;

/** The paths of the scripts matching `re` that the page fetches from now on. */
function fetches(page: Page, re: RegExp): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (re.test(r.url())) fetched.push(new URL(r.url()).pathname);
  });
  return fetched;
}

/** Holds back the named chunk, as a slow network would. */
async function slow(page: Page, chunk: 'search' | 'terms' | 'copy-links'): Promise<void> {
  await page.route(new RegExp(`/_astro/${chunk}\\.[\\w-]+\\.js$`), async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
}

test('a page that is only read fetches no search, term or copy code; a term fetches only its own', async ({ page }) => {
  const fetched = fetches(page, LAZY);
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

// What only another scenario needs (prose figure definitions, the bar's summary, links that carry the
// scenario) is one module and so one chunk, fetched on the first change (src/client/another-scenario.ts).
const ANOTHER = /\/_astro\/another-scenario\.[\w-]+\.js$/;

test('the essay scenario fetches no scenario-change code; the first change fetches it and repaints', async ({ page }) => {
  const fetched = fetches(page, ANOTHER);
  await page.goto('/split/');
  await hydrateAll(page);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  const summary = page.locator('[data-scenario-summary]');
  const before = await summary.textContent();
  await page.locator('#sc-ram').fill('64');
  await expect(summary).not.toHaveText(before ?? '');
  await expect(summary).toContainText('64');
  expect(fetched.length).toBe(1);
  // Links now carry the scenario, and the prose follows it.
  await expect(page.locator('a[data-keep-scenario][href^="/jvm/"]').first()).toHaveAttribute('href', /ram=64/);
  await expect(page.locator('main [data-prose][data-figure="split.node-ram"]').first()).toHaveAttribute('data-value', '64');
});

test('changes made while that code is on its way end on the last one, not whichever import settled last', async ({ page }) => {
  await page.route(ANOTHER, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto('/split/');
  await hydrateAll(page);
  // Four changes, each asking for the held-back chunk; the prose must end on the last one.
  for (const ram of ['20', '40', '80', '96']) await page.locator('#sc-ram').fill(ram);
  const prose = page.locator('main [data-prose][data-figure="split.node-ram"]').first();
  await expect(prose).toHaveAttribute('data-value', '96');
  // Well after every import has settled, it still shows the last value.
  await page.waitForTimeout(600);
  await expect(prose).toHaveAttribute('data-value', '96');
});

test('Reset and the model switch work on first use, before the bar code has arrived', async ({ page }) => {
  await page.route(ANOTHER, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto('/split/?ram=64');
  await page.waitForLoadState('domcontentloaded');
  await page.locator('[data-reset-scenario]').click();
  await expect(page).toHaveURL(/\/split\/$/);
  await expect(page.locator('[data-announcer]')).toContainText('back on the essay');
  await page.locator('[data-model-radio][value="measured"]').check();
  await expect(page).toHaveURL(/model=measured/);
  await expect(page.locator('[data-scenario-summary]')).toContainText('measure');
});

// Issues 17 and 18: what a reader types or picks while a widget is still static HTML is applied once
// it is live, not silently put back. The widget's code is held back, as on a slow network.
test.describe('input made before a widget hydrates', () => {
  async function holdWidgets(page: Page): Promise<() => void> {
    let held = true;
    await page.route(/\/_astro\/.+\.js$/, async (route) => {
      while (held) await new Promise((r) => setTimeout(r, 25));
      await route.continue();
    });
    return () => (held = false);
  }
  const live = (page: Page, sel: string) =>
    page.waitForFunction((s) => !document.querySelector(s)?.closest('astro-island')?.hasAttribute('ssr'), sel, { timeout: 20_000 });

  test('a valid number and a picked option reach the numbers and the address', async ({ page }) => {
    const release = await holdWidgets(page);
    await page.goto('/budget/', { waitUntil: 'commit' });
    await page.locator('#sc-rows').fill('1000000');
    await page.locator('#sc-dtype').selectOption('f64');
    expect(await page.locator('#sc-rows').evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr'))).toBe(true);
    release();
    await live(page, '#sc-rows');
    await expect(page).toHaveURL(/[?&]rows=1000000(&|$)/);
    await expect(page).toHaveURL(/[?&]dtype=f64(&|$)/);
    await expect(page.locator('#sc-rows')).toHaveValue('1000000');
    await expect(page.locator('#sc-dtype')).toHaveValue('f64');
    await expect(page.locator('[data-figure="scenario.rows"]').first()).toHaveAttribute('data-value', '1000000');
  });

  test('a bad value gets its message and changes nothing', async ({ page }) => {
    const release = await holdWidgets(page);
    await page.goto('/budget/', { waitUntil: 'commit' });
    await page.locator('#sc-rows').fill('abc');
    release();
    await live(page, '#sc-rows');
    await expect(page.locator('#sc-rows-msg')).not.toBeEmpty();
    await expect(page.locator('#sc-rows')).toHaveValue('abc');
    expect(new URL(page.url()).search).toBe('');
  });
});

// The error decoder follows no scenario: its page fetches no scenario code unless its address carries a
// scenario, which its links must then keep (src/client/page.ts).
const SCENARIO_CODE = /\/_astro\/(scenario|scenario-sync|scenario-store)\.[\w-]+\.js$/;

test('the error decoder’s page fetches no scenario code; with a scenario in its address it keeps it in its links', async ({ page }) => {
  const fetched = fetches(page, SCENARIO_CODE);
  await page.goto('/errors/');
  await page.waitForLoadState('networkidle');
  // The decoder itself works without it.
  await page.getByLabel('Paste the error or stack trace').fill('java.lang.OutOfMemoryError: Java heap space');
  await expect(page.locator('main')).toContainText('JVM');
  expect(fetched).toEqual([]);

  await page.goto('/errors/?rows=1000000');
  await page.waitForLoadState('networkidle');
  expect(fetched.length).toBeGreaterThan(0);
  await expect(page.locator('nav a[href^="/split/"]').first()).toHaveAttribute('href', /rows=1000000/);
});
