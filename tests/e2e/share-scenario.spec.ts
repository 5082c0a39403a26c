/**
 * The scenario travels with the reader: every navigation link carries it, "Copy scenario link" copies
 * the full scenario, and a bad or hostile link is reported field by field, falls back to the essay's
 * value for those fields only, runs nothing and never becomes markup.
 * Expected numbers are worked out here: rows × dim × bytes per value.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { settled } from './support/hardening';
import { CHAPTERS } from './support/site';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SCENARIO = 'rows=1000000&dtype=f64';
const FIELD_NAMES = ['instance', 'ram', 'rows', 'dim', 'dtype', 'chunk', 'reduced', 'partitions', 'maxresult', 'notebooks', 'heap', 'overhead', 'avail', 'compute', 'model'];
// The essay's scenario (tests/fixtures/figures.json): DS4_v2, 28 GB, 312K × 1536 f32, 50K chunks, 128;
// Spark's default spark.driver.maxResultSize (1g, docs/configuration.md), one notebook attached, and
// no calibration (0).
const ESSAY = { instance: 'Standard_DS4_v2', ram: '28', rows: '312000', dim: '1536', dtype: 'f32', chunk: '50000', reduced: '128', maxresult: '1', notebooks: '1', heap: '0', overhead: '0', avail: '0', compute: 'dedicated', model: 'essay' };

// A prose figure of the budget chapter that follows the scenario: centring all rows at once in float64,
// rows × dim × 8 B. (The chapter's ledger table is the essay's own and does not follow it.)
async function unchunkedPcaGB(page: Page): Promise<number> {
  const el = page.locator('[data-prose][data-figure="budget.pca-unchunked"]').first();
  await expect(el).toHaveAttribute('data-value', /\d/);
  return Number(await el.getAttribute('data-value'));
}

async function hydrated(page: Page): Promise<void> {
  await settled(page);
}

test('sidebar, brand, pager, rule and glossary links all carry the scenario', async ({ page }) => {
  await page.goto(`/split/?${SCENARIO}`);
  await hydrated(page);
  const navLinks = page.locator('#sidebar a, a.brand, .pager a');
  expect(await navLinks.count()).toBeGreaterThan(8);
  for (const a of await navLinks.all()) {
    await expect(a).toHaveAttribute('href', new RegExp(`\\?${SCENARIO.replace('&', '&')}(#|$)`));
  }
  // Glossary links in the prose (Term) too.
  const term = page.locator('a.term').first();
  await expect(term).toHaveAttribute('href', new RegExp(`^/glossary/\\?${SCENARIO}#`));
});

test('links in the prose to other pages carry the scenario too', async ({ page }) => {
  for (const path of ['/', '/python-objects/', '/budget/']) {
    await page.goto(`${path}?${SCENARIO}`);
    await hydrated(page);
    const hrefs = await page.locator('.content a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const toOtherPages = hrefs.filter((h) => !h.startsWith('#') && !/^https?:/.test(h));
    expect(toOtherPages.length, path).toBeGreaterThan(2);
    for (const h of toOtherPages) {
      const url = new URL(h, `http://x${path}`);
      if (url.pathname === path) continue;
      // A file (/instances.json) is the same for every scenario: its link stays bare.
      if (/\.[a-z0-9]{2,5}$/i.test(url.pathname)) {
        expect(url.search, `${path}: ${h}`).toBe('');
        continue;
      }
      expect(url.search, `${path}: ${h}`).toBe(`?${SCENARIO}`);
    }
  }
});

test('a reader clicking through chapters keeps the scenario and sees its numbers', async ({ page }) => {
  await page.goto(`/topandas/?${SCENARIO}`);
  await hydrated(page);
  await page.locator('.pager a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/nodes/\\?${SCENARIO}$`));
  await page.locator('#sidebar').evaluate((el) => el.classList.add('open'));
  await page.locator('#sidebar a[href^="/budget/"]').click();
  await expect(page).toHaveURL(new RegExp(`/budget/\\?${SCENARIO}$`));
  // 1,000,000 rows × 1536 × 8 bytes = 12.288 GB. Prose figures repaint once their definitions load.
  await expect.poll(() => unchunkedPcaGB(page)).toBeCloseTo(12.288, 6);
  await expect(page.locator('[data-scenario-summary]')).toContainText('f64');
});

test('home cards and the glossary’s chapter links carry the scenario', async ({ page }) => {
  await page.goto(`/?${SCENARIO}`);
  await hydrated(page);
  const cards = page.locator('.chapter-cards a');
  expect(await cards.count()).toBe(CHAPTERS.length);
  for (const a of await cards.all()) await expect(a).toHaveAttribute('href', new RegExp(`\\?${SCENARIO}$`));
  await page.goto(`/glossary/?${SCENARIO}`);
  await hydrated(page);
  const chapterLinks = page.locator('.glossary a');
  expect(await chapterLinks.count()).toBeGreaterThan(10);
  for (const a of (await chapterLinks.all()).slice(0, 12)) await expect(a).toHaveAttribute('href', new RegExp(`\\?${SCENARIO}$`));
});

test('a scenario changed on the page follows the links at once', async ({ page }) => {
  await page.goto('/budget/');
  await hydrated(page);
  await page.getByRole('radio', { name: 'measurements' }).check();
  await expect(page).toHaveURL(/\?model=measured$/);
  await expect(page.locator('.pager a[rel="prev"]')).toHaveAttribute('href', /\?model=measured$/);
  // Every widget, seen or not, starts at the first change: none keeps the essay's static numbers.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset to essay' }).click();
  await expect(page.locator('.pager a[rel="prev"]')).toHaveAttribute('href', /^\/nodes\/$/);
});

test('"Copy scenario link" copies the page with the full scenario, and the link reproduces the numbers', async ({ page }) => {
  await page.goto(`/budget/?${SCENARIO}`);
  await hydrated(page);
  // A shared scenario hydrates every widget at once (client:scenario); a quiet network alone can come
  // before that under load, and the ledger would still show the essay's static number.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const before = await unchunkedPcaGB(page);
  const base = (await page.locator('meta[name="handbook-site"]').getAttribute('content'))!;
  await page.getByRole('button', { name: 'Copy scenario link' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(page.locator('[data-announcer]')).toContainText('full scenario');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(copied.startsWith(new URL('budget/', base).href)).toBe(true);
  expect([...url.searchParams.keys()].sort()).toEqual([...FIELD_NAMES].sort());
  expect(url.searchParams.get('rows')).toBe('1000000');
  expect(url.searchParams.get('dtype')).toBe('f64');
  for (const [k, v] of Object.entries(ESSAY)) if (k !== 'rows' && k !== 'dtype') expect(url.searchParams.get(k), k).toBe(v);
  // Opened fresh (on this server), the link shows the same numbers.
  await page.goto(`${url.pathname}${url.search}`);
  await expect.poll(() => unchunkedPcaGB(page)).toBeCloseTo(before, 9);
});

test.describe('a hostile link', () => {
  const HOSTILE = '/budget/?rows=<script>alert(1)</script>&dtype=f99&dim=768';

  test('names both bad fields, keeps the good one, runs no script and adds no markup', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.addInitScript(() => {
      (window as unknown as { __alerts: number }).__alerts = 0;
      const original = window.alert;
      window.alert = (...args: Parameters<typeof alert>) => {
        (window as unknown as { __alerts: number }).__alerts += 1;
        return original(...args);
      };
    });
    await page.goto(HOSTILE);
    await hydrated(page);
    const notice = page.locator('[data-scenario-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('rows');
    await expect(notice).toContainText('dtype');
    // The query text is shown as text, never parsed: no element came from it.
    await expect(notice).toContainText('<script>alert(1)</script>');
    expect(await notice.evaluate((el) => el.children.length)).toBe(0);
    expect(await page.locator('script:not([src])').evaluateAll((s) => s.filter((x) => (x.textContent ?? '').includes('alert(1)')).length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.includes('<script>alert(1)</script>'))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);
    expect(dialogs).toEqual([]);
    // rows fall back to the essay's; dim=768 is kept: 312,000 × 768 × 8 B = 1.916928 GB.
    await expect.poll(() => unchunkedPcaGB(page)).toBeCloseTo(1.916928, 9);
    // The address keeps only what took effect, so re-sharing it does not spread the bad parts.
    await expect(page).toHaveURL(/\/budget\/\?dim=768$/);
  });

  test('an image payload in a field does not run either', async ({ page }) => {
    await page.goto('/split/?rows=%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E&model=measured');
    await hydrated(page);
    await expect(page.locator('[data-scenario-notice]')).toContainText('rows');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    await expect(page).toHaveURL(/\?model=measured$/);
  });

  test('pages without a scenario bar still say what was ignored', async ({ page }) => {
    await page.goto('/glossary/?rows=abc&colour=blue');
    await hydrated(page);
    const notice = page.locator('[data-scenario-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('rows');
    await expect(notice).toContainText('colour');
  });
});

test('a scenario link does not flash the essay’s numbers while its scripts load', async ({ page }) => {
  // Scripts arrive late, as on a slow phone: the static HTML is on screen well before them.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  // Every frame from the first: was the essay's 28 GB ever on screen?
  await page.addInitScript(() => {
    const w = window as unknown as { __flash: boolean; __frames: number };
    w.__flash = false;
    w.__frames = 0;
    const look = () => {
      w.__frames += 1;
      const el = document.querySelector<HTMLElement>('[data-prose][data-figure="split.node-ram"]');
      if (el && el.dataset.value === '28' && getComputedStyle(el).visibility === 'visible') w.__flash = true;
      if (!el || el.dataset.value === '28') requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('/split/?instance=Standard_E8ds_v5', { waitUntil: 'commit' });
  const ram = page.locator('[data-prose][data-figure="split.node-ram"]').first();
  // Once the reader's numbers are painted they show: the E8ds_v5 has 64 GB.
  await expect(ram).toHaveAttribute('data-value', '64', { timeout: 15_000 });
  await expect(ram).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-pending');
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __flash: boolean; __frames: number };
    return { flash: w.__flash, frames: w.__frames };
  });
  expect(seen.frames, 'frames watched before the repaint').toBeGreaterThan(5);
  expect(seen.flash, 'the essay’s 28 GB was on screen').toBe(false);
});

test('an essay link shows its numbers at once, with nothing held back', async ({ page }) => {
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/split/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).not.toHaveAttribute('data-pending');
  await expect(page.locator('[data-prose][data-figure="split.node-ram"]').first()).toBeVisible();
});
