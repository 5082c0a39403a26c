/**
 * The one page script: theme, navigation, search, copy buttons, glossary terms. The scenario part
 * (engine, live figures, scenario bar) loads only where it can matter: a page with widgets, a scenario
 * bar, or a scenario in its address. Everywhere else the static HTML already shows the essay's numbers.
 */
import { initTheme } from './theme';
import { initNav } from './nav';
import { initSearch } from './search';
import { initCopyLinks } from './copy-links';
import { initAliases } from './aliases';
import { initPrintUrl } from './print-url';
import { initTerms } from './terms';
import type { ScenarioSync } from './scenario-sync';

let sync: ScenarioSync | null = null;

initTheme();
initNav();
initSearch(() => sync?.query() ?? '');
initCopyLinks({ query: () => sync?.linkQuery() ?? '' });
initTerms();
initAliases();
initPrintUrl();

const needsScenario =
  location.search.length > 1 ||
  document.querySelector('astro-island') !== null ||
  document.querySelector('[data-scenario-bar]') !== null;
if (needsScenario) {
  void import('./scenario-sync').then((m) => {
    sync = m.startScenarioSync();
  });
}
