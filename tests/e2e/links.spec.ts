/** Every internal link and every #anchor in the built HTML resolves to a page and an element that exist. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST, pageHtml, pagePaths } from './support/site';

const ID = /\sid="([^"]+)"/g;
const HREF = /<a\s[^>]*href="([^"]+)"/g;

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => m[1]!));
}

test('internal links and anchors resolve', () => {
  const paths = pagePaths();
  const ids = new Map(paths.map((p) => [p, idsOf(pageHtml(p))]));
  const broken: string[] = [];
  let checked = 0;
  for (const from of paths) {
    for (const [, raw] of pageHtml(from).matchAll(HREF)) {
      const href = raw!.replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      const url = new URL(href, `http://site${from}`);
      const target = url.pathname;
      checked += 1;
      if (target.startsWith('/pagefind/')) continue;
      // A file the site publishes (/instances.json, a diagram) must be there too.
      if (/\.(svg|png|ico|css|js|xml|txt|json)$/.test(target)) {
        if (!existsSync(join(DIST, target))) broken.push(`${from} -> ${href} (no such file)`);
        continue;
      }
      const targetIds = ids.get(target);
      if (!targetIds) {
        broken.push(`${from} -> ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !targetIds.has(anchor)) broken.push(`${from} -> ${href} (no #${anchor})`);
    }
  }
  expect(checked).toBeGreaterThan(20);
  expect(broken).toEqual([]);
});

test('a deep link lands at once, without a long smooth scroll', async ({ page }) => {
  await page.goto('/budget/#instance-reference', { waitUntil: 'load' });
  // Within two frames of load the target is already at the top of the viewport (below the sticky header).
  const top = await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return document.getElementById('instance-reference')!.getBoundingClientRect().top;
  });
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
});
