/**
 * No sentence contradicts its own numbers (issue 14): at node RAM 1.4 GB (the least the handbook
 * sizes), 4, 28 and 4,096 GB, and at 1 and 1,000,000,000 rows, every sentence that compares two of its
 * figures of the same unit ("A, more than B", "A below B") must hold for the values shown. The values
 * are the page's own; the test checks the words against them.
 */
import { test, expect } from './support/fixtures';
import { hydrateAll } from './support/hardening';
import { read, type Reading } from './support/sentences';

const PAGES = ['/split/', '/jvm/', '/python-objects/', '/topandas/', '/nodes/', '/budget/', '/plan/'];
const RAMS = [1.4, 4, 28, 4096];
const ROWS = [1, 1_000_000_000];

// A figure, up to a few words, a comparison, up to a few words, another figure: nothing else between.
const COMPARISON = /⟦([^⟧]+)⟧([^⟦]{0,80}?)\b(more than|less than|above|below|larger than|smaller than|bigger than|exceeds?)\b([^⟦]{0,60}?)⟦([^⟧]+)⟧/g;
// Pages whose prose compares two figures in so many words; the check must find those comparisons.
const COMPARING = new Set(['/python-objects/', '/topandas/']);
const GREATER = new Set(['more than', 'above', 'larger than', 'bigger than', 'exceed', 'exceeds']);

interface Shown {
  lo: number;
  hi: number;
  unit: string;
}

function shown(r: Reading, key: string): Shown | undefined {
  const [value, min, max, , , unit] = (r.values[key] ?? '').split('|');
  const lo = Number(value || min);
  const hi = Number(value || max);
  return Number.isFinite(lo) && Number.isFinite(hi) && unit ? { lo, hi, unit } : undefined;
}

test.describe.configure({ mode: 'parallel' });

for (const path of PAGES) {
  test(`${path}: every comparison between two figures holds at RAM 1.4 to 4,096 GB and 1 to 1bn rows`, async ({ page, watch }) => {
    void watch;
    const problems: string[] = [];
    let compared = 0;
    for (const ram of RAMS) {
      for (const rows of ROWS) {
        const query = `?instance=custom&ram=${ram}&rows=${rows}`;
        await page.goto(`${path}${query}`);
        await hydrateAll(page);
        await page.waitForFunction(() => document.documentElement.dataset.scenario === 'custom');
        await page.waitForLoadState('networkidle');
        const r = await read(page);
        for (const s of r.sentences) {
          for (const m of s.text.matchAll(COMPARISON)) {
            // "not more than" and the like say the opposite; such sentences are read by hand.
            if (/\bnot\s*$/.test(m[2]!)) continue;
            const a = shown(r, m[1]!);
            const b = shown(r, m[5]!);
            if (!a || !b || a.unit !== b.unit) continue;
            compared += 1;
            const greater = GREATER.has(m[3]!);
            const holds = greater ? a.hi > b.lo : a.lo < b.hi;
            if (!holds) problems.push(`${query}: "${m[3]}" is false (${a.lo}–${a.hi} vs ${b.lo}–${b.hi} ${a.unit}) in: ${s.text.slice(0, 240)}`);
          }
        }
      }
    }
    console.log(`${path}: ${compared} comparisons checked`);
    if (COMPARING.has(path)) expect(compared).toBeGreaterThan(0);
    expect([...new Set(problems)]).toEqual([]);
  });
}
