/**
 * Re-renders every prose figure when the scenario changes. One listener for the whole page: dozens of
 * inline numbers must not become dozens of islands. The definitions those numbers need load on the
 * first change (the static HTML already holds the essay's values), one chunk per chapter quoted.
 */
import { holds } from '../engine/figure-condition';
import { figureElement, VALUE_ATTRS } from '../engine/figure-element';
import type { FigureRegistry } from '../engine/figure-registry';
import { registryFor } from '../engine/registry/prose';
import { pinned } from '../engine/pins';
import type { Scenario } from '../engine/scenario';

const PROSE = '[data-figure][data-prose]';
// Sentences shown only while a figure meets a condition (components/When.astro).
const CONDITIONAL = '[data-when-figure]';

let registry: Promise<FigureRegistry> | undefined;
let latest: Scenario | undefined;

function paint(reg: FigureRegistry, s: Scenario, root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(PROSE)) {
    const id = el.dataset.figure ?? '';
    if (!reg.has(id) || el.dataset.scenario === 'essay') continue;
    // The same helper as the first render, so a repainted number carries exactly the attributes it had.
    const { attrs, text } = figureElement(reg.figure(id, pinned(s, el.dataset)), {}, el.dataset.as === 'code' ? 'code' : 'prose');
    for (const name of VALUE_ATTRS) {
      const v = attrs[name];
      if (v === undefined) el.removeAttribute(name);
      else el.setAttribute(name, v);
    }
    if (el.textContent !== text) el.textContent = text;
  }
  for (const el of root.querySelectorAll<HTMLElement>(CONDITIONAL)) {
    const id = el.dataset.whenFigure ?? '';
    if (!reg.has(id)) continue;
    el.hidden = !holds(reg.figure(id, pinned(s, el.dataset)), el.dataset.when);
  }
}

export async function renderFigures(s: Scenario, root: ParentNode = document): Promise<void> {
  latest = s;
  registry ??= registryFor([
    ...[...document.querySelectorAll<HTMLElement>(PROSE)].map((el) => el.dataset.figure ?? ''),
    ...[...document.querySelectorAll<HTMLElement>(CONDITIONAL)].map((el) => el.dataset.whenFigure ?? ''),
  ]);
  const reg = await registry;
  // Only the newest scenario is painted: a change made while the definitions load must not be
  // overwritten by an older one when they arrive.
  if (latest === s) paint(reg, s, root);
}
