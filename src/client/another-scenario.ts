/**
 * What only a scenario other than the essay's needs on a page: the prose figures repainted, links that
 * carry the scenario, the bar's summary and notice, the widgets still waiting hydrated, and the bar's
 * Reset and Copy scenario link. One module, so one chunk: scenario-sync.ts loads it on the first change
 * (at once for a shared link) or on the first use of a bar button.
 */
import type { Scenario } from '../engine/scenario';
import { afterNextPaint } from './after-paint';
import { keepScenarioInLinks } from './keep-scenario';
import { renderFigures } from './live-figures';
import { renderBar } from './scenario-bar';

export { resetToEssay, shareScenario, showNotice } from './scenario-bar';

let linkQuery = '';
// Link targets are not looked at while typing: rewritten once after the keystroke's paint.
const relink = afterNextPaint(() => keepScenarioInLinks(linkQuery));

/** Shows the scenario everywhere the static HTML holds the essay's; `query` is its query string. */
export function showScenario(s: Scenario, query: string): void {
  linkQuery = query;
  relink();
  // The page held the essay's numbers back until now (the head script's data-pending).
  // Once the newest scenario is painted (an older call returns in the same microtasks, before any frame),
  // and whatever happens to the definitions' download, nothing stays hidden or marked stale.
  void renderFigures(s).finally(() => {
    delete document.documentElement.dataset.pending;
    delete document.documentElement.dataset.stale;
  });
  renderBar(s);
  document.documentElement.dataset.scenario = query === '' ? 'essay' : 'custom';
}
