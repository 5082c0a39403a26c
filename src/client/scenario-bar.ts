/**
 * The scenario bar's work beyond the essay's own scenario: the summary line and model switch for
 * another scenario, the notice for a link that asked for unusable values, Reset and Copy scenario link.
 * Part of another-scenario.ts, loaded only when one of these is needed; the static bar already reads
 * right for the essay's scenario.
 */
import { serialise, type Scenario } from '../engine/scenario';
import { scenarioSummary } from '../engine/summary';
import { announce } from './announce';
import { copyText } from './clipboard';
import { absoluteUrl } from './links';
import { SCENARIO_PARAMS, getScenario, scenarioIssues } from './scenario-store';
import { urlState } from './url-state';

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * A pasted link asked for values that could not be used: name each field, what it asked for and why it
 * was refused. Pages without a scenario bar carry the notice element on its own.
 */
export function showNotice(): void {
  const el = document.querySelector<HTMLElement>('[data-scenario-notice]');
  const issues = scenarioIssues();
  const unknown = urlState().unknown();
  if (!el || (issues.length === 0 && unknown.length === 0)) return;
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

/** The summary line and the model switch follow the scenario. */
export function renderBar(s: Scenario): void {
  const summary = document.querySelector<HTMLElement>('[data-scenario-bar] [data-scenario-summary]');
  if (summary) summary.textContent = scenarioSummary(s);
  for (const radio of document.querySelectorAll<HTMLInputElement>('[data-model-radio]')) {
    radio.checked = radio.value === s.model;
  }
}

/** The scenario, the page's own parameters and what widgets keep outside the address. */
export function resetToEssay(): void {
  urlState().reset();
  announce('Every cell is back on the essay’s scenario.');
}

/** The full scenario, plus the page's own parameters (the planner's) as the address holds them. */
function shareQuery(s: Scenario): string {
  const q = serialise(s, { full: true });
  for (const [k, v] of new URLSearchParams(urlState().query())) if (!SCENARIO_PARAMS.names.includes(k)) q.append(k, v);
  return q.toString();
}

export async function shareScenario(btn: HTMLButtonElement): Promise<void> {
  const url = absoluteUrl(location.pathname, shareQuery(getScenario()), '');
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
}
