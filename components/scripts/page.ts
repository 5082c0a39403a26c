/**
 * The one page script: theme, navigation, search, copy buttons, and keeping prose figures and links in
 * step with the scenario. Widgets are separate islands that share the same scenario store.
 */
import { initTheme } from './theme';
import { initNav } from './nav';
import { initSearch } from './search';
import { initCopyLinks } from './copy-links';
import { renderFigures } from './live-figures';
import { keepScenarioInLinks } from './keep-scenario';
import { includeScenarioInLinks, initScenarioBar } from './scenario-bar';
import { initAliases } from './aliases';
import { initPrintUrl, updatePrintUrl } from './print-url';
import { initTerms } from './terms';
import { hydrateWaitingIslands } from './hydrate-all';
import { getScenario, scenarioQuery, subscribe } from '../state/scenario-store';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';

initTheme();
initNav();
initSearch(scenarioQuery);
initCopyLinks({ query: () => (includeScenarioInLinks() ? scenarioQuery() : '') });
initTerms();
initAliases();
const bar = initScenarioBar();

function sync(): void {
  const s = getScenario();
  if (s !== DEFAULT_SCENARIO) renderFigures(s);
  if (scenarioQuery() !== '') hydrateWaitingIslands();
  keepScenarioInLinks(scenarioQuery());
  bar.render(s);
}

sync();
initPrintUrl();
subscribe(() => {
  renderFigures(getScenario());
  if (scenarioQuery() !== '') hydrateWaitingIslands();
  keepScenarioInLinks(scenarioQuery());
  bar.render(getScenario());
  updatePrintUrl();
});
