/**
 * One number, one text (issue 18): inside a notebook cell, two figures of the same value and unit print
 * the same way, whatever ids carry them. The collect cell of /topandas/ used to print 6.916928 GB as
 * "~7 GB" (the peak, which the essay rounds to whole GB) and "~6.9 GB" (the step totals).
 * Figures pinned to a model or to the essay's scenario are left out: they answer another question. The
 * estimate mark "~" is not compared (the essay's estimate of a share can equal a documented default),
 * nor is an "-exact" figure, the unrounded twin printed beside the essay's rounding on purpose, nor a
 * number inside code, which is written as Python writes it (312_000). An estimate's "~" is its only
 * hedge: no "about ~36 GB".
 */
import { test, expect } from './support/fixtures';
import { gotoSettled, hydrateAll, widgetPages } from './support/hardening';
import { pagePaths } from './support/site';

const SCENARIOS = ['', '?model=measured', '?instance=Standard_E8ds_v5&rows=1000000&dim=768&dtype=f64'];

for (const path of widgetPages()) {
  test(`${path}: within a cell, one value prints one way`, async ({ page, watch }) => {
    void watch;
    const problems: string[] = [];
    for (const query of SCENARIOS) {
      await gotoSettled(page, path + query);
      await hydrateAll(page);
      const found = await page.locator('section.cell').evaluateAll((cells) =>
        cells.flatMap((cell) => {
          const byValue = new Map<string, Set<string>>();
          for (const el of cell.querySelectorAll<HTMLElement>('[data-figure][data-value]:not([data-model]):not([data-scenario]):not([data-figure$="-exact"]):not([data-as="code"])')) {
            if (el.closest('[hidden]')) continue;
            const key = `${el.dataset.unit} ${el.dataset.value}`;
            const texts = byValue.get(key) ?? new Set<string>();
            texts.add((el.textContent ?? '').trim().replace(/^~/, ''));
            byValue.set(key, texts);
          }
          return [...byValue.entries()].filter(([, t]) => t.size > 1).map(([k, t]) => `#${cell.id} ${k}: ${[...t].join(' | ')}`);
        }),
      );
      problems.push(...found.map((p) => `${query || '(essay)'} ${p}`));
    }
    expect(problems).toEqual([]);
  });
}

// A figure that is an estimate prints its own "~"; a sentence that also says "about" before it hedges
// twice ("about ~36 GB"). Read as the reader sees it, at the essay's scenario and two others.
const HEDGE_TWICE = /\b(?:about|around|roughly|approximately|nearly|almost|some)\s+~/gi;
const FIGURE_PAGES = [...widgetPages(), ...pagePaths().filter((p) => p.startsWith('/rules/'))];

for (const path of FIGURE_PAGES) {
  test(`${path}: an estimate is hedged once, by its "~" alone`, async ({ page, watch }) => {
    void watch;
    const problems: string[] = [];
    for (const query of SCENARIOS) {
      await gotoSettled(page, path + query);
      await hydrateAll(page);
      const text = await page.locator('main').innerText();
      for (const m of text.matchAll(HEDGE_TWICE)) problems.push(`${query || '(essay)'}: …${text.slice(Math.max(0, m.index - 50), m.index + 20)}…`);
    }
    expect(problems).toEqual([]);
  });
}
