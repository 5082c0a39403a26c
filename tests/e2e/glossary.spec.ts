/**
 * The glossary page defines every term in content/glossary.json at a permanent anchor, and a term used
 * in a chapter links there and explains itself in place on hover and keyboard focus.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { CHAPTERS, pageHtml } from './support/site';

interface Entry { id: string; term: string; definition: string; chapter?: string }
const GLOSSARY = JSON.parse(readFileSync('content/glossary.json', 'utf8')) as Entry[];
const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
// The terms the issue names, which the glossary must hold.
const REQUIRED = ['heap', 'off-heap', 'overhead', 'metaspace', 'tungsten', 'arrow', 'rss', 'tracemalloc', 'oom-killer', 'driver', 'executor', 'partition'];

test('every term is on the glossary page with its definition, at its own anchor', async ({ page }) => {
  for (const id of REQUIRED) expect(byId.has(id), id).toBe(true);
  await page.goto('/glossary/');
  for (const e of GLOSSARY) {
    const heading = page.locator(`[id="${e.id}"]`);
    await expect(heading, e.id).toHaveText(new RegExp(`^${e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(page.locator(`[data-term-entry="${e.id}"]`)).toContainText(e.definition);
  }
});

test('chapter links are named after their chapter, not "Where it matters"', async ({ page }) => {
  await page.goto('/glossary/');
  const links = page.locator('.glossary a');
  expect(await links.count()).toBeGreaterThan(10);
  const names = await links.allInnerTexts();
  for (const n of names) {
    expect(n).not.toMatch(/where it matters/i);
    expect(n).toMatch(/^Chapter \d: \S/);
  }
  // The same text always goes to the same chapter.
  const pairs = await links.evaluateAll((as) => as.map((a) => [a.textContent?.trim() ?? '', new URL(a.getAttribute('href') ?? '', location.href).pathname]));
  const dest = new Map<string, string>();
  for (const [text, path] of pairs) {
    expect(dest.get(text!) ?? path).toBe(path);
    dest.set(text!, path!);
  }
  // An entry's own chapter is named.
  const heap = byId.get('heap')!;
  await expect(page.locator('[data-term-entry="heap"] a').first()).toHaveAttribute('href', `/${heap.chapter}/`);
});

test('hovering a term shows its definition in place; Escape dismisses it', async ({ page }) => {
  await page.goto('/split/');
  const term = page.locator('a.term[data-term="driver"]').first();
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(tip).toBeHidden();
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(byId.get('driver')!.definition);
  await expect(tip).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('focusing a term from the keyboard shows its definition, announced as its description', async ({ page }) => {
  await page.goto('/jvm/');
  const term = page.locator('a.term[data-term="metaspace"]').first();
  await page.keyboard.press('Tab');
  await term.focus();
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(tip).toBeVisible();
  await expect(term).toHaveAccessibleDescription(new RegExp(byId.get('metaspace')!.definition.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('on a phone the definition stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/python-objects/');
  for (const term of (await page.locator('a.term').all()).slice(0, 6)) {
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
});

test('a term’s link goes to its glossary entry', async ({ page }) => {
  await page.goto('/topandas/?rows=1000');
  const term = page.locator('a.term[data-term="to-local-iterator"]').first();
  // Links take the scenario once the page's scripts have read it from the address.
  await expect(term).toHaveAttribute('href', /\?rows=1000#to-local-iterator$/);
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/\?rows=1000#to-local-iterator$/);
  const heading = page.locator('#to-local-iterator');
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('each chapter links a glossary term at its first use only, and every term link names an entry', () => {
  for (const slug of CHAPTERS) {
    const html = pageHtml(`/${slug}/`);
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const terms = [...article.matchAll(/<a class="term" href="\/glossary\/#([^"]+)"/g)].map((m) => m[1]!);
    expect(terms.length, slug).toBeGreaterThan(0);
    for (const id of terms) expect(byId.has(id), `${slug}: ${id}`).toBe(true);
    // Only the first use links and explains; a later use of the same term is plain text after it.
    expect(new Set(terms).size, `${slug}: a term linked twice`).toBe(terms.length);
    for (const m of article.matchAll(/data-term-again="([^"]+)"/g)) {
      const linkedAt = article.indexOf(`data-term="${m[1]}"`);
      expect(linkedAt, `${slug}: ${m[1]} used before it is linked`).toBeGreaterThanOrEqual(0);
      expect(linkedAt).toBeLessThan(m.index!);
    }
  }
});
