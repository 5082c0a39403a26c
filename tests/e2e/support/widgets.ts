/** Driving widgets as a reader does, shared by the chapter specs. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Scrolls a cell into view so its client:scenario island hydrates, and waits until it has. */
export async function hydrated(page: Page, cellId: string): Promise<Locator> {
  const cell = page.locator(`#${cellId}`);
  // The island itself is display: contents; scrolling its cell's output into view triggers client:scenario.
  await cell.locator('.cell-out').scrollIntoViewIfNeeded();
  await expect(cell.locator('astro-island').first()).not.toHaveAttribute('ssr');
  return cell;
}

/** Types like a reader: select what is in the field, then key in the new text. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('ControlOrMeta+a');
  if (text === '') await field.press('Backspace');
  else await field.pressSequentially(text);
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
