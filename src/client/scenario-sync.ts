/**
 * Everything that needs the engine on a page: live prose figures, the scenario bar, links that carry
 * the scenario, early hydration for shared scenarios. page.ts imports this lazily, so a first visit
 * to a page with no widget and no scenario in its address downloads no engine at all.
 *
 * For the essay's own scenario the static HTML is already right, so what only another scenario needs
 * (another-scenario.ts) loads on the first change, or at once when the address carries a scenario; the
 * bar's buttons load it on first use, like the copy buttons.
 */
import { includeScenarioInLinks, rememberIncludeChoice } from './include-scenario';
import { onDemand } from './on-demand';
import { SCENARIO_PARAMS, getScenario, scenarioQuery, setField, subscribe } from './scenario-store';
import { urlState } from './url-state';

export interface ScenarioSync {
  /** The scenario's query string ('' for the essay's). */
  query: () => string;
  /**
   * The query of a copied link to `path`: the scenario unless the reader unticked "scenario in copied
   * links", and, for a link to this very page, the page's own settings (the planner's `pca` and
   * `pipeline`), which make the cell what it is.
   */
  linkQuery: (path: string) => string;
}

type Another = typeof import('./another-scenario');
let anotherLoaded: Another | undefined;
const another = (): Promise<Another> => import('./another-scenario').then((m) => (anotherLoaded = m));
const barButton = (e: Event) => (e.target as Element | null)?.closest?.<HTMLButtonElement>('[data-scenario-bar] button');

export function startScenarioSync(): ScenarioSync {
  rememberIncludeChoice();
  document.addEventListener('change', (e) => {
    const radio = e.target as HTMLInputElement;
    if (radio.matches?.('[data-model-radio]') && radio.checked) setField('model', radio.value);
  });
  // Pointer down and focus start loading, so the click usually finds the code there.
  onDemand(['pointerdown', 'focusin', 'click'], barButton, another, (m, e) => {
    const btn = barButton(e)!;
    if (e.type !== 'click') return;
    if (btn.matches('[data-reset-scenario]')) m.resetToEssay();
    else if (btn.matches('[data-share-scenario]')) void m.shareScenario(btn);
  });

  // Every group registered so far (the scenario's fields, and widget settings whose island came first);
  // a widget that registers later joins the notice then.
  if (urlState().issues().length > 0 || urlState().unknown().length > 0) void another().then((m) => m.showNotice());
  urlState().onIssues(() => void another().then((m) => m.showNotice()));

  const sync = (first: boolean) => {
    const s = getScenario();
    const query = scenarioQuery();
    if (first && query === '') {
      // The link's scenario was the essay's after all (or refused): the static numbers are right.
      delete document.documentElement.dataset.pending;
      return;
    }
    // The prose still shows the previous scenario's numbers until they are repainted; the first change
    // waits for their definitions to load. showScenario clears the mark, as it clears data-pending.
    document.documentElement.dataset.stale = '';
    // Once its code is here, a change is shown in the same task as the keystroke (the summary line at
    // once, the prose as soon as its definitions are): a dynamic import resolves a frame or more later.
    // Changes made while the code loads each wait on their own import, and those do not settle in the
    // order they were asked for: whichever runs shows the scenario as it is then, never the one it
    // was asked for, so an older keystroke cannot paint over a newer one.
    if (anotherLoaded) anotherLoaded.showScenario(s, query);
    else void another().then((m) => m.showScenario(getScenario(), scenarioQuery()));
  };
  sync(true);
  subscribe(() => sync(false));
  return {
    query: scenarioQuery,
    linkQuery(path) {
      const withScenario = includeScenarioInLinks();
      const samePage = path === location.pathname;
      const out = new URLSearchParams();
      for (const [k, v] of new URLSearchParams(urlState().query())) {
        if (SCENARIO_PARAMS.names.includes(k) ? withScenario : samePage) out.append(k, v);
      }
      return out.toString();
    },
  };
}
