/**
 * Site-wide checks over every built page: it loads, stays on its origin, logs no error, passes axe in
 * both themes. One page load serves all of them: the themes differ only in colours.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, setTheme, BROKEN_TEXT } from './support/fixtures';
import { pagePaths, sampledPagePaths } from './support/site';
import { gotoSettled } from './support/hardening';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of sampledPagePaths()) {
  test(`page ${path}: loads with 200, no console error, no off-origin request, no broken number; axe finds no WCAG 2.2 AA violation in light or dark`, async ({ page, watch }) => {
    test.setTimeout(120_000);
    // Settled: everything the page loads lazily has arrived (a short network idle, not the 500 ms one).
    const res = await gotoSettled(page, path);
    expect(res?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(BROKEN_TEXT);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.nodes[0]?.target.join(' ')}`);
      expect(summary, `${theme} theme`).toEqual([]);
    }
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });
}

// A long unbroken token in prose (a Spark setting's full name) once widened a phone's page, so the
// whole page scrolled sideways: /sources/, /glossary/ and several /errors/<id>/ pages at 375 px.
test('at 375 px no page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const wide: string[] = [];
  for (const path of pagePaths()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path}: ${overflow} px`);
  }
  expect(wide).toEqual([]);
});
