// The data-figure contract, in one place: the attributes and text of the element that shows a figure.
// The Astro component (static HTML), the Svelte component (widgets) and the live repaint of prose all
// render through it, so a number reads and parses the same wherever it appears.
import type { FigureValue } from './figure-spec';
import type { Pins } from './pins';

export interface FigureAttrs {
  'data-figure': string;
  'data-unit': string;
  'data-value': string | undefined;
  'data-min': string | undefined;
  'data-max': string | undefined;
  // The model or dtype a figure is pinned to, whatever the reader's scenario says.
  'data-model': string | undefined;
  'data-dtype': string | undefined;
  // 'essay' on a figure of a sentence about the essay's own example: it never follows the scenario.
  'data-scenario': string | undefined;
}

export interface FigureElement {
  attrs: FigureAttrs;
  text: string;
}

// The value attributes a repaint rewrites (the others never change for an element).
export const VALUE_ATTRS = ['data-value', 'data-min', 'data-max'] as const;

// Unrounded, in the figure's unit; a value that is not a finite number is left out, never printed.
const num = (v: number | undefined): string | undefined => (v === undefined || !Number.isFinite(v) ? undefined : String(v));

export function figureElement(v: FigureValue, pins: Pins = {}): FigureElement {
  return {
    attrs: {
      'data-figure': v.id,
      'data-unit': v.unit,
      'data-value': num(v.value),
      'data-min': num(v.min),
      'data-max': num(v.max),
      'data-model': pins.model,
      'data-dtype': pins.dtype,
      'data-scenario': pins.scenario,
    },
    text: v.text,
  };
}
