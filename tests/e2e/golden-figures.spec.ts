/**
 * Golden figures: every number of figures.json must be on its chapter, as an element with
 * data-figure=<id>, whose data-value (or data-min/data-max) lands on the essay's figure and whose text
 * shows the essay's number — in the static HTML (JavaScript off) and after the page's scripts ran.
 */
import { test, expect, type Page } from '@playwright/test';
import { essayRounded, loadFigures, showsNumber, withinRounding, type FigureSpec } from './support/figures';
import { pagePaths } from './support/site';
import { trackRequests } from './support/hardening';

const { figures } = loadFigures();
const existing = new Set(pagePaths());

async function checkChapter(page: Page, chapter: string, specs: FigureSpec[], js: boolean): Promise<string[]> {
  const network = trackRequests(page);
  await page.goto(`/${chapter}/`);
  // With JavaScript on, read the figures once the page's scripts (lazily loaded ones too) have run.
  if (js) await network.quiet(100);
  network.stop();
  // Every figure element of the page in one round trip, grouped by id, in document order.
  const onPage = await page.locator('[data-figure]').evaluateAll((els) => {
    const byId: Record<string, Array<{ value: string | null; min: string | null; max: string | null; text: string }>> = {};
    for (const e of els) {
      (byId[e.getAttribute('data-figure') ?? ''] ??= []).push({
        value: e.getAttribute('data-value'),
        min: e.getAttribute('data-min'),
        max: e.getAttribute('data-max'),
        text: (e as HTMLElement).innerText || e.textContent || '',
      });
    }
    return byId;
  });
  const problems: string[] = [];
  for (const f of specs) {
    const found = onPage[f.id] ?? [];
    if (found.length === 0) {
      problems.push(`${f.id}: no [data-figure] element on /${chapter}/`);
      continue;
    }
    for (const [i, attrs] of found.entries()) {
      const where = `${f.id} [${i}] "${attrs.text}"`;
      if (f.value !== undefined) {
        const v = Number(attrs.value);
        if (attrs.value === null || !withinRounding(v, f.value, f.rounding)) {
          problems.push(`${where}: data-value ${attrs.value} is not the essay's ${f.value} (${f.rounding ?? 'exact'})`);
        }
        if (!showsNumber(attrs.text, essayRounded(f.value, f.rounding))) {
          problems.push(`${where}: text does not show the essay's ${essayRounded(f.value, f.rounding)}`);
        }
      } else {
        const lo = Number(attrs.min);
        const hi = Number(attrs.max);
        if (attrs.min === null || attrs.max === null || !withinRounding(lo, f.min!, f.rounding) || !withinRounding(hi, f.max!, f.rounding)) {
          problems.push(`${where}: data-min/max ${attrs.min}–${attrs.max} is not the essay's ${f.min}–${f.max}`);
        }
        if (!showsNumber(attrs.text, f.min!) || !showsNumber(attrs.text, f.max!)) {
          problems.push(`${where}: text does not show ${f.min} and ${f.max}`);
        }
      }
    }
  }
  return problems;
}

for (const js of [false, true]) {
  test(`golden figures with JavaScript ${js ? 'on' : 'off'}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    const problems: string[] = [];
    let covered = 0;
    const chapters = [...new Set(figures.map((f) => f.chapter))];
    for (const chapter of chapters) {
      const specs = figures.filter((f) => f.chapter === chapter);
      if (!existing.has(`/${chapter}/`)) {
        problems.push(`chapter /${chapter}/ does not exist (${specs.length} figures)`);
        continue;
      }
      const found = await checkChapter(page, chapter, specs, js);
      problems.push(...found);
      const bad = new Set(found.map((p) => p.split(/[ :]/)[0]));
      covered += specs.filter((s) => !bad.has(s.id)).length;
    }
    console.log(`figures covered: ${covered} of ${figures.length} (JavaScript ${js ? 'on' : 'off'})`);
    await context.close();
    expect(problems).toEqual([]);
    expect(covered).toBe(figures.length);
  });
}
