/** Shared test hooks: every page is watched for console errors and for requests that leave the origin. */
import { test as base, expect, type Page } from '@playwright/test';
import { trackPage } from './hardening';

export interface Watch {
  consoleErrors: string[];
  offOrigin: string[];
}

export function watchPage(page: Page, origin: string): Watch {
  const w: Watch = { consoleErrors: [], offOrigin: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => w.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (!url.startsWith(origin)) w.offOrigin.push(url);
  });
  return w;
}

export const test = base.extend<{ watch: Watch }>({
  // Every test's page counts its requests in flight from the start, for settled() (support/hardening).
  page: async ({ page }, use) => {
    trackPage(page);
    await use(page);
  },
  watch: async ({ page, baseURL }, use) => {
    const w = watchPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await use(w);
    expect(w.offOrigin, 'requests that left the origin').toEqual([]);
    expect(w.consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Text that must never reach a reader, wherever a computation went wrong. */
export const BROKEN_TEXT = /\b(NaN|Infinity|undefined|null)\b/;

export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
}
