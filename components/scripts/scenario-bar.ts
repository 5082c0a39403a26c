/** Wires the scenario bar: model switch, reset, share, the ignored-fields notice and the summary line. */
import { DEFAULT_SCENARIO, serialise, type Scenario } from '../../src/engine/scenario';
import { scenarioSummary } from '../../src/engine/summary';
import { announce } from './announce';
import { copyText } from './clipboard';
import { absoluteUrl } from './links';
import { loadReport, resetScenario, setField } from '../state/scenario-store';

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

function showNotice(el: HTMLElement): void {
  const { issues, unknown } = loadReport();
  if (issues.length === 0 && unknown.length === 0) return;
  const parts: string[] = [];
  if (issues.length > 0) {
    parts.push(
      `This link asked for values that can’t be used, so these fields keep the essay’s value: ${issues
        .map((i) => `${i.field} (“${clip(i.value)}”: ${i.message})`)
        .join('; ')}.`,
    );
  }
  if (unknown.length > 0) {
    parts.push(`Ignored unknown parameters: ${unknown.map((u) => clip(u, 24)).join(', ')}.`);
  }
  // textContent only: query text must never become markup.
  el.textContent = parts.join(' ');
  el.hidden = false;
}

export function includeScenarioInLinks(): boolean {
  const box = document.querySelector<HTMLInputElement>('[data-include-scenario]');
  return box ? box.checked : true;
}

export function initScenarioBar(): { render: (s: Scenario) => void } {
  const bar = document.querySelector<HTMLElement>('[data-scenario-bar]');
  const summary = bar?.querySelector<HTMLElement>('[data-scenario-summary]');
  const notice = bar?.querySelector<HTMLElement>('[data-scenario-notice]');
  if (notice) showNotice(notice);

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
    const url = absoluteUrl(location.pathname, serialise(currentForShare(), { full: true }).toString(), '');
    const ok = await copyText(url);
    const label = btn.querySelector<HTMLElement>('[data-copy-label]');
    if (ok && label) {
      label.textContent = 'Copied';
      window.setTimeout(() => (label.textContent = 'Copy scenario link'), 1800);
    }
    announce(ok ? 'Copied a link to this page with the full scenario.' : 'Could not copy; the address bar holds the same link.');
  });

  let latest: Scenario = DEFAULT_SCENARIO;
  const currentForShare = () => latest;
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
