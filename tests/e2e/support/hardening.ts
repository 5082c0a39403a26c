/**
 * Helpers for the hardening specs (bad input, hostile URLs, no-JS, offline/CSP, keyboard). They look at
 * whatever widgets a page has, so the checks grow with the chapters instead of naming widgets.
 */
import { createHash } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
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
 * Brings every island into view so `client:visible` ones hydrate, and waits until Astro has hydrated
 * them all (it removes the `ssr` attribute when an island is live). Scrolls back to the top.
 */
export async function hydrateAll(page: Page, timeout = 20_000): Promise<number> {
  const count = await page.locator('astro-island').count();
  if (count === 0) return 0;
  const deadline = Date.now() + timeout;
  for (;;) {
    const pending = await page.evaluate(async () => {
      const waiting = [...document.querySelectorAll('astro-island[ssr]')];
      for (const el of waiting) {
        // Islands are display: contents (no box of their own): bring their first child into view.
        (el.firstElementChild ?? el).scrollIntoView({ block: 'center', behavior: 'instant' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      return document.querySelectorAll('astro-island[ssr]').length;
    });
    if (pending === 0) break;
    if (Date.now() > deadline) throw new Error(`${pending} island(s) did not hydrate within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  return count;
}

export interface FigureSnapshot {
  /** "id#n" -> "value|min|max" for every [data-figure] on the page, in document order. */
  values: Record<string, string>;
  /** Figures whose text is empty or whose numbers are not finite. */
  broken: string[];
}

export async function snapshotFigures(page: Page): Promise<FigureSnapshot> {
  return page.evaluate(() => {
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
  });
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
 * The widget controls a reader types into or picks from: text-like inputs and selects in <main>,
 * outside the page-level scenario bar and the search dialog.
 */
export const CONTROL_SELECTOR = [
  'input[type="text"]',
  'input[type="number"]',
  'input:not([type])',
  'input[type="search"]',
  'input[type="tel"]',
  'select',
]
  .map((s) => `main ${s}:not([data-scenario-bar] *):not([data-search-dialog] *)`)
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
