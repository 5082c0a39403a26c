/** Wires the scenario bar: model switch, reset, share, the ignored-fields notice and the summary line. */
import { DEFAULT_SCENARIO, PAGE_PARAMS, serialise, type Scenario } from '../../src/engine/scenario';
import { scenarioSummary } from '../../src/engine/summary';
import { announce } from './announce';
import { copyText } from './clipboard';
import { absoluteUrl } from './links';
import { loadReport, resetScenario, setField } from '../state/scenario-store';

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * A pasted link asked for values that could not be used: name each field, what it asked for and why it
 * was refused. Pages without a scenario bar carry the notice element on its own.
 */
function showNotice(el: HTMLElement): void {
  const { issues, unknown } = loadReport();
  if (issues.length === 0 && unknown.length === 0) return;
  const parts: string[] = [];
  if (issues.length > 0) {
    const fields = issues.map((i) => i.field);
    parts.push(
      `This link asked for values that can’t be used, so ${fields.length === 1 ? 'this field keeps' : 'these fields keep'} the essay’s value: ${issues
        .map((i) => `${i.field} (“${clip(i.value)}”: ${i.message.replace(/\.$/, '')})`)
        .join('; ')}.`,
    );
  }
  if (unknown.length > 0) {
    parts.push(`Ignored unknown parameters: ${unknown.map((u) => clip(u, 24)).join(', ')}.`);
  }
  // textContent only: query text must never become markup.
  el.textContent = parts.join(' ');
  el.dataset.fields = [...issues.map((i) => i.field), ...unknown.map((u) => clip(u, 24))].join(' ');
  el.hidden = false;
}

const INCLUDE_KEY = 'handbook-scenario-in-links';

/** The reader's choice for "scenario in copied links" holds from page to page. */
function rememberIncludeChoice(): void {
  const box = document.querySelector<HTMLInputElement>('[data-include-scenario]');
  if (!box) return;
  try {
    const stored = localStorage.getItem(INCLUDE_KEY);
    if (stored === '0' || stored === '1') box.checked = stored === '1';
  } catch {
    // Private mode: the box keeps its default.
  }
  box.addEventListener('change', () => {
    try {
      localStorage.setItem(INCLUDE_KEY, box.checked ? '1' : '0');
    } catch {
      // Nothing to do: the choice lasts for this page.
    }
  });
}

export function includeScenarioInLinks(): boolean {
  const box = document.querySelector<HTMLInputElement>('[data-include-scenario]');
  return box ? box.checked : true;
}

/** The full scenario, plus the page's own parameters (the planner's) as the address bar has them. */
function shareQuery(s: Scenario): string {
  const q = serialise(s, { full: true });
  const here = new URLSearchParams(location.search);
  for (const name of PAGE_PARAMS) {
    const v = here.get(name);
    if (v !== null) q.set(name, v);
  }
  return q.toString();
}

export function initScenarioBar(): { render: (s: Scenario) => void } {
  const bar = document.querySelector<HTMLElement>('[data-scenario-bar]');
  const summary = bar?.querySelector<HTMLElement>('[data-scenario-summary]');
  const notice = document.querySelector<HTMLElement>('[data-scenario-notice]');
  if (notice) showNotice(notice);
  rememberIncludeChoice();

  for (const radio of document.querySelectorAll<HTMLInputElement>('[data-model-radio]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) setField('model', radio.value);
    });
  }
  bar?.querySelector('[data-reset-scenario]')?.addEventListener('click', () => {
    resetScenario();
    window.dispatchEvent(new CustomEvent('handbook:reset'));
    announce('Every cell is back on the essay’s scenario.');
  });
  bar?.querySelector<HTMLButtonElement>('[data-share-scenario]')?.addEventListener('click', async (e) => {
    const btn = e.currentTarget as HTMLButtonElement;
    const url = absoluteUrl(location.pathname, shareQuery(latest), '');
    const ok = await copyText(url);
    const label = btn.querySelector<HTMLElement>('[data-copy-label]');
    if (ok && label) {
      label.textContent = 'Copied';
      btn.classList.add('copied');
      window.setTimeout(() => {
        label.textContent = 'Copy scenario link';
        btn.classList.remove('copied');
      }, 2000);
    }
    announce(ok ? 'Copied a link to this page with the full scenario.' : 'Could not copy; the address bar holds the same link.');
  });

  let latest: Scenario = DEFAULT_SCENARIO;
  return {
    render(s: Scenario) {
      latest = s;
      if (summary) summary.textContent = scenarioSummary(s);
      for (const radio of document.querySelectorAll<HTMLInputElement>('[data-model-radio]')) {
        radio.checked = radio.value === s.model;
      }
    },
  };
}
