/**
 * Why did it die? (/errors/): a pasted error is named in the page (the process, a link to the case's
 * permanent page), the paste never leaves the page or reaches the address, hostile or huge pastes run
 * nothing and keep the page responsive, the keyboard alone is enough, axe finds nothing with a result
 * shown, and without JavaScript the page still lists every case. The traces are written out by hand in
 * tests/fixtures/error-traces.ts; the expected case of each is given there, not read from the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, setTheme } from './support/fixtures';
import { settled } from './support/hardening';
import { TRACES, UNKNOWN_TRACE } from '../fixtures/error-traces';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Every case the decoder knows, by id (the engine's ids are checked against the traces in the unit test).
const CASE_IDS = [...new Set(Object.values(TRACES).map((t) => t.expected))].sort();

async function openDecoder(page: Page): Promise<void> {
  await page.goto('/errors/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr');
  // Live: the static note for readers without JavaScript is gone.
  await expect(page.locator('[data-needs-js]')).toHaveCount(0);
}

const field = (page: Page) => page.getByLabel('Paste the error or stack trace');
const result = (page: Page) => page.locator('[data-decoder-result]');

test('each trace is named, with its process and a link to its page, which opens and shows the case', async ({ page, watch }) => {
  void watch;
  await openDecoder(page);
  for (const [name, trace] of Object.entries(TRACES)) {
    // Emptied between pastes, so an answer left from the one before cannot pass for this one's.
    await field(page).fill('');
    await expect(result(page)).toHaveAttribute('data-decoder-result', 'empty');
    await field(page).fill(trace.text);
    await expect(result(page), name).toHaveAttribute('data-decoder-result', trace.expected);
    await expect(page.locator('[data-decoder-process]'), name).toHaveText(trace.process);
    await expect(page.locator('[data-decoder-link]'), name).toHaveAttribute('href', `/errors/${trace.expected}/`);
    // The matched line is shown as text, and it is a line of the paste.
    const matched = (await page.locator('[data-decoder-matched]').textContent()) ?? '';
    expect(trace.text.split('\n').map((l) => l.trim()), name).toContain(matched);
  }
  // Nothing of any paste reached the address.
  expect(new URL(page.url()).search).toBe('');

  const title = (await page.locator('[data-decoder-title]').textContent()) ?? '';
  const last = Object.values(TRACES).at(-1)!;
  await page.locator('[data-decoder-link]').click();
  await expect(page).toHaveURL(new RegExp(`/errors/${last.expected}/$`));
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('#as-printed ~ pre code').first()).toBeVisible();
  await expect(page.locator('#which-process + p')).toHaveText(last.process);
  await expect(page.locator('main .sources')).toBeVisible();
});

test('hostile pastes run nothing and add no elements; a megabyte keeps the page responsive; nothing is sent', async ({ page, watch }) => {
  void watch;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openDecoder(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
  const images = () => page.locator('main img, main script, main iframe').count();
  const before = await images();

  const hostile = [
    '<img src=x onerror="window.__pwned=1;alert(1)">\nCaused by: <script>window.__pwned=2;alert(2)</script>\nexit code 137',
    '"><svg onload=alert(3)><a href="javascript:alert(4)">x</a>\nCaused by: {@html "<b>bold</b>"}',
  ];
  for (const text of hostile) {
    await field(page).fill(text);
    await expect(result(page)).not.toHaveAttribute('data-decoder-result', 'empty');
  }
  // The last one is not recognised; its clue is shown as the text it is.
  await expect(result(page)).toHaveAttribute('data-decoder-result', 'unknown');
  await expect(result(page)).toContainText('Caused by: {@html "<b>bold</b>"}');
  await expect(result(page).locator('b')).toHaveCount(0);
  expect(await images()).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // A megabyte of noise with a trace in the middle: found, and the page still answers at once.
  const noise = 'lorem ipsum <b>dolor</b> sit amet 1234567890 '.repeat(Math.ceil(2 ** 20 / 44));
  const big = `${noise.slice(0, 2 ** 19)}\n${TRACES['python-worker-crashed']!.text}\n${noise.slice(0, 2 ** 19)}`;
  await field(page).fill(big);
  await expect(result(page)).toHaveAttribute('data-decoder-result', 'python-worker-crashed', { timeout: 5_000 });
  const frame = await page.evaluate(async () => {
    const t = performance.now();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t;
  });
  expect(frame).toBeLessThan(500);
  await settled(page);
  expect(dialogs).toEqual([]);
  expect(new URL(page.url()).search).toBe('');
  expect(requests.filter((u) => u.includes('onerror') || u.includes('Python worker') || u.includes('lorem'))).toEqual([]);
});

test('keyboard only: Tab to the field, paste, Tab to the answer, Enter opens its page', async ({ page }) => {
  await openDecoder(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const focusedIs = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  for (let i = 0; i < 40 && !(await focusedIs('#error-paste')); i++) await page.keyboard.press('Tab');
  expect(await focusedIs('#error-paste')).toBe(true);
  await page.keyboard.insertText(TRACES['max-result-size']!.text);
  await expect(result(page)).toHaveAttribute('data-decoder-result', 'max-result-size');
  for (let i = 0; i < 10 && !(await focusedIs('[data-decoder-link]')); i++) await page.keyboard.press('Tab');
  expect(await focusedIs('[data-decoder-link]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/max-result-size\/$/);
});

test('axe finds no WCAG 2.2 AA violation with an answer or a “not recognised” shown, in light and dark', async ({ page }) => {
  await openDecoder(page);
  for (const [text, state] of [
    [TRACES['executor-killed']!.text, 'executor-killed'],
    [UNKNOWN_TRACE, 'unknown'],
  ] as const) {
    await field(page).fill(text);
    await expect(result(page)).toHaveAttribute('data-decoder-result', state);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      const r = await new AxeBuilder({ page }).include('main').withTags(WCAG).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`), `${state}, ${theme}`).toEqual([]);
    }
  }
});

test('without JavaScript /errors/ says the decoder needs it and lists every case, whose pages read', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/errors/');
  await expect(page.locator('[data-needs-js]')).toBeVisible();
  await expect(page.locator('[data-needs-js]')).toContainText('The decoder needs JavaScript');
  const hrefs = await page.locator('.case-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(CASE_IDS.map((id) => `/errors/${id}/`));
  await page.goto('/errors/broadcast-build/');
  await expect(page.locator('h1')).toHaveText('Not enough memory to build and broadcast the table');
  await expect(page.locator('main pre code').first()).toContainText('Not enough memory to build and broadcast the table to all worker nodes');
  await expect(page.locator('main a[href^="/jvm/#broadcast-joins"]')).toHaveCount(1);
  // Its message has no <placeholders>, so the page does not speak of any.
  await expect(page.locator('main')).not.toContainText('angle brackets');
  // "reported", a kind of source the /sources/ legend does not define, is explained where it is cited.
  await expect(page.locator('main .reported')).toHaveCount(0);
  await page.goto('/errors/max-result-size/');
  await expect(page.locator('main')).toContainText('with the parts in angle brackets varying');
  await page.goto('/errors/driver-restarting/');
  await expect(page.locator('main .sources')).toContainText('reported, github.com/');
  await expect(page.locator('main .reported')).toContainText('pasted it in a public issue or forum');
  await context.close();
});

test('search finds a case page by the words of its message', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill('Python worker exited unexpectedly');
  const results = page.locator('[data-search-results] li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.startsWith('/errors/python-worker-crashed/')), hrefs.join('\n')).toBe(true);
});
