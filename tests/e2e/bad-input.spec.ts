/**
 * Bad input matrix: every text input and select of every widget on every chapter (and the planner)
 * gets the values a reader can paste — empty, spaces, -1, 0, 0.5, 1e309, NaN, abc, 1,5, a 400-digit
 * number, an emoji. A value no field can accept must be refused with a message beside the field
 * (aria-invalid="true", aria-describedby → a visible, non-empty message), the last good numbers must
 * stay (every [data-figure]'s data-value unchanged), nothing may log a console error, and the page must
 * never show NaN/Infinity/undefined/null or an empty figure. The widgets are found on the page, not
 * named here, so new widgets are covered as they land.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, BROKEN_TEXT } from './support/fixtures';
import { CONTROL_SELECTOR, describeControl, diffSnapshots, frames, hydrateAll, snapshotFigures, widgetPages, type FigureSnapshot } from './support/hardening';

const FOUR_HUNDRED_DIGITS = `${'9'.repeat(200)}${'1234567890'.repeat(20)}`;
/** Values no numeric field can accept, whatever its range. */
const ALWAYS_BAD = ['', '   ', '-1', '1e309', 'NaN', 'abc', '1,5', FOUR_HUNDRED_DIGITS, '😀'];
/** Values some fields accept: 0 (a zero-GB budget line), 0.5 (half a GB). 0.5 is bad for integer fields. */
const SOMETIMES = ['0', '0.5'];
const MATRIX = ['', '   ', '-1', '0', '0.5', '1e309', 'NaN', 'abc', '1,5', FOUR_HUNDRED_DIGITS, '😀'];

const show = (v: string) => (v.length > 12 ? `${v.slice(0, 8)}…(${v.length} chars)` : JSON.stringify(v));

async function openFresh(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrateAll(page);
}

/** The page's visible text without what quotes the reader (field messages, the link notice). */
async function ownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    const quoting = new Set<string>();
    for (const el of document.querySelectorAll('main [aria-describedby]')) {
      for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/)) if (id) quoting.add(id);
    }
    for (const el of main.querySelectorAll('script, style, template, [data-scenario-notice], .field-error')) el.remove();
    for (const id of quoting) main.querySelector(`[id="${CSS.escape(id)}"]`)?.remove();
    return main.textContent ?? '';
  });
}

interface FieldState {
  invalid: string | null;
  messages: Array<{ id: string; text: string; visible: boolean; distance: number }>;
}

async function fieldState(control: Locator): Promise<FieldState> {
  return control.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const messages = ids.map((id) => {
      const m = document.getElementById(id);
      if (!m) return { id, text: '', visible: false, distance: Infinity };
      const r = m.getBoundingClientRect();
      const style = getComputedStyle(m);
      const visible = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      // Distance between the two boxes (0 when they touch or overlap).
      const dx = Math.max(0, r.left - box.right, box.left - r.right);
      const dy = Math.max(0, r.top - box.bottom, box.top - r.bottom);
      return { id, text: (m.textContent ?? '').trim(), visible, distance: Math.hypot(dx, dy) };
    });
    return { invalid: el.getAttribute('aria-invalid'), messages };
  });
}

async function checkPage(page: Page, where: string, problems: string[]): Promise<FigureSnapshot> {
  const snap = await snapshotFigures(page);
  for (const b of snap.broken) problems.push(`${where}: ${b}`);
  const broken = BROKEN_TEXT.exec(await ownText(page));
  if (broken) problems.push(`${where}: the page shows "${broken[0]}"`);
  return snap;
}

