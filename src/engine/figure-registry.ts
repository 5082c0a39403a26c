// A lookup from figure id to value, over a chosen set of figure definitions. The full registry
// (figures.ts) serves the build and the tests; a widget builds one over its chapter's definitions only,
// so a reader's browser downloads the formulas of the page it is on, not of the whole handbook.
import { toFigureValue, type FigureSpec, type FigureValue } from './figure-spec';
import { FIGURE_ALIASES } from './figure-aliases';
import type { Scenario } from './scenario';

export interface FigureRegistry {
  /** Throws only for an id this registry does not hold: a typo or a missing chapter, not reader input. */
  figure(id: string, s: Scenario): FigureValue;
  has(id: string): boolean;
  readonly ids: readonly string[];
}

export function createRegistry(specs: readonly FigureSpec[]): FigureRegistry {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const specOf = (id: string) => byId.get(id) ?? byId.get(FIGURE_ALIASES[id] ?? '');
  return {
    figure(id, s) {
      const spec = specOf(id);
      if (!spec) throw new Error(`Unknown figure id "${id}"`);
      return { ...toFigureValue(spec, s), id };
    },
    has: (id) => specOf(id) !== undefined,
    ids: specs.map((s) => s.id),
  };
}
