/**
 * Re-renders every prose figure when the scenario changes. One listener for the whole page: dozens of
 * inline numbers must not become dozens of islands.
 */
import { figure, hasFigure } from '../../src/engine/figures';
import type { Scenario } from '../../src/engine/scenario';

function setNumberAttr(el: HTMLElement, name: string, v: number | undefined): void {
  if (v === undefined || !Number.isFinite(v)) el.removeAttribute(name);
  else el.setAttribute(name, String(v));
}

export function renderFigures(s: Scenario, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-figure][data-live="prose"]')) {
    const id = el.dataset.figure ?? '';
    if (!hasFigure(id)) continue;
    const pinned = el.dataset.model === 'essay' || el.dataset.model === 'measured' ? el.dataset.model : undefined;
    const f = figure(id, pinned ? { ...s, model: pinned } : s);
    setNumberAttr(el, 'data-value', f.value);
    setNumberAttr(el, 'data-min', f.min);
    setNumberAttr(el, 'data-max', f.max);
    if (el.textContent !== f.text) el.textContent = f.text;
  }
}
