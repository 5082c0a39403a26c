/**
 * Every sentence true at every scenario (issue 17). Each page is read under the essay's scenario and
 * under four others, each changing one kind of input; a sentence in which a live figure changed must not carry, in its fixed words, what
 * the change made false: a node name when the node changed, a dtype when the dtype changed, one of the
 * essay's own inputs (312,000 rows, 1536 wide, 50,000-row chunks) when those changed, or a size with
 * a unit. A sentence about the essay pins its numbers (they do not change) and says so; it passes.
 */
import { test, expect } from './support/fixtures';
import { hydrateAll } from './support/hardening';
import { sampledPagePaths } from './support/site';
import { read, type Sentence } from './support/sentences';

interface Other {
  query: string;
  /** What the change makes false when a sentence's figure moved. */
  forbidden: RegExp;
}

const NODE = /\b(?:Standard_)?(?:DS|D|E|L|F|M)\d+[a-z]*_v\d\b/;
const SIZE = /\b\d[\d,.]*\s?(?:[KMGTP]i?B)\b/;
// One input changed at a time, so a sentence is held only to what its own figures follow.
const OTHERS: Other[] = [
  { query: 'instance=Standard_E8ds_v5', forbidden: new RegExp(`${NODE.source}|${SIZE.source}`) },
  { query: 'dtype=f64', forbidden: new RegExp(`\\b(?:float32|f32)\\b|${SIZE.source}`) },
  { query: 'model=measured', forbidden: SIZE },
  // Another workload: the essay's rows, width, chunk and reduced width are the scenario's now.
  { query: 'rows=1000000&dim=768&chunk=20000&reduced=64', forbidden: new RegExp(`\\b(?:312,?000|312K|1,?536|50,?000|128)\\b|${SIZE.source}`) },
];

const fixedText = (s: Sentence) => s.text.replace(/⟦[^⟧]+⟧/g, ' ');

const PAGES = sampledPagePaths().filter((p) => p !== '/' && p !== '/404/' && !p.startsWith('/glossary'));

for (const path of PAGES) {
  test(`${path}: no fixed node, dtype or size beside a figure the scenario changed`, async ({ page, watch }) => {
    void watch;
    await page.goto(path);
    await hydrateAll(page);
    const essay = await read(page);
    const problems: string[] = [];
    for (const other of OTHERS) {
      await page.goto(`${path}?${other.query}`);
      await hydrateAll(page);
      // The prose repaints once the scenario module and the figures it quotes have loaded.
      await page.waitForFunction(() => document.documentElement.dataset.scenario === 'custom');
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = await read(page);
      for (const s of now.sentences) {
        const moved = s.figures.some((k) => essay.values[k] !== undefined && essay.values[k] !== now.values[k]);
        if (!moved) continue;
        const bad = other.forbidden.exec(fixedText(s));
        if (bad) problems.push(`?${other.query}: "${bad[0]}" in: ${s.text.slice(0, 300)}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}
