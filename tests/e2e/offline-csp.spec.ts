/**
 * Offline and self-contained: no page asks anything of another origin (fonts, search, widgets
 * included), and a Content-Security-Policy forbids any inline script Astro did not hash — checked in
 * the built HTML (every inline script and style is covered by a hash, no inline handlers) and in
 * Chromium (no violation on any page; an injected script is refused).
 */
import { test, expect } from './support/fixtures';
import { pageHtml, pagePaths, sampledPagePaths } from './support/site';
import { cspViolations, decodeEntities, hydrateAll, recordCspViolations, settled, sha256 } from './support/hardening';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/site';

const PAGES = pagePaths();

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  const out = new Map<string, string[]>();
  if (!meta) return out;
  for (const part of meta[1]!.replaceAll('&#39;', "'").split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name) out.set(name, values);
  }
  return out;
}

/** Offsets of <svg>…</svg> spans, to tell SVG (foreign content) <style> from HTML <style>. */
function svgSpans(html: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /<svg\b[\s\S]*?<\/svg>/g;
  for (const m of html.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

test.describe('Content-Security-Policy in the built HTML', () => {
  for (const path of PAGES) {
    test(`${path}: policy present, strict for scripts, and covers every inline script and style`, () => {
      const html = pageHtml(path);
      const csp = cspOf(html);
      expect(csp.size, 'a <meta http-equiv="content-security-policy"> element').toBeGreaterThan(0);
      // The policy must come before anything it governs.
      const metaAt = html.search(/<meta\s+http-equiv="content-security-policy"/i);
      const firstScript = html.search(/<script\b/i);
      const firstStyle = html.search(/<style\b|<link\b[^>]*rel="?stylesheet/i);
      expect(metaAt).toBeLessThan(firstScript === -1 ? Infinity : firstScript);
      expect(metaAt).toBeLessThan(firstStyle === -1 ? Infinity : firstStyle);

      const scriptSrc = csp.get('script-src-elem') ?? csp.get('script-src') ?? csp.get('default-src') ?? [];
      expect(csp.get('script-src') ?? []).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src') ?? []).not.toContain("'unsafe-eval'");
      expect(csp.get('script-src-attr') ?? []).not.toContain("'unsafe-inline'");
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);

      const missing: string[] = [];
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const attrs = m[1] ?? '';
        if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
        const hash = sha256(m[2] ?? '');
        if (!scriptSrc.includes(`'${hash}'`)) missing.push(`inline script ${hash}: ${(m[2] ?? '').slice(0, 60)}…`);
      }
      const styleSrc = csp.get('style-src-elem') ?? csp.get('style-src') ?? [];
      const spans = svgSpans(html);
      for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        const inSvg = spans.some(([a, b]) => m.index! > a && m.index! < b);
        const text = inSvg ? decodeEntities(m[1] ?? '') : (m[1] ?? '');
        const hash = sha256(text);
        if (!styleSrc.includes(`'${hash}'`)) missing.push(`${inSvg ? 'SVG ' : ''}<style> ${hash}: ${text.slice(0, 60)}…`);
      }
      expect(missing, 'inline code the policy does not allow').toEqual([]);

      // Inline event handlers and javascript: URLs are inline script the policy (rightly) refuses.
      const handlers = [...html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=["'][^>]*>/gi)].map((m) => m[0].slice(0, 80));
      expect(handlers, 'inline on*= handlers').toEqual([]);
      expect(html).not.toMatch(/(href|src|action)=["']\s*javascript:/i);
    });
  }

  test('no file in the build references another origin for something the browser would fetch', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(html|css|js|mjs)$/.test(n)) files.push(p);
      }
    };
    walk(DIST);
    const found: string[] = [];
    const external = /^(https?:)?\/\//i;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (f.endsWith('.html')) {
        for (const m of text.matchAll(/<(script|img|iframe|source|video|audio|embed|track)\b[^>]*\ssrc=["']([^"']+)["']/gi)) {
          if (external.test(m[2]!)) found.push(`${f}: <${m[1]} src=${m[2]}>`);
        }
        for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
          const href = /\shref=["']([^"']+)["']/.exec(m[0])?.[1] ?? '';
          if (/rel=["']?canonical/.test(m[0])) continue; // a URL for crawlers, never fetched
          if (external.test(href)) found.push(`${f}: ${m[0]}`);
        }
      }
      if (f.endsWith('.css') || f.endsWith('.html')) {
        for (const m of text.matchAll(/(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi)) {
          // SVG namespaces are identifiers, not requests.
          if (!/w3\.org\/(2000|1999)\//.test(m[1]!)) found.push(`${f}: ${m[1]}`);
        }
      }
      if (/\.m?js$/.test(f)) {
        for (const m of text.matchAll(/\b(?:import\s*\(|from\s*|fetch\s*\(|importScripts\s*\()\s*["'`]((?:https?:)?\/\/[^"'`]+)/g)) {
          found.push(`${f}: ${m[1]}`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });
});

test.describe('in Chromium', () => {
  for (const path of sampledPagePaths()) {
    test(`${path}: hydrated, fonts loaded — no CSP violation, nothing off the origin`, async ({ page, watch, context, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      // Offline for real: anything addressed to another origin fails (and is listed by `watch`).
      await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      await recordCspViolations(page);
      await page.goto(path);
      await hydrateAll(page);
      await page.evaluate(() => document.fonts.ready);
      await settled(page);
      const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
      expect(fonts.length, 'the self-hosted font is in use').toBeGreaterThan(0);
      expect(await cspViolations(page)).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
    });
  }

  for (const path of ['/', PAGES.find((p) => p !== '/' && !p.startsWith('/rules') && p !== '/glossary/' && p !== '/404/') ?? '/']) {
    test(`search on ${path} works offline under the policy`, async ({ page, watch, context, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      await recordCspViolations(page);
      await page.goto(path);
      await page.locator('[data-search-open]').click();
      const input = page.locator('[data-search-input]');
      await expect(input).toBeFocused();
      await input.pressSequentially('memory', { delay: 20 });
      const status = page.locator('[data-search-status]');
      await expect(status).toHaveText(/\d+ results?\.|No results\./, { timeout: 15_000 });
      await expect(status).toHaveText(/\d+ results?\./);
      expect(await page.locator('[data-search-results] li a').count()).toBeGreaterThan(0);
      await settled(page);
      expect(await cspViolations(page)).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
    });
  }

  test('the hashed theme script in <head> runs under the policy (dark OS, no stored choice)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await recordCspViolations(page);
    await page.goto('/');
    // The static HTML says light; only the inline head script switches to dark before first paint.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the policy refuses script that Astro did not hash', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await recordCspViolations(page);
    await page.goto(PAGES.find((p) => p !== '/') ?? '/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = "inline script";';
      document.head.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwned = "inline handler"');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      const a = document.createElement('a');
      a.href = 'javascript:window.__pwned="javascript url"';
      document.body.append(a);
      a.click();
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    const violations = await cspViolations(page);
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
  });
});
