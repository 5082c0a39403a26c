/** Driving widgets as a reader does, shared by the chapter specs. */
import { expect, type Locator, type Page } from '@playwright/test';
import { BROKEN_TEXT, type Watch } from './fixtures';

/** Scrolls a cell into view so its client:scenario island hydrates, and waits until it has. */
export async function hydrated(page: Page, cellId: string): Promise<Locator> {
  const cell = page.locator(`#${cellId}`);
  // The island itself is display: contents; scrolling its cell's output into view triggers client:scenario.
  await cell.locator('.cell-out').scrollIntoViewIfNeeded();
  await expect(cell.locator('astro-island').first()).not.toHaveAttribute('ssr');
  return cell;
}

/**
 * Types like a reader: select what is in the field, key in the new text and press Enter, which hands a
 * typed value on at once (without it the field waits for the typist to pause; grouped-typing.spec.ts).
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('ControlOrMeta+a');
  if (text === '') await field.press('Backspace');
  else await field.pressSequentially(text);
  await field.press('Enter');
}

/** Figure ids on the page whose text is blank or whose data-value/min/max is not a finite number. */
export async function brokenFigures(page: Page): Promise<(string | null)[]> {
  return page.locator('main [data-figure]').evaluateAll((els) =>
    els
      .filter(
        (e) =>
          (e.textContent ?? '').trim() === '' ||
          ['data-value', 'data-min', 'data-max'].some((a) => e.hasAttribute(a) && !Number.isFinite(Number(e.getAttribute(a)))),
      )
      .map((e) => e.getAttribute('data-figure')),
  );
}

/**
 * Nothing broken anywhere on the page: no console error (when watched), no NaN/Infinity/undefined/null in
 * the page's own text, no blank or non-finite figure.
 */
export async function expectNothingBroken(page: Page, watch?: Watch): Promise<void> {
  if (watch) expect(watch.consoleErrors, 'console errors').toEqual([]);
  // A field's error message may quote what the reader typed ("got NaN"), so it is left out.
  const text = await page.locator('main').evaluate((main) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && !el.closest('.field-error, script, style, template')) out.push(n.textContent ?? '');
    }
    return out.join(' ');
  });
  expect(text).not.toMatch(BROKEN_TEXT);
  expect(await brokenFigures(page), 'blank or non-finite figures').toEqual([]);
}

/**
 * A field of the page's scenario bar, by its label. Node type, RAM, rows, embedding width and dtype are
 * set there, the one place a chapter has them; cells keep only their own settings. The bar hydrates at
 * load (it is in view), and a value typed before that is applied when it does.
 */
export function scenarioField(page: Page, label: 'Node type' | 'Node RAM' | 'Rows' | 'Embedding dimension' | 'Dtype'): Locator {
  return page.locator('[data-scenario-bar]').getByLabel(label, { exact: true });
}

/**
 * Picks a node type in the scenario bar's picker (a combobox over the whole catalogue) the way a reader
 * does with the keyboard: type its name, then Enter on the highlighted match.
 */
export async function pickNode(page: Page, id: string): Promise<void> {
  const field = scenarioField(page, 'Node type');
  await field.click();
  await field.fill(id);
  await expect(page.locator(`#sc-instance-list [role="option"][aria-selected][data-node-option="${id}"]`)).toHaveClass(/active/);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(id);
}

/** Picks the model in the scenario bar ("Numbers from"). */
export async function chooseModel(page: Page, model: 'essay' | 'measured'): Promise<void> {
  await page.locator(`[data-scenario-bar] [data-model-radio][value="${model}"]`).check();
}
