/**
 * Helpers for the hardening specs (bad input, hostile URLs, no-JS, offline/CSP, keyboard). They look at
 * whatever widgets a page has, so the checks grow with the chapters instead of naming widgets.
 */
import { createHash } from 'node:crypto';
import type { Locator, Page, Request, Response } from '@playwright/test';
import { CHAPTERS, pagePaths } from './site';

/** Pages whose widgets the hardening specs exercise: the chapters, plus /plan/ once it exists. */
export function widgetPages(): string[] {
  const all = new Set(pagePaths());
  const pages = CHAPTERS.map((c) => `/${c}/`).filter((p) => all.has(p));
  if (all.has('/plan/')) pages.push('/plan/');
  return pages;
}

/** Waits for two animation frames: enough for an IntersectionObserver and a Svelte flush to run. */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/**
 * Brings every island into view so `client:scenario` ones hydrate, and waits until Astro has hydrated
 * them all (it removes the `ssr` attribute when an island is live). Scrolls back to the top.
 */
export async function hydrateAll(page: Page, timeout = 20_000): Promise<number> {
  // One round trip: the scrolling and the waiting happen in the page, which polls every 20 ms instead of
  // paying a protocol round trip (and a trace snapshot) per pass.
  const { count, pending } = await page.evaluate(hydrateInPage, timeout);
  if (pending > 0) throw new Error(`${pending} island(s) did not hydrate within ${timeout} ms`);
  return count;
}

/** The in-page body of hydrateAll (self-contained, so other page functions can be composed with it). */
export async function hydrateInPage(ms: number): Promise<{ count: number; pending: number }> {
  const count = document.querySelectorAll('astro-island').length;
  if (count === 0) return { count, pending: 0 };
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const deadline = performance.now() + ms;
  for (;;) {
    const waiting = [...document.querySelectorAll('astro-island[ssr]')];
    if (waiting.length === 0) break;
    if (performance.now() > deadline) return { count, pending: waiting.length };
    for (const el of waiting) {
      if (!el.hasAttribute('ssr')) continue;
      // Islands are display: contents (no box of their own): bring their first child into view.
      (el.firstElementChild ?? el).scrollIntoView({ block: 'center', behavior: 'instant' });
      await frame();
      await frame();
    }
    if (document.querySelector('astro-island[ssr]')) await new Promise((r) => setTimeout(r, 20));
  }
  window.scrollTo({ top: 0, behavior: 'instant' });
  return { count, pending: 0 };
}

export interface FigureSnapshot {
  /** "id#n" -> "value|min|max" for every [data-figure] on the page, in document order. */
  values: Record<string, string>;
  /** Figures whose text is empty or whose numbers are not finite. */
  broken: string[];
}

/**
 * The in-page body of snapshotFigures. Self-contained (DOM globals only), so page functions can be
 * composed with it through evaluateWithHelpers.
 */
export function collectFigures(): FigureSnapshot {
  const values: Record<string, string> = {};
  const broken: string[] = [];
  const seen = new Map<string, number>();
  for (const el of document.querySelectorAll<HTMLElement>('[data-figure]')) {
    const id = el.dataset.figure ?? '';
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    const key = `${id}#${n}`;
    const attrs = ['data-value', 'data-min', 'data-max'].map((a) => el.getAttribute(a));
    values[key] = attrs.map((a) => a ?? '').join('|');
    const text = (el.textContent ?? '').trim();
    if (!text) broken.push(`${key}: empty text`);
    if (attrs.every((a) => a === null)) broken.push(`${key}: no data-value/min/max`);
    for (const a of attrs) if (a !== null && !Number.isFinite(Number(a))) broken.push(`${key}: non-finite "${a}"`);
  }
  return { values, broken };
}

export async function snapshotFigures(page: Page): Promise<FigureSnapshot> {
  return page.evaluate(collectFigures);
}

/** Page functions that composed page functions may call (see evaluateWithHelpers). */
export interface PageHelpers {
  collectFigures: typeof collectFigures;
  hydrateInPage: typeof hydrateInPage;
}

/**
 * Runs `fn(arg, helpers)` in the page in one protocol round trip (each round trip also costs a trace
 * snapshot). `fn` must be self-contained like any page function; `arg` must survive JSON.
 */
