/**
 * Re-renders every prose figure when the scenario changes. One listener for the whole page: dozens of
 * inline numbers must not become dozens of islands. The definitions those numbers need load on the
 * first change (the static HTML already holds the essay's values), one chunk per chapter quoted.
 */
import type { FigureRegistry } from '../engine/figure-registry';
import { registryFor } from '../engine/registry/prose';
import { pinned } from '../engine/pins';
import type { Scenario } from '../engine/scenario';

const PROSE = '[data-figure][data-prose]';

function setNumberAttr(el: HTMLElement, name: string, v: number | undefined): void {
  if (v === undefined || !Number.isFinite(v)) el.removeAttribute(name);
  else el.setAttribute(name, String(v));
}

let registry: Promise<FigureRegistry> | undefined;
let latest: Scenario | undefined;

function paint(reg: FigureRegistry, s: Scenario, root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(PROSE)) {
    const id = el.dataset.figure ?? '';
    if (!reg.has(id)) continue;
    const f = reg.figure(id, pinned(s, el.dataset));
    setNumberAttr(el, 'data-value', f.value);
    setNumberAttr(el, 'data-min', f.min);
    setNumberAttr(el, 'data-max', f.max);
    if (el.textContent !== f.text) el.textContent = f.text;
  }
}

export async function renderFigures(s: Scenario, root: ParentNode = document): Promise<void> {
  latest = s;
  registry ??= registryFor([...document.querySelectorAll<HTMLElement>(PROSE)].map((el) => el.dataset.figure ?? ''));
  const reg = await registry;
  // Only the newest scenario is painted: a change made while the definitions load must not be
  // overwritten by an older one when they arrive.
  if (latest === s) paint(reg, s, root);
}