async function textInputMatrix(page: Page, control: Locator, name: string, problems: string[]): Promise<number> {
  const integer = (await control.getAttribute('inputmode')) === 'numeric';
  const original = await control.inputValue();
  const baseline = await checkPage(page, `${name} before any input`, problems);
  let lastGood = baseline;
  let refused = 0;
  for (const value of MATRIX) {
    const where = `${name} ← ${show(value)}`;
    await control.fill(value);
    await frames(page);
    const state = await fieldState(control);
    const snap = await checkPage(page, where, problems);
    const mustRefuse = ALWAYS_BAD.includes(value) || (value === '0.5' && integer);
    if (state.invalid === 'true') {
      refused += 1;
      const shown = state.messages.find((m) => m.text && m.visible);
      if (!shown) problems.push(`${where}: aria-invalid but no visible message via aria-describedby (${state.messages.map((m) => `#${m.id}`).join(' ') || 'none'})`);
      else {
        if (shown.distance > 160) problems.push(`${where}: the message is ${Math.round(shown.distance)} px away from its field`);
        const own = shown.text.split(value.trim()).join(' ');
        const bad = value.trim() ? BROKEN_TEXT.exec(own) : BROKEN_TEXT.exec(shown.text);
        if (bad) problems.push(`${where}: the message says "${bad[0]}": ${shown.text}`);
      }
      const moved = diffSnapshots(lastGood, snap);
      if (moved.length > 0) problems.push(`${where}: refused, but numbers changed: ${moved.slice(0, 3).join('; ')}`);
    } else {
      if (mustRefuse) problems.push(`${where}: accepted (aria-invalid=${state.invalid}); no field can take this value`);
      else if (!SOMETIMES.includes(value)) problems.push(`${where}: unexpected verdict`);
      else lastGood = snap;
    }
  }
  // Typing a good value again clears the message and brings back the numbers it stands for.
  const good = original.replace(/[,\s\u00a0\u202f]/g, '');
  await control.fill(good);
  await frames(page);
  const after = await fieldState(control);
  if (after.invalid === 'true') problems.push(`${name} ← ${show(good)} (its own starting value): refused: ${after.messages.map((m) => m.text).join(' ')}`);
  else if (after.messages.some((m) => m.id.endsWith('-msg') && m.text)) problems.push(`${name}: message still shown after a good value`);
  const back = diffSnapshots(baseline, await checkPage(page, `${name} ← its starting value`, problems));
  if (back.length > 0) problems.push(`${name}: retyping its starting value ${show(good)} does not restore the numbers: ${back.slice(0, 3).join('; ')}`);
  return refused;
}

async function selectMatrix(page: Page, control: Locator, name: string, problems: string[]): Promise<void> {
  const baseline = await checkPage(page, `${name} before any choice`, problems);
  const original = await control.inputValue();
  const options = await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  // Every choice the select offers yields sane numbers (at most 12, to bound the run time).
  for (const v of options.slice(0, 12)) {
    await control.selectOption(v);
    await frames(page);
    await checkPage(page, `${name} = ${show(v)}`, problems);
  }
  await control.selectOption(original);
  await frames(page);
  const restored = diffSnapshots(baseline, await checkPage(page, `${name} = ${show(original)} again`, problems));
  if (restored.length > 0) problems.push(`${name}: choosing ${show(original)} again does not restore the numbers: ${restored.slice(0, 3).join('; ')}`);
  // A value the select does not offer (a tampered DOM, an extension) changes nothing.
  for (const bogus of ['', '__bogus__', '<img src=x onerror=alert(1)>']) {
    await control.evaluate((el, v) => {
      const s = el as HTMLSelectElement;
      s.value = v;
      s.dispatchEvent(new Event('input', { bubbles: true }));
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }, bogus);
    await frames(page);
    const moved = diffSnapshots(baseline, await checkPage(page, `${name} forced to ${show(bogus)}`, problems));
    if (moved.length > 0) problems.push(`${name} forced to ${show(bogus)}: numbers changed: ${moved.slice(0, 3).join('; ')}`);
  }
}

for (const path of widgetPages()) {
  test(`bad input matrix on ${path}`, async ({ page, watch }) => {
    test.setTimeout(360_000);
    await openFresh(page, path);
    const total = await page.locator(CONTROL_SELECTOR).count();
    const names: string[] = [];
    for (let i = 0; i < total; i++) names.push(await describeControl(page.locator(CONTROL_SELECTOR).nth(i)));
    const problems: string[] = [];
    let exercised = 0;
    for (let i = 0; i < total; i++) {
      // One page load per control: each starts from the essay's scenario.
      if (i > 0) await openFresh(page, path);
      const control = page.locator(CONTROL_SELECTOR).nth(i);
      const name = `${path} ${names[i]}`;
      if ((await describeControl(control)) !== names[i]) {
        problems.push(`${name}: the page's controls changed order between loads`);
        continue;
      }
      if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
      await control.scrollIntoViewIfNeeded();
      const errorsBefore = watch.consoleErrors.length;
      const tag = await control.evaluate((el) => el.tagName);
      if (tag === 'SELECT') await selectMatrix(page, control, name, problems);
      else await textInputMatrix(page, control, name, problems);
      if (watch.consoleErrors.length > errorsBefore) problems.push(`${name}: console error: ${watch.consoleErrors.slice(errorsBefore).join(' | ')}`);
      exercised += 1;
    }
    console.log(`${path}: ${exercised} of ${total} widget control(s) exercised: ${names.join(', ')}`);
    expect(problems).toEqual([]);
  });
}

test('the matrix is not vacuous: the chapters have widget controls to exercise', async ({ page }) => {
  let controls = 0;
  for (const path of widgetPages()) {
    await openFresh(page, path);
    controls += await page.locator(CONTROL_SELECTOR).count();
  }
  expect(controls).toBeGreaterThan(5);
});
