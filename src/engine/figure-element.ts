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
  // 'code': a literal inside a code cell (DIM, ROWS…), printed as Python writes it.
  'data-as': string | undefined;
}

/** How a figure's number is written: as prose ("312K", "~1.9 GB") or as a Python literal in code. */
export type FigureNotation = 'prose' | 'code';

export interface FigureElement {
  attrs: FigureAttrs;
  text: string;
}

// The value attributes a repaint rewrites (the others never change for an element).
export const VALUE_ATTRS = ['data-value', 'data-min', 'data-max'] as const;

// Unrounded, in the figure's unit; a value that is not a finite number is left out, never printed.
const num = (v: number | undefined): string | undefined => (v === undefined || !Number.isFinite(v) ? undefined : String(v));

/**
 * An integer as a Python literal, grouped with underscores from five digits on as the essay's code writes
 * them (1536, 50_000, 312_000); anything else in its shortest decimal form.
 */
export function pythonLiteral(n: number): string {
  if (!Number.isFinite(n)) return '0';
  if (!Number.isInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  const grouped = digits.length < 5 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
  return `${n < 0 ? '-' : ''}${grouped}`;
}

export function figureElement(v: FigureValue, pins: Pins = {}, notation: FigureNotation = 'prose'): FigureElement {
  const code = notation === 'code' && v.value !== undefined;
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
      'data-as': code ? 'code' : undefined,
    },
    text: code ? pythonLiteral(v.value!) : v.text,
  };
}
