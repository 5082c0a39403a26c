/**
 * Renders content/diagrams/*.mmd to SVG with the real mermaid library in headless Chromium, once, at
 * authoring time. The SVGs are committed; `npm run dev` and `npm run build` only read them.
 * Usage: npm run diagrams
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { fillDiagram, sourceHash } from '../src/lib/diagram-source';
import { trimDiagramCss } from '../src/lib/diagram-trim';

const dir = resolve('content/diagrams');
const require = createRequire(import.meta.url);
const mermaidJs = require.resolve('mermaid/dist/mermaid.min.js');

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ path: mermaidJs });
await page.evaluate(() => {
  const m = (window as unknown as { mermaid: { initialize: (c: object) => void } }).mermaid;
  m.initialize({
    startOnLoad: false,
    theme: 'neutral',
    securityLevel: 'strict',
    htmlLabels: false,
    fontFamily: 'DejaVu Sans, Verdana, sans-serif',
    flowchart: { htmlLabels: false, useMaxWidth: true },
    sequence: { useMaxWidth: true },
  });
});

/**
 * Mermaid puts its whole theme stylesheet (rules for every diagram type) and a stock set of <defs>
 * (icons, markers, filters) into each SVG, and the page inlines the SVG. Keep only what this picture
 * uses: the CSS selectors that match an element of it, @keyframes that a kept rule animates with, and
 * the definitions that something references. Nothing that applies is removed, so the picture is the
 * same; one <style> stays, which astro.config.mjs hashes for the Content-Security-Policy.
 */
async function trimSvg(svg: string): Promise<string> {
  // Mount the SVG as the page will (inline in HTML) and check that serialising it back is lossless.
  const roundTrip = await page.evaluate((markup) => {
    document.body.innerHTML = `<div id="diagram-host">${markup}</div>`;
    return document.getElementById('diagram-host')!.innerHTML;
  }, svg);
  if (roundTrip !== svg) throw new Error('trimSvg: the SVG does not survive an HTML round trip unchanged; not trimming blind.');
  let current = svg;
  for (let pass = 0; pass < 5; pass += 1) {
    const css = await page.evaluate(() => document.querySelector('#diagram-host svg > style')?.textContent ?? null);
    if (css === null) throw new Error('trimSvg: the SVG has no top-level <style>');
    const keptCss = await trimDiagramCss(css, (selectors) =>
      page.evaluate((list) => {
        const host = document.getElementById('diagram-host')!;
        return list.map((sel) => {
          try {
            return host.querySelector(sel) !== null;
          } catch {
            return true; // a selector the browser cannot test is kept
          }
        });
      }, selectors),
    );
    const next = await page.evaluate((text) => {
      const host = document.getElementById('diagram-host')!;
      const root = host.querySelector('svg')!;
      root.querySelector(':scope > style')!.textContent = text;
      // Definitions (and markers, symbols, gradients, filters… wherever they sit: they draw nothing by
      // themselves) that nobody references by url(#…) in an attribute or the kept CSS, or href="#…", go.
      for (let changed = true; changed; ) {
        changed = false;
        const refs = new Set<string>();
        for (const m of text.matchAll(/url\(\s*["']?#([^"')\s]+)/g)) refs.add(m[1]!);
        for (const el of root.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            for (const m of attr.value.matchAll(/url\(\s*["']?#([^"')\s]+)/g)) refs.add(m[1]!);
            if (attr.localName === 'href' && attr.value.startsWith('#')) refs.add(attr.value.slice(1));
          }
        }
        for (const def of root.querySelectorAll('defs > *, marker, symbol, linearGradient, radialGradient, pattern, filter, clipPath, mask')) {
          if (!def.isConnected) continue;
          const ids = [def, ...def.querySelectorAll('[id]')].map((e) => e.id).filter(Boolean);
          if (!ids.some((id) => refs.has(id))) {
            def.remove();
            changed = true;
          }
        }
      }
      for (const el of root.querySelectorAll('defs, g')) {
        if (el.childNodes.length === 0 && el.attributes.length === 0) el.remove();
      }
      return host.innerHTML;
    }, keptCss);
    if (next === current) break;
    current = next;
  }
  return current;
}

let count = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mmd')).sort()) {
  const name = file.replace(/\.mmd$/, '');
  const filled = fillDiagram(readFileSync(join(dir, file), 'utf8'));
  const svg = await page.evaluate(
    async ([id, src]) => {
      const m = (window as unknown as { mermaid: { render: (id: string, s: string) => Promise<{ svg: string }> } }).mermaid;
      return (await m.render(id, src)).svg;
    },
    [`diagram-svg-${name}`, filled] as const,
  );
  const trimmed = await trimSvg(svg);
  // The hash ties the picture to the numbers it was drawn with; the build refuses a stale one.
  const stamped = trimmed.replace('<svg ', `<svg data-source-hash="${sourceHash(filled)}" aria-hidden="true" focusable="false" `);
  writeFileSync(join(dir, `${name}.svg`), stamped + '\n');
  count += 1;
  console.log(`rendered ${name}.svg (${stamped.length} bytes; ${svg.length - trimmed.length} bytes of unused theme CSS and definitions dropped)`);
}
await browser.close();
console.log(`${count} diagram(s) rendered with mermaid in Chromium.`);
