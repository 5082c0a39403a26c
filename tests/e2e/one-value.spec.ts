/**
 * One meaning, one id, one value (issue 17): under one scenario, a figure id has one value on a page and
 * across every page that shows it. A figure pinned to a model, a dtype or the essay's own scenario
 * (data-model, data-dtype, data-scenario) is a value of its own, compared only with figures pinned alike.
 * The value prints one way wherever it appears. The node a page recommends (data-recommended) agrees
 * everywhere for each model.
 *
 * Five scenarios: the essay's, and four that move every input the chapters read (a named node, a custom
 * RAM, rows, dim, dtype, chunk, reduced width, notebooks attached, spark.driver.maxResultSize and the model).
 */
import { test, expect } from './support/fixtures';
import { gotoSettled, evaluateWithHelpers } from './support/hardening';
import { sampledPagePaths } from './support/site';

const SCENARIOS = [
  '',
  '?instance=Standard_E8ds_v5&rows=1000000&dim=768&dtype=f64&model=measured',
  '?instance=custom&ram=20&rows=50000&dim=384&dtype=f16',
  '?instance=Standard_DS3_v2&rows=2000000&dim=3072&chunk=20000&reduced=64&model=essay',
  '?notebooks=4&maxresult=0.5&model=measured',
];

// Every page that can show a figure: the chapters, the planner and the rule pages (home, glossary and
// the 404 page show none, and the search page only the scenario).
const PAGES = sampledPagePaths().filter((p) => p !== '/' && !p.startsWith('/glossary/') && !p.startsWith('/404'));

interface Seen {
  key: string;
  value: string;
  text: string;
}

interface PageRead {
  figures: Seen[];
  recommended: { model: string; node: string }[];
}

test.describe.configure({ mode: 'parallel' });

for (const query of SCENARIOS) {
  test(`one value per figure id across ${PAGES.length} pages, scenario "${query || '(the essay)'}"`, async ({ page, watch }) => {
    test.setTimeout(120_000);
    void watch;
    // id + pins -> value -> where it was seen
    const values = new Map<string, Map<string, string[]>>();
    const recommended = new Map<string, Set<string>>();
    for (const path of PAGES) {
      await gotoSettled(page, path + query);
      const read = await evaluateWithHelpers(
        page,
        async (_: null, h): Promise<PageRead> => {
          await h.hydrateInPage(20_000);
          // Wait for the reader's numbers: prose repaints after its definitions load (data-pending,
          // data-stale), widgets after they hydrate.
          const deadline = performance.now() + 10_000;
          const root = document.documentElement;
          while ((root.hasAttribute('data-pending') || root.hasAttribute('data-stale')) && performance.now() < deadline) {
            await new Promise((r) => setTimeout(r, 20));
          }
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const figures = [...document.querySelectorAll<HTMLElement>('[data-figure]')].map((el) => {
            const d = el.dataset;
            return {
              key: `${d.figure} model=${d.model ?? '-'} dtype=${d.dtype ?? '-'} scenario=${d.scenario ?? '-'}`,
              value: [d.value, d.min, d.max].map((v) => v ?? '').join('|'),
              // A number inside code is written as Python writes it (312_000): its text is compared
              // with other code only.
              text: `${d.as === 'code' ? 'code ' : ''}"${(el.textContent ?? '').trim()}"`,
            };
          });
          const recommended = [...document.querySelectorAll<HTMLElement>('[data-recommended]')].map((el) => ({
            model: el.closest<HTMLElement>('[data-plan-model]')?.dataset.planModel ?? '-',
            node: el.dataset.recommended ?? '',
          }));
          return { figures, recommended };
        },
        null,
      );
      for (const f of read.figures) {
        const byValue = values.get(f.key) ?? new Map<string, string[]>();
        values.set(f.key, byValue);
        const where = byValue.get(f.value) ?? [];
        where.push(`${path} ${f.text}`);
        byValue.set(f.value, where);
      }
      for (const r of read.recommended) {
        const nodes = recommended.get(r.model) ?? new Set<string>();
        nodes.add(r.node);
        recommended.set(r.model, nodes);
      }
    }
    const conflicts = [...values.entries()]
      .filter(([, byValue]) => byValue.size > 1)
      .map(([key, byValue]) => `${key}: ${[...byValue.entries()].map(([v, where]) => `${v} on ${where.slice(0, 3).join(', ')}`).join(' | ')}`);
    expect(conflicts, 'figure ids with more than one value under one scenario').toEqual([]);
    // And one text for it: the same id and value never print two ways.
    const texts = [...values.entries()].flatMap(([key, byValue]) =>
      [...byValue.entries()].flatMap(([value, where]) => {
        const shown = where.map((w) => w.slice(w.indexOf(' ') + 1));
        const conflicts = ['', 'code '].flatMap((notation) => {
          const texts = new Set(shown.filter((t) => (notation === '' ? t.startsWith('"') : t.startsWith(notation))));
          return texts.size > 1 ? [`${key} = ${value}: ${[...texts].join(' vs ')}`] : [];
        });
        return conflicts;
      }),
    );
    expect(texts, 'figures printed two ways').toEqual([]);
    // The test saw figures at all, and a recommendation on the planner.
    expect(values.size).toBeGreaterThan(200);
    for (const [model, nodes] of recommended) expect([...nodes], `recommended node (${model} model)`).toHaveLength(1);
    expect(recommended.size).toBeGreaterThan(0);
  });
}

// A widget's own settings (not the scenario) in a link: the widget follows them; whatever else on the
// page shows the same id must follow too, or be pinned as an example (chapter 5's and 7's prose).
const WIDGET_LINKS = [
  '/jvm/?jvm=typed&jvmgb=20&threads=400',
  '/topandas/?arrow=off&npdtype=none',
  '/nodes/?executors=5&op=applyInPandas',
  '/budget/?beside=gcp&sort=ram&order=descending',
  // The ledger's typed lines: the widgets' edited numbers carry their own ids (budget.remaining-edited),
  // while the prose and rule 8's card quote the model's ledger.
  '/budget/?meta=0.3&interp=1.2&frame=alive',
  '/plan/?cloud=aws&family=memory&list=all',
  '/executors/?worker=n2-highmem-8&slots=3&batch=20000&udf=applyInPandas&skew=40',
];

test('widget settings in a link: still one value per figure id on the page', async ({ page }) => {
  test.setTimeout(120_000);
  for (const link of WIDGET_LINKS) {
    await gotoSettled(page, link);
    const clashes = await evaluateWithHelpers(
      page,
      async (_: null, h) => {
        await h.hydrateInPage(20_000);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const seen = new Map<string, Set<string>>();
        for (const el of document.querySelectorAll<HTMLElement>('main [data-figure]')) {
          const d = el.dataset;
          const key = `${d.figure} model=${d.model ?? '-'} dtype=${d.dtype ?? '-'} scenario=${d.scenario ?? '-'}`;
          const set = seen.get(key) ?? new Set<string>();
          set.add([d.value, d.min, d.max].map((v) => v ?? '').join('|'));
          seen.set(key, set);
        }
        return [...seen].filter(([, v]) => v.size > 1).map(([k, v]) => `${k}: ${[...v].join(' / ')}`);
      },
      null,
    );
    expect(clashes, link).toEqual([]);
  }
});
