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
import { CONTROL_SELECTOR, describeControl, diffSnapshots, evaluateWithHelpers, hydrateAll, snapshotFigures, widgetPages, type FigureSnapshot } from './support/hardening';
import { pageHtml } from './support/site';

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

interface FieldState {
  invalid: string | null;
  messages: Array<{ id: string; text: string; visible: boolean; distance: number }>;
}

interface Probe {
  field: FieldState;
  snap: FigureSnapshot;
  /** What BROKEN_TEXT found in the page's own text (field messages and the link notice left out). */
  shows: string | null;
}

/**
 * Everything one matrix step looks at, in one round trip: waits two animation frames (enough for a
 * Svelte flush), then reads the field's verdict and messages, every figure, and the page's own text.
 * With `force`, first sets a select to a value it does not offer, as a tampered DOM would.
 */
async function probe(page: Page, index: number, force?: string): Promise<Probe> {
  return evaluateWithHelpers(
    page,
    async ({ selector, index, force, broken }, { collectFigures }) => {
      const el = document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector)[index]!;
      if (force !== null) {
        el.value = force;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
      // Prose figures repaint once their definitions have loaded (a lazy chunk, slow on a loaded machine);
      // until then the page marks them stale (scenario-sync.ts).
      for (let t = 0; t < 300 && document.documentElement.hasAttribute('data-stale'); t++) await new Promise((r) => setTimeout(r, 10));
      // The field's verdict and the messages aria-describedby points at.
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
      // The page's visible text without what quotes the reader (field messages, the link notice).
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      const quoting = new Set<string>();
      for (const q of document.querySelectorAll('main [aria-describedby]')) {
        for (const id of (q.getAttribute('aria-describedby') ?? '').split(/\s+/)) if (id) quoting.add(id);
      }
      for (const q of main.querySelectorAll('script, style, template, [data-scenario-notice], .field-error')) q.remove();
      for (const id of quoting) main.querySelector(`[id="${CSS.escape(id)}"]`)?.remove();
      const shown = new RegExp(broken).exec(main.textContent ?? '');
      return { field: { invalid: el.getAttribute('aria-invalid'), messages }, snap: collectFigures(), shows: shown ? shown[0] : null };
    },
    { selector: CONTROL_SELECTOR, index, force: force ?? null, broken: BROKEN_TEXT.source },
  );
}

/** Records what the probe found broken on the page; returns the figures. */
function checkPage(p: Probe, where: string, problems: string[]): FigureSnapshot {
  for (const b of p.snap.broken) problems.push(`${where}: ${b}`);
  if (p.shows) problems.push(`${where}: the page shows "${p.shows}"`);
  return p.snap;
}

