/**
 * Which figure registry the components of one widget read from. The widget provides its chapter's
 * registry once; Fig and the sub-components look ids up in it, so no component imports the whole
 * handbook's registry into the browser.
 */
import { getContext, setContext } from 'svelte';
import type { FigureRegistry } from '../../src/engine/figure-registry';

const KEY = Symbol('figure-registry');

export function provideFigures(registry: FigureRegistry): FigureRegistry {
  setContext(KEY, registry);
  return registry;
}

export function useFigures(): FigureRegistry {
  const registry = getContext<FigureRegistry | undefined>(KEY);
  if (!registry) throw new Error('No figure registry: the widget must call provideFigures() with its chapter registry');
  return registry;
}
