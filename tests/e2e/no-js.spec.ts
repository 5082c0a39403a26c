/**
 * No JavaScript: every chapter still reads as a chapter — prose, diagrams, tables, and each widget's
 * default (essay) output rendered in the static HTML. The numbers themselves are checked against
 * figures.json by golden-figures.spec.ts with JavaScript off; here the static output must also be the
 * output a hydrated widget shows (no hydration mismatch, no "loading" placeholder).
 */
import { test, expect, BROKEN_TEXT } from './support/fixtures';
import { diffSnapshots, hydrateAll, snapshotFigures, widgetPages } from './support/hardening';
import { CHAPTERS } from './support/site';

// Chapters the issues give a diagram (chapter 1: the node; 4: the toPandas steps; 5: the topology).
const DIAGRAMS: Record<string, number> = { '/split/': 1, '/topandas/': 1, '/nodes/': 1 };

for (const path of widgetPages()) {
  test(`${path} with JavaScript off: prose, diagrams, tables and widget output are in the HTML`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);

    const facts = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const paragraphs = [...main.querySelectorAll('article p')].filter((p) => visible(p) && (p.textContent ?? '').trim().length >= 60);
      const diagrams = [...main.querySelectorAll('figure.diagram')].map((f) => {
          const svg = f.querySelector('svg');
          return {
            id: f.id,
            visible: !!svg && visible(svg),
            labels: svg ? [...svg.querySelectorAll('text, foreignObject')].map((t) => t.textContent ?? '').join(' ').trim().length : 0,
            alt: f.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
          };
        });
      const tables = [...main.querySelectorAll('table')].map((t) => ({
        caption: (t.querySelector('caption')?.textContent ?? t.getAttribute('aria-label') ?? (t.getAttribute('aria-labelledby') ? 'labelled' : '')).trim(),
        headers: t.querySelectorAll('th').length,
        rows: t.querySelectorAll('tbody tr').length,
        visible: visible(t),
        // A widget's table stands in for its chart, so it must say what it holds; prose tables are
        // introduced by their paragraph.
        widget: !!t.closest('astro-island'),
      }));
      const islands = [...document.querySelectorAll('astro-island')].map((el) => {
        const name = (() => {
          try {
            return JSON.parse(el.getAttribute('opts') ?? '{}').name as string;
          } catch {
            return '?';
          }
        })();
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const inputs = [...el.querySelectorAll('input[type="text"], input:not([type]), input[type="number"]')] as HTMLInputElement[];
        const selects = [...el.querySelectorAll('select')] as HTMLSelectElement[];
        return {
          name,
          elements: el.querySelectorAll('*').length,
          text: text.length,
          figures: el.querySelectorAll('[data-figure]').length,
          // A field for a pasted line (data-paste) starts empty by design.
          emptyInputs: inputs.filter((i) => i.value.trim() === '' && !i.hasAttribute('data-paste')).map((i) => i.id),
          unselected: selects.filter((s) => s.selectedIndex < 0).map((s) => s.id),
        };
      });
      return {
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        paragraphs: paragraphs.length,
        diagrams,
        tables,
        islands,
        text: main.innerText,
      };
    });

    expect(facts.h1.length, 'a chapter title').toBeGreaterThan(3);
    expect(facts.paragraphs, 'paragraphs of prose').toBeGreaterThanOrEqual(path === '/plan/' ? 1 : 5);
    expect(facts.diagrams.length, 'diagrams').toBeGreaterThanOrEqual(DIAGRAMS[path] ?? 0);
    for (const d of facts.diagrams) {
      expect(d.visible, `${d.id} is drawn`).toBe(true);
      expect(d.labels, `${d.id} has its labels`).toBeGreaterThan(10);
      expect(d.alt.length, `${d.id} has a text alternative`).toBeGreaterThan(10);
    }
    for (const [i, t] of facts.tables.entries()) {
      expect(t.visible, `table ${i} is shown`).toBe(true);
      if (t.widget) expect(t.caption.length, `widget table ${i} has a caption or label`).toBeGreaterThan(0);
      expect(t.headers, `table ${i} has header cells`).toBeGreaterThan(0);
      expect(t.rows, `table ${i} has rows`).toBeGreaterThan(0);
    }
    for (const w of facts.islands) {
      expect(w.elements, `widget ${w.name} renders markup without JavaScript`).toBeGreaterThan(3);
      expect(w.text, `widget ${w.name} renders text without JavaScript`).toBeGreaterThan(20);
      expect(w.emptyInputs, `widget ${w.name}: inputs show their default value`).toEqual([]);
      expect(w.unselected, `widget ${w.name}: selects show their default choice`).toEqual([]);
    }
    const figs = await snapshotFigures(page);
    expect(figs.broken).toEqual([]);
    expect(Object.keys(figs.values).length, 'numbers on the page').toBeGreaterThan(0);
    expect(facts.text).not.toMatch(BROKEN_TEXT);
    await context.close();
  });

  test(`${path}: the static numbers are the ones the hydrated widgets show`, async ({ browser, page, baseURL }) => {
    const off = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const staticPage = await off.newPage();
    await staticPage.goto(path);
    const before = await snapshotFigures(staticPage);
    await off.close();

    await page.goto(path);
    const islands = await hydrateAll(page);
    const after = await snapshotFigures(page);
    expect(diffSnapshots(before, after), `${islands} island(s): static vs hydrated figures`).toEqual([]);
  });
}

test('every chapter of the issues is built', () => {
  const pages = widgetPages();
  for (const c of CHAPTERS) expect(pages).toContain(`/${c}/`);
});
