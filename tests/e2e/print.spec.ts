/**
 * Print: with print media emulated at the width of an A4 and a Letter page (less the 14 mm side margins),
 * a chapter drops its navigation, fits the paper, prints its widgets with the reader's current values,
 * and carries its own address with the scenario. Then Chromium prints it to PDF on both paper sizes.
 */
import type { Page } from '@playwright/test';
import { test, expect, setTheme } from './support/fixtures';
import { settled } from './support/hardening';
import { CHAPTERS } from './support/site';

const CSS_PX_PER_MM = 96 / 25.4;
const PAPER = [
  { name: 'A4', format: 'A4', widthMm: 210, heightMm: 297 },
  { name: 'Letter', format: 'Letter', widthMm: 215.9, heightMm: 279.4 },
] as const;
const SIDE_MARGINS_MM = 2 * 14;

async function printView(page: Page, widthMm: number, heightMm: number): Promise<void> {
  await page.setViewportSize({ width: Math.floor((widthMm - SIDE_MARGINS_MM) * CSS_PX_PER_MM), height: Math.floor(heightMm * CSS_PX_PER_MM) });
  await page.emulateMedia({ media: 'print' });
}

async function base(page: Page): Promise<string> {
  return (await page.locator('meta[name="handbook-site"]').getAttribute('content'))!;
}

for (const paper of PAPER) {
  test.describe(`${paper.name}`, () => {
    test('a chapter prints without navigation, fits the page, and shows its values and address', async ({ page }) => {
      await page.goto('/budget/?rows=1000000&dtype=f64');
      await settled(page);
      await printView(page, paper.widthMm, paper.heightMm);

      for (const sel of ['.site-header', '#sidebar', '.toc', '.pager', '.scenario-actions', 'button[data-copy-link]']) {
        for (const el of await page.locator(sel).all()) await expect(el, sel).toBeHidden();
      }
      // Nothing is wider than the paper.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);

      // Numbers follow the scenario: 1,000,000 × 1536 × 8 B = 12.288 GB, in prose and in the widgets
      // (not in the essay's own ledger table, pinned to the essay's scenario).
      const emb = page.locator('[data-figure="budget.embeddings"]:not([data-scenario="essay"])');
      expect(await emb.count()).toBeGreaterThan(0);
      for (const el of await emb.all()) {
        await expect(el).toBeVisible();
        expect(Number(await el.getAttribute('data-value'))).toBeCloseTo(12.288, 6);
      }
      const widgetFigures = page.locator('[data-cell] [data-figure]');
      expect(await widgetFigures.count()).toBeGreaterThan(3);
      for (const el of (await widgetFigures.all()).slice(0, 30)) {
        await expect(el).toBeVisible();
        await expect(el).toHaveText(/\d/);
      }
      // Inputs print the value the reader has, not a blank.
      for (const input of (await page.locator('[data-cell] input[type="text"]').all()).slice(0, 10)) {
        await expect(input).toBeVisible();
        expect((await input.inputValue()).trim()).not.toBe('');
      }
      // The scenario line and the page's own address, with the scenario.
      await expect(page.locator('[data-scenario-summary]')).toBeVisible();
      await expect(page.locator('[data-scenario-summary]')).toContainText('f64');
      const printUrl = page.locator('[data-print-url]');
      await expect(printUrl).toBeVisible();
      await expect(printUrl).toHaveText(new URL('budget/?rows=1000000&dtype=f64', await base(page)).href);
    });

    test('every chapter, the planner and the glossary fit the paper’s width', async ({ page }) => {
      await printView(page, paper.widthMm, paper.heightMm);
      for (const path of [...CHAPTERS.map((c) => `/${c}/`), '/plan/', '/glossary/', '/rules/']) {
        await page.goto(`${path}?rows=1000000&dtype=f64`);
        await settled(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(1);
        await expect(page.locator('[data-print-url]'), path).toBeVisible();
      }
    });

    test(`a chapter prints to a ${paper.name} PDF`, async ({ page }) => {
      await page.goto('/topandas/?rows=2000000');
      await settled(page);
      const pdf = await page.pdf({ format: paper.format, printBackground: true });
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBeGreaterThan(1);
      expect(pages).toBeLessThan(40);
    });
  });
}

test('the printed address follows a scenario changed on the page', async ({ page }) => {
  await page.goto('/split/');
  await settled(page);
  await page.getByRole('radio', { name: 'measurements' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-url]')).toHaveText(new URL('split/?model=measured', await base(page)).href);
});

test('the planner prints its options in the address', async ({ page }) => {
  await page.goto('/plan/?pipeline=stream&pca=none&rows=500000');
  await settled(page);
  await page.emulateMedia({ media: 'print' });
  const url = new URL((await page.locator('[data-print-url]').innerText()).trim());
  expect(url.pathname).toBe('/plan/');
  expect(Object.fromEntries(url.searchParams)).toEqual({ rows: '500000', pca: 'none', pipeline: 'stream' });
  await expect(page.locator('[data-plan-node]').first()).toBeVisible();
});

test('a dark-theme reader still prints black on white', async ({ page }) => {
  await page.goto('/jvm/');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
  expect(colours.bg).toBe('rgb(255, 255, 255)');
  expect(colours.fg).toBe('rgb(0, 0, 0)');
});

test('printing from the dark theme prints light: code on a light ground, diagrams not inverted, no run buttons', async ({ page }) => {
  await page.goto('/topandas/');
  await setTheme(page, 'dark');
  const cell = page.locator('#collect-everything');
  await cell.locator('.cell-out').scrollIntoViewIfNeeded();
  await expect(cell.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await page.emulateMedia({ media: 'print' });
  // Relative luminance of a computed colour, 0 (black) to 1 (white).
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const codeBg = await cell.locator('.astro-code').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(luminance(codeBg), `code background ${codeBg}`).toBeGreaterThan(0.8);
  const token = await cell.locator('.astro-code span[class^="t-"]').first().evaluate((e) => getComputedStyle(e).color);
  expect(luminance(token), `code token ${token}`).toBeLessThan(0.2);
  expect(await page.locator('.diagram').first().evaluate((e) => getComputedStyle(e).filter)).toBe('none');
  await expect(cell.locator('.run-bar')).toBeHidden();
});