export async function evaluateWithHelpers<A, R>(page: Page, fn: (arg: A, helpers: PageHelpers) => R | Promise<R>, arg: A): Promise<R> {
  const helpers = `{ collectFigures: ${collectFigures.toString()}, hydrateInPage: ${hydrateInPage.toString()} }`;
  return (await page.evaluate(`(${fn.toString()})(${JSON.stringify(arg)}, ${helpers})`)) as R;
}

export function diffSnapshots(before: FigureSnapshot, after: FigureSnapshot): string[] {
  const keys = new Set([...Object.keys(before.values), ...Object.keys(after.values)]);
  const out: string[] = [];
  for (const k of keys) {
    if (before.values[k] !== after.values[k]) out.push(`${k}: ${before.values[k] ?? '(absent)'} -> ${after.values[k] ?? '(absent)'}`);
  }
  return out;
}

/**
 * The controls a reader types into or picks from: text-like inputs and selects in <main> (the scenario
 * bar's fields and every widget's), outside the search dialog.
 */
export const CONTROL_SELECTOR = [
  'input[type="text"]',
  'input[type="number"]',
  'input:not([type])',
  'input[type="search"]',
  'input[type="tel"]',
  'select',
]
  // A pasted line applied on submit (data-paste, the calibration field) is no setting of its own: what
  // it sets is (calibration.spec.ts).
  .map((s) => `main ${s}:not([data-search-dialog] *):not([data-paste])`)
  .join(', ');

export async function describeControl(control: Locator): Promise<string> {
  return control.evaluate((el) => {
    const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? '';
    const cell = el.closest('[data-cell], .cell');
    return `${el.tagName.toLowerCase()}#${el.id || '?'} "${label}"${cell ? ` in cell #${cell.id}` : ''}`;
  });
}

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Character references decoded the way the HTML parser does in foreign (SVG) content. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(quot|apos|lt|gt|nbsp|amp);/g, (_, n: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', amp: '&' })[n] ?? '');
}

/** Records CSP violations from the first byte of every document the page loads. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ? `"${e.sample}"` : ''}`.trim());
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/**
 * Counts the page's requests still in flight, so a test can wait until the page's lazily loaded code
 * (the scenario script, figure definitions, island chunks) has arrived: a specific, short network idle
 * instead of Playwright's 'networkidle', which always waits 500 ms more.
 */
export function trackRequests(page: Page): { quiet: (ms?: number, timeout?: number) => Promise<void>; stop: () => void } {
  const open = new Set<Request>();
  let last = Date.now();
  const started = (r: Request) => {
    open.add(r);
    last = Date.now();
  };
  const done = (r: Request) => {
    open.delete(r);
    last = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Resolves once nothing has been in flight for `ms` milliseconds. */
    async quiet(ms = 60, timeout = 15_000) {
      const deadline = Date.now() + timeout;
      while (open.size > 0 || Date.now() - last < ms) {
        if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeout} ms: ${[...open].map((r) => r.url()).join(', ')}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    stop() {
      page.off('request', started);
      page.off('requestfinished', done);
      page.off('requestfailed', done);
    },
  };
}

const trackers = new WeakMap<Page, ReturnType<typeof trackRequests>>();

/** Tracks a page's requests from now on, for settled(); the test fixtures do it for every test's page. */
export function trackPage(page: Page): void {
  if (!trackers.has(page)) trackers.set(page, trackRequests(page));
}

/**
 * Waits until the page has nothing in flight for `quietMs`: what 'networkidle' waits for, without its
 * fixed 500 ms. Pages not tracked from their first request fall back to 'networkidle'.
 */
export async function settled(page: Page, quietMs = 100): Promise<void> {
  const tracker = trackers.get(page);
  if (tracker) await tracker.quiet(quietMs);
  else await page.waitForLoadState('networkidle');
}

/** page.goto, then waits until nothing has been in flight for `quietMs` (see trackRequests). */
export async function gotoSettled(page: Page, url: string, quietMs = 100): Promise<Response | null> {
  const network = trackRequests(page);
  try {
    const res = await page.goto(url);
    await network.quiet(quietMs);
    return res;
  } finally {
    network.stop();
  }
}
