/**
 * The one page script: theme, navigation, alias anchors and the printed address run at load; search,
 * glossary tips and copy buttons load their code on first use (on-demand.ts, search-open.ts), so a page
 * that is only read fetches none of it. The scenario part (engine, live figures, scenario bar) loads only
 * where it can matter: a page with widgets that follow the scenario (`client:scenario`), a scenario bar,
 * or a scenario in its address. Everywhere else, the error decoder's page included, the static HTML
 * already shows the essay's numbers.
 */
import { initTheme } from './theme';
import { initNav } from './nav';
import { initSearchOpen } from './search-open';
import { addHeadingButtons } from './heading-copy';
import { onDemand } from './on-demand';
import { initAliases } from './aliases';
import { initPrintUrl } from './print-url';
import type { ScenarioSync } from './scenario-sync';

let sync: ScenarioSync | null = null;

initTheme();
initNav();
initSearchOpen(() => sync?.query() ?? '');
addHeadingButtons();
initAliases();
initPrintUrl();

const copyButton = (e: Event) => (e.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy-link], button[data-copy-code]');
// Pointer down and focus on a copy button start loading its code, so that by the click (which Enter and
// Space also fire) it is usually there and the clipboard write happens inside the click, as before.
onDemand(
  ['pointerdown', 'focusin', 'click'],
  copyButton,
  () => import('./copy-links'),
  (m, e) => {
    if (e.type !== 'click') return;
    const btn = copyButton(e)!;
    if (btn.matches('[data-copy-code]')) void m.copyCode(btn);
    else void m.copyLink(btn, sync?.linkQuery(btn.dataset.path ?? location.pathname) ?? '');
  },
);

// A term's definition shows with CSS; the script only dismisses it (Escape) and keeps it on screen.
onDemand(
  ['mouseover', 'focusin', 'keydown'],
  (e) =>
    e.type === 'keydown'
      ? (e as KeyboardEvent).key === 'Escape' && document.querySelector('.term-wrap:is(:hover, :focus-within)')
      : (e.target as Element | null)?.closest?.('.term-wrap'),
  () => import('./terms'),
  (m, e) => m.termEvent(e),
);

const needsScenario =
  location.search.length > 1 ||
  document.querySelector('astro-island[client="scenario"]') !== null ||
  document.querySelector('[data-scenario-bar]') !== null;
if (needsScenario) {
  void import('./scenario-sync').then((m) => {
    sync = m.startScenarioSync();
  });
}
