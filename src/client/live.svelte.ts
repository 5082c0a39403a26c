/**
 * The scenario as a widget should read it. During hydration a widget must render exactly what the
 * server rendered (the essay's scenario), or Svelte would keep stale text; once mounted it follows the
 * shared store, which holds the URL's scenario.
 */
import { onMount } from 'svelte';
import { DEFAULT_SCENARIO, type Scenario } from '../engine/scenario';
import { scenario } from './scenario.svelte';
import { urlState } from './url-state';
import { mountedFlag } from './mounted.svelte';

export interface LiveScenario {
  readonly value: Scenario;
}

/** Call during component initialisation (it registers an onMount). */
export function liveScenario(): LiveScenario {
  const mounted = mountedFlag();
  return {
    get value() {
      return mounted.value ? scenario.value : DEFAULT_SCENARIO;
    },
  };
}

/** Runs `fn` when the page-level "Reset to essay" is pressed, for state a widget keeps outside the address. */
export function onReset(fn: () => void): void {
  onMount(() => urlState().onReset(fn));
}