async function textInputMatrix(page: Page, index: number, control: Locator, name: string, problems: string[]): Promise<void> {
  const integer = (await control.getAttribute('inputmode')) === 'numeric';
  const original = await control.inputValue();
  const baseline = checkPage(await probe(page, index), `${name} before any input`, problems);
  let lastGood = baseline;
  // A combobox's text is a search until it is finished: leaving the field is what asks for a verdict.
  const combobox = (await control.getAttribute('role')) === 'combobox';
  for (const value of MATRIX) {
    const where = `${name} ← ${show(value)}`;
    await control.fill(value);
    if (combobox) await control.press('Tab');
    const p = await probe(page, index);
    const state = p.field;
    const snap = checkPage(p, where, problems);
    const mustRefuse = ALWAYS_BAD.includes(value) || (value === '0.5' && integer);
    if (state.invalid === 'true') {
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
  // A one-character fill reads like a keystroke, which the field hands on after a pause or on Enter.
  await control.press('Enter');
  const p = await probe(page, index);
  const after = p.field;
  if (after.invalid === 'true') problems.push(`${name} ← ${show(good)} (its own starting value): refused: ${after.messages.map((m) => m.text).join(' ')}`);
  else if (after.messages.some((m) => m.id.endsWith('-msg') && m.text)) problems.push(`${name}: message still shown after a good value`);
  const back = diffSnapshots(baseline, checkPage(p, `${name} ← its starting value`, problems));
  if (back.length > 0) problems.push(`${name}: retyping its starting value ${show(good)} does not restore the numbers: ${back.slice(0, 3).join('; ')}`);
}

async function selectMatrix(page: Page, index: number, control: Locator, name: string, problems: string[]): Promise<void> {
  const baseline = checkPage(await probe(page, index), `${name} before any choice`, problems);
  const original = await control.inputValue();
  const options = await control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  // Every choice the select offers yields sane numbers (at most 12, to bound the run time).
  for (const v of options.slice(0, 12)) {
    await control.selectOption(v);
    checkPage(await probe(page, index), `${name} = ${show(v)}`, problems);
  }
  await control.selectOption(original);
  const restored = diffSnapshots(baseline, checkPage(await probe(page, index), `${name} = ${show(original)} again`, problems));
  if (restored.length > 0) problems.push(`${name}: choosing ${show(original)} again does not restore the numbers: ${restored.slice(0, 3).join('; ')}`);
  // A value the select does not offer (a tampered DOM, an extension) changes nothing.
  for (const bogus of ['', '__bogus__', '<img src=x onerror=alert(1)>']) {
    const moved = diffSnapshots(baseline, checkPage(await probe(page, index, bogus), `${name} forced to ${show(bogus)}`, problems));
    if (moved.length > 0) problems.push(`${name} forced to ${show(bogus)}: numbers changed: ${moved.slice(0, 3).join('; ')}`);
  }
}

/**
 * Each page's controls are split over a few tests so that the two CI workers share the long pages.
 * The share count comes from the static HTML (an estimate: every control is pre-rendered); each test
 * then takes its slice of the controls the hydrated page really has, so none is skipped either way.
 */
const PER_TEST = 4;
function shareCount(path: string): number {
  const main = /<main[\s>][\s\S]*<\/main>/.exec(pageHtml(path))?.[0] ?? '';
  const controls = (main.match(/<(input|select)\b[^>]*>/g) ?? []).filter((t) => !/\btype="(radio|checkbox|hidden|range|button|submit|reset)"/.test(t));
  return Math.max(1, Math.min(4, Math.ceil(controls.length / PER_TEST)));
}

for (const path of widgetPages()) {
  const shares = shareCount(path);
  for (let share = 0; share < shares; share++) {
    test(`bad input matrix on ${path}${shares > 1 ? ` (controls, part ${share + 1} of ${shares})` : ''}`, async ({ page, watch }) => {
      test.setTimeout(180_000);
      await openFresh(page, path);
      const total = await page.locator(CONTROL_SELECTOR).count();
      const from = Math.floor((total * share) / shares);
      const to = Math.floor((total * (share + 1)) / shares);
      const names: string[] = [];
      for (let i = 0; i < total; i++) names.push(await describeControl(page.locator(CONTROL_SELECTOR).nth(i)));
      // Every control starts from the essay's scenario: these numbers. The page is reused from one control
      // to the next while it still shows them, and reloaded when a control left anything different.
      const essay = await snapshotFigures(page);
      const problems: string[] = [];
      let exercised = 0;
      let reload = false;
      for (let i = from; i < to; i++) {
        if (reload) await openFresh(page, path);
        reload = false;
        const control = page.locator(CONTROL_SELECTOR).nth(i);
        const name = `${path} ${names[i]}`;
        if ((await describeControl(control)) !== names[i]) {
          problems.push(`${name}: the page's controls changed order`);
          reload = true;
          continue;
        }
        if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
        await control.scrollIntoViewIfNeeded();
        // probe() finds the control by its index among CONTROL_SELECTOR's matches, as this locator does.
        const same = await control.evaluate((el, [selector, n]) => document.querySelectorAll(selector as string)[n as number] === el, [CONTROL_SELECTOR, i]);
        if (!same) throw new Error(`${name}: the page and Playwright disagree on which element control ${i} is`);
        const errorsBefore = watch.consoleErrors.length;
        const problemsBefore = problems.length;
        const tag = await control.evaluate((el) => el.tagName);
        if (tag === 'SELECT') await selectMatrix(page, i, control, name, problems);
        else await textInputMatrix(page, i, control, name, problems);
        if (watch.consoleErrors.length > errorsBefore) problems.push(`${name}: console error: ${watch.consoleErrors.slice(errorsBefore).join(' | ')}`);
        exercised += 1;
        reload = problems.length > problemsBefore || diffSnapshots(essay, await snapshotFigures(page)).length > 0;
      }
      console.log(`${path}: ${exercised} of controls ${from + 1}–${to} (of ${total}) exercised: ${names.slice(from, to).join(', ')}`);
      expect(problems).toEqual([]);
    });
  }
}

test('the matrix is not vacuous: the chapters have widget controls to exercise', async ({ page }) => {
  let controls = 0;
  for (const path of widgetPages()) {
    await openFresh(page, path);
    controls += await page.locator(CONTROL_SELECTOR).count();
  }
  expect(controls).toBeGreaterThan(5);
});
