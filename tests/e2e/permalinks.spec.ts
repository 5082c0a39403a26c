/**
 * Permanent addresses: every rule at /rules/N/, a rules index listing all ten, and every published
 * rule, cell and heading id pinned in pinned-ids.json. A pinned id that disappears fails here unless an
 * alias anchor (a chapter's `aliases:` frontmatter) keeps the old address working.
 * Add new ids with `npx tsx scripts/pin-ids.ts` after a build; it never removes one.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { pageHtml, pagePaths } from './support/site';
import { collectPublishedIds, idsAndAliases, pinnedIdProblem, type PinnedIds } from './support/published-ids';

const PINNED = JSON.parse(readFileSync('tests/e2e/pinned-ids.json', 'utf8')) as PinnedIds;
const RULE_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// The chapter whose cards list each rule: the essay's eight in the budget chapter, the handbook's two
// for executors in the executors chapter.
const LISTED_IN = (n: number) => (n <= 8 ? 'budget' : 'executors');

test('the pin file covers the rules, every chapter, the glossary and the planner', () => {
  for (const p of ['/rules/', '/glossary/', '/plan/', '/split/', '/jvm/', '/python-objects/', '/topandas/', '/nodes/', '/budget/', '/executors/']) {
    expect(PINNED[p]?.length ?? 0, p).toBeGreaterThan(0);
  }
  for (const n of RULE_NUMBERS) expect(PINNED[`/rules/${n}/`], `/rules/${n}/`).toContain(`rule-${n}`);
  expect(Object.values(PINNED).flat().length).toBeGreaterThan(100);
});

test.describe('every pinned id still resolves on its page', () => {
  for (const [path, ids] of Object.entries(PINNED)) {
    test(`${path} (${ids.length} ids)`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status(), `${path} must still exist`).toBe(200);
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        aliases: [...document.querySelectorAll<HTMLElement>('[data-alias-of]')].map((e) => [e.id, e.dataset.aliasOf ?? ''] as [string, string]),
      }));
      const live = { ids: new Set(found.ids), aliases: new Map(found.aliases) };
      const problems = ids.map((id) => pinnedIdProblem(id, live)).filter(Boolean);
      expect(problems, `renamed or removed ids on ${path}: add an alias in the chapter's frontmatter`).toEqual([]);
    });
  }
});

test('every published id in the build is pinned (run `npx tsx scripts/pin-ids.ts` after adding one)', () => {
  const unpinned: string[] = [];
  for (const path of pagePaths()) {
    const pinned = new Set(PINNED[path] ?? []);
    for (const id of collectPublishedIds(pageHtml(path))) if (!pinned.has(id)) unpinned.push(`${path}#${id}`);
  }
  expect(unpinned).toEqual([]);
});

test('the check catches a renamed id, and an alias anchor makes it pass again', () => {
  const path = '/topandas/';
  const id = 'fix-1-stream-with-tolocaliterator';
  expect(PINNED[path]).toContain(id);
  const page = idsAndAliases(pageHtml(path));
  expect(pinnedIdProblem(id, page)).toBeUndefined();
  // The heading is reworded: its id changes.
  const renamed = { ids: new Set([...page.ids].filter((x) => x !== id).concat('fix-1-stream-it')), aliases: new Map(page.aliases) };
  expect(pinnedIdProblem(id, renamed)).toMatch(/gone/);
  // The chapter adds `aliases: { fix-1-stream-with-tolocaliterator: fix-1-stream-it }`.
  const aliased = { ids: new Set([...renamed.ids, id]), aliases: new Map([[id, 'fix-1-stream-it']]) };
  expect(pinnedIdProblem(id, aliased)).toBeUndefined();
  // An alias to nothing does not count.
  const dangling = { ids: new Set([...page.ids].filter((x) => x !== id).concat(id)), aliases: new Map([[id, 'no-such-heading']]) };
  expect(pinnedIdProblem(id, dangling)).toMatch(/missing/);
});

test.describe('rule permalinks', () => {
  for (const n of RULE_NUMBERS) {
    test(`/rules/${n}/ is a real page about rule ${n}, linked to its chapter`, async ({ page }) => {
      const res = await page.goto(`/rules/${n}/`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(new RegExp(`^Rule ${n}: \\S`));
      const card = page.locator(`#rule-${n}`);
      await expect(card).toBeVisible();
      await expect(card.locator('button[data-copy-link]')).toBeVisible();
      // The same rule also has an anchor in the chapter that lists it.
      await expect(card.locator(`a[href^="/${LISTED_IN(n)}/#rule-${n}"]`)).toHaveCount(1);
    });
  }

  test('the rules index lists all ten, each linking to its permalink', async ({ page }) => {
    await page.goto('/rules/');
    for (const n of RULE_NUMBERS) {
      await expect(page.locator(`#rule-${n}`)).toBeVisible();
      await expect(page.locator(`#rule-${n} a[href^="/rules/${n}/"]`)).toHaveCount(1);
    }
    await expect(page.locator('[data-rule]')).toHaveCount(10);
  });

  test('a reader following a rule link from the index lands on the permalink page', async ({ page }) => {
    await page.goto('/rules/');
    await page.locator('#rule-2 a[href^="/rules/2/"]').click();
    await expect(page).toHaveURL(/\/rules\/2\/$/);
    await expect(page.locator('h1')).toContainText('Rule 2');
  });

  test('a rule anchor in its chapter scrolls the rule into view', async ({ page }) => {
    await page.goto('/budget/#rule-5');
    await expect(page.locator('#rule-5')).toBeInViewport();
    expect(await page.locator('#rule-5').evaluate((el) => el.matches(':target'))).toBe(true);
  });
});

test('a cell link lands on the cell', async ({ page }) => {
  await page.goto('/topandas/#collect-everything');
  const cell = page.locator('#collect-everything');
  await expect(cell).toBeInViewport();
  expect(await cell.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('an old (aliased) heading id moves the reader on to the heading it now means', async ({ page }) => {
  // The layout renders aliases as `<span id="old" data-alias-of="new">`; add one the way a renamed heading would.
  await page.goto('/topandas/');
  await page.evaluate(() => {
    const a = document.createElement('span');
    a.id = 'old-stream-heading';
    a.className = 'alias-anchor';
    a.dataset.aliasOf = 'fix-1-stream-with-tolocaliterator';
    document.querySelector('main')!.prepend(a);
    location.hash = '#old-stream-heading';
  });
  await expect(page).toHaveURL(/#fix-1-stream-with-tolocaliterator$/);
  await expect(page.locator('#fix-1-stream-with-tolocaliterator')).toBeInViewport();
});

test('aliases declared by chapters point at ids that exist', () => {
  for (const path of pagePaths()) {
    const page = idsAndAliases(pageHtml(path));
    for (const old of page.aliases.keys()) expect(pinnedIdProblem(old, page), `${path}#${old}`).toBeUndefined();
  }
});
