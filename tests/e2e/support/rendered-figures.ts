/** Reading the figures a page renders (`data-figure` elements) and checking them, for the chapter specs. */
import type { Locator, Page } from '@playwright/test';
import { expect, BROKEN_TEXT } from './fixtures';

/** A figure's expected value in its unit: one number, or a range. */
export type Expected = number | { min: number; max: number };

export interface RenderedFigure {
  value: number | null;
  min: number | null;
  max: number | null;
  text: string;
}

/**
 * Within `rel` of `want`, relative to `want` itself; an absolute 1e-9 (in the figure's unit) absorbs the
 * float noise of arithmetic done in two orders around zero.
 */
function close(actual: number, want: number, rel: number): boolean {
  return Math.abs(actual - want) <= Math.max(rel * Math.abs(want), 1e-9);
}

export async function readFig(el: Locator): Promise<RenderedFigure> {
  return el.evaluate((e) => {
    const n = (name: string) => (e.hasAttribute(name) ? Number(e.getAttribute(name)) : null);
    return { value: n('data-value'), min: n('data-min'), max: n('data-max'), text: (e.textContent ?? '').trim() };
  });
}

function matches(f: RenderedFigure, want: Expected, rel: number): boolean {
  if (f.text === '' || BROKEN_TEXT.test(f.text)) return false;
  if (typeof want === 'number') return f.value !== null && close(f.value, want, rel);
  return f.min !== null && f.max !== null && close(f.min, want.min, rel) && close(f.max, want.max, rel);
}

/**
 * Every element of `scope` carrying figure `id` shows `want` (in the figure's unit), sooner or later.
 * `prose` narrows to the inline figures of the chapter text (outside every widget), `where` by any further
 * selector (`:not([data-model])`: the scenario's own model). Figures pinned to
 * the essay's own scenario (errata, sentences about the essay: data-scenario="essay") never follow
 * the reader's and are left out, unless the scope holds nothing else.
 */
export async function expectFig(
  scope: Locator | Page,
  id: string,
  want: Expected,
  opts: { rel?: number; prose?: boolean; where?: string } = {},
): Promise<void> {
  const rel = opts.rel ?? 1e-9;
  const base = `[data-figure="${id}"]${opts.prose ? '[data-prose]' : ''}${opts.where ?? ''}`;
  const all = scope.locator(base);
  // A scope holding only pinned ones (an erratum, a rule's essay number) is checked as it is.
  const pinnedOnly = (await all.count()) > 0 && (await scope.locator(`${base}:not([data-scenario="essay"])`).count()) === 0;
  const els = pinnedOnly ? all : scope.locator(`${base}:not([data-scenario="essay"])`);
  await expect(els.first()).toBeAttached();
  await expect
    .poll(async () => {
      const all = await Promise.all((await els.all()).map(readFig));
      return all.length > 0 && all.every((f) => matches(f, want, rel)) ? 'ok' : JSON.stringify(all);
    }, { message: `${id} should be ${JSON.stringify(want)}` })
    .toBe('ok');
}

/** The data-value of the first element of `scope` carrying figure `id`, preferring one not pinned to the essay. */
export async function figValue(scope: Locator | Page, id: string): Promise<number> {
  // One that follows the reader's scenario when the scope has one (see expectFig).
  const following = scope.locator(`[data-figure="${id}"]:not([data-scenario="essay"])`);
  const f = await readFig(((await following.count()) > 0 ? following : scope.locator(`[data-figure="${id}"]`)).first());
  if (f.value === null) throw new Error(`${id} has no data-value`);
  return f.value;
}
