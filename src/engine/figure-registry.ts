// A lookup from a published figure id to its value, over a chosen set of specs. Only pages that name a
// figure by its id need it: prose (<Figure id="…"/> and its live repaint), rule cards, errata and
// diagrams. Widgets hold their specs and never come through here.
import { figureValue, type AnyFigureSpec, type FigureValue } from './figure-spec';
import { FIGURE_ALIASES } from './figure-aliases';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

export interface FigureRegistry {
  /** Throws only for an id this registry does not hold: a typo or a missing chapter, not reader input. */
  figure(id: string, s: Scenario): FigureValue;
  has(id: string): boolean;
  /** The spec behind an id (aliases resolved). */
  specOf(id: string): AnyFigureSpec | undefined;
  readonly ids: readonly string[];
}

interface Entry {
  spec: AnyFigureSpec;
  // Position in spec.published(s): the parameter set that carries this id under any scenario.
  index: number;
}

export function createRegistry(specs: readonly AnyFigureSpec[]): FigureRegistry {
  const byId = new Map<string, Entry>();
  for (const spec of specs) {
    spec.published(DEFAULT_SCENARIO).forEach((p: unknown, index: number) => {
      const id = spec.idOf(p);
      if (byId.has(id)) throw new Error(`Figure id "${id}" is defined twice`);
      byId.set(id, { spec, index });
    });
  }
  const entryOf = (id: string) => byId.get(id) ?? byId.get(FIGURE_ALIASES[id] ?? '');
  return {
    figure(id, s) {
      const e = entryOf(id);
      if (!e) throw new Error(`Unknown figure id "${id}"`);
      // An alias renders the same value under the name it was asked for.
      return { ...figureValue(e.spec, s, e.spec.published(s)[e.index]), id };
    },
    has: (id) => entryOf(id) !== undefined,
    specOf: (id) => entryOf(id)?.spec,
    ids: [...byId.keys()],
  };
}
