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
  // The hash ties the picture to the numbers it was drawn with; the build refuses a stale one.
  const stamped = svg.replace('<svg ', `<svg data-source-hash="${sourceHash(filled)}" aria-hidden="true" focusable="false" `);
  writeFileSync(join(dir, `${name}.svg`), stamped + '\n');
  count += 1;
  console.log(`rendered ${name}.svg (${stamped.length} bytes)`);
}
await browser.close();
console.log(`${count} diagram(s) rendered with mermaid in Chromium.`);
