/**
 * Everything that needs the engine on a page: live prose figures, the scenario bar, links that carry
 * the scenario, early hydration for shared scenarios. page.ts imports this lazily, so a first visit
 * to a page with no widget and no scenario in its address downloads no engine at all.
 */
import { renderFigures } from './live-figures';
import { keepScenarioInLinks } from './keep-scenario';
import { includeScenarioInLinks, initScenarioBar } from './scenario-bar';
import { updatePrintUrl } from './print-url';
import { hydrateWaitingIslands } from './hydrate-all';
import { getScenario, scenarioQuery, subscribe } from '../state/scenario-store';

export interface ScenarioSync {
  /** The scenario's query string ('' for the essay's). */
  query: () => string;
  /** The same, or '' when the reader unticked "scenario in copied links". */
  linkQuery: () => string;
}

export function startScenarioSync(): ScenarioSync {
  const bar = initScenarioBar();
  const sync = (first: boolean) => {
    const s = getScenario();
    // The static HTML already shows the essay's numbers: only another scenario needs the definitions.
    if (!first || scenarioQuery() !== '') void renderFigures(s);
    if (scenarioQuery() !== '') hydrateWaitingIslands();
    keepScenarioInLinks(scenarioQuery());
    bar.render(s);
    if (!first) updatePrintUrl();
  };
  sync(true);
  // Reading the scenario dropped any ignored parameters from the address: the printed URL follows.
  updatePrintUrl();
  subscribe(() => sync(false));
  return {
    query: scenarioQuery,
    linkQuery: () => (includeScenarioInLinks() ? scenarioQuery() : ''),
  };
}
