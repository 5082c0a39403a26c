/**
 * Re-renders every prose figure when the scenario changes. One listener for the whole page: dozens of
 * inline numbers must not become dozens of islands. The definitions those numbers need load on the
 * first change (the static HTML already holds the essay's values), one chunk per chapter quoted.
 */
import { figureElement, VALUE_ATTRS } from '../engine/figure-element';
import type { FigureRegistry } from '../engine/figure-registry';
import { registryFor } from '../engine/registry/prose';
import { pinned } from '../engine/pins';
import type { Scenario } from '../engine/scenario';

const PROSE = '[data-figure][data-prose]';

let registry: Promise<FigureRegistry> | undefined;
let latest: Scenario | undefined;

function paint(reg: FigureRegistry, s: Scenario, root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(PROSE)) {
    const id = el.dataset.figure ?? '';
    if (!reg.has(id)) continue;
    // The same helper as the first render, so a repainted number carries exactly the attributes it had.
    const { attrs, text } = figureElement(reg.figure(id, pinned(s, el.dataset)));
    for (const name of VALUE_ATTRS) {
      const v = attrs[name];
      if (v === undefined) el.removeAttribute(name);
      else el.setAttribute(name, v);
    }
    if (el.textContent !== text) el.textContent = text;
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
