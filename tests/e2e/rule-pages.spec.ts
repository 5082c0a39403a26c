/**
 * A rule's own page is what a reviewer links to: it carries the rule's explanation and erratum (the
 * budget chapter and the /rules/ index list the cards and link there) and says which scenario its
 * live numbers are for (issue 17).
 */
import { test, expect } from './support/fixtures';
import { loadFigures } from './support/figures';

const RULES = loadFigures().figures.find((f) => f.id === 'rules.count')!.value!;
const LINK = '?instance=Standard_E8ds_v5&rows=1000000&dim=768&dtype=f64&model=measured';

test('the chapter lists each rule; its own page carries the explanation and its erratum', async ({ page, watch }) => {
  void watch;
  await page.goto('/budget/');
  for (let n = 1; n <= RULES; n++) {
    const card = page.locator(`#rule-${n}`);
    await expect(card.locator('.rule-summary')).not.toBeEmpty();
    // The chapter's card is the summary and the live numbers; the reasons are one link away.
    await expect(card.locator('.rule-body')).toHaveCount(0);
    await expect(card.locator(`a.rule-why[href="/rules/${n}/"]`)).toBeVisible();
    await expect(card.locator(`a[href^="/rules/${n}/"]`)).toHaveCount(1);
  }
  for (let n = 1; n <= RULES; n++) {
    await page.goto(`/rules/${n}/`);
    const body = page.locator(`#rule-${n} .rule-body`);
    await expect(body).toBeVisible();
    expect((await body.innerText()).trim().length, `rule ${n} has an explanation`).toBeGreaterThan(80);
  }
});

test('a rule page names the scenario of its live numbers, the essay’s or the link’s', async ({ page, watch }) => {
  void watch;
  await page.goto('/rules/1/');
  const title = page.locator('#rule-1 .rule-figures-title');
  await expect(title).toContainText('Standard_DS4_v2 (28 GB), 312K rows × 1,536, f32');
  await page.goto(`/rules/1/${LINK}`);
  await expect(title).toContainText('Standard_E8ds_v5 (64 GB), 1M rows × 768, f64, measured');
  // The numbers in the box are that scenario's: the E8ds_v5's 64 GB.
  await expect(page.locator('#rule-1 .rule-figures [data-figure="split.node-ram"]')).toHaveAttribute('data-value', '64');
});

test('a card number labelled for the reader’s node or rows follows them; only the essay’s own numbers stay and say so', async ({ page, watch }) => {
  void watch;
  const value = async (rule: number, id: string) => page.locator(`#rule-${rule} .rule-figures [data-figure="${id}"]`).evaluate((el) => ({
    min: Number(el.getAttribute('data-min') ?? el.getAttribute('data-value')),
    max: Number(el.getAttribute('data-max') ?? el.getAttribute('data-value')),
    pinned: el.getAttribute('data-scenario'),
  }));
  // Rule 7, "the JVM's share of the chosen node", on a 256 GB node: the essay's 14–16 of 28 GB, scaled.
  await page.goto('/rules/7/?instance=Standard_E32ds_v5');
  await expect.poll(async () => (await value(7, 'split.jvm-range')).min).toBeCloseTo((256 * 14) / 28, 6);
  expect((await value(7, 'split.jvm-range')).max).toBeCloseTo((256 * 16) / 28, 6);
  expect((await value(7, 'split.jvm-range')).pinned).toBeNull();
  // The essay's 60 % heap share is its own number, pinned and labelled.
  expect((await value(7, 'jvm.heap-share')).pinned).toBe('essay');
  await expect(page.locator('#rule-7 .rule-figures dt', { hasText: 'heap share' })).toContainText('the essay’s own number');
  // Rule 3, "all rows as lists of floats" beside "the same rows as one float32 array": 1M rows × 768 at
  // the essay's 28 B a float.
  await page.goto('/rules/3/?rows=1000000&dim=768');
  await expect.poll(async () => (await value(3, 'python.list-of-lists')).min).toBeCloseTo((1e6 * 768 * 28) / 1e9, 6);
  expect((await value(3, 'python.numpy-f32')).min).toBeCloseTo((1e6 * 768 * 4) / 1e9, 6);
});
