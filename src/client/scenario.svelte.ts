/**
 * Svelte view of the shared scenario store: a rune-backed object every island can read reactively.
 * The store stays framework-free so the prose updater does not need Svelte on pages without widgets.
 */
import type { Scenario } from '../engine/scenario';
import { getScenario, subscribe } from './scenario-store';

class ScenarioState {
  // Replaced whole on every change, never mutated: raw state needs no deep proxy.
  value: Scenario = $state.raw(getScenario());
  constructor() {
    subscribe((s) => {
      this.value = s;
    });
  }
}

export const scenario = new ScenarioState();
export { setField, setScenario } from './scenario-store';
