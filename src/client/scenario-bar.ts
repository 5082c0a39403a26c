/**
 * The scenario bar's work beyond the essay's own scenario: the summary line and model switch for
 * another scenario, the notice for a link that asked for unusable values, Reset and Copy scenario link.
 * Part of another-scenario.ts, loaded only when one of these is needed; the static bar already reads
 * right for the essay's scenario.
 */
import type { InputIssue } from '../engine/input';
import { serialise, type Scenario } from '../engine/scenario';
import { scenarioSummary } from '../engine/summary';
import { announce } from './announce';
import { copyText } from './clipboard';
import { absoluteUrl } from './links';
import { SCENARIO_PARAMS, getScenario } from './scenario-store';
import { urlState } from './url-state';

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * A pasted link asked for values that could not be used: name each field, what it asked for and why it
 * was refused. Pages without a scenario bar carry the notice element on its own.
 */
export function showNotice(): void {
  const el = document.querySelector<HTMLElement>('[data-scenario-notice]');
  // The scenario's fields and every widget setting registered so far.
  const issues = urlState().issues() as readonly InputIssue<string>[];
  const unknown = urlState().unknown();
  if (!el || (issues.length === 0 && unknown.length === 0)) return;
  const parts: string[] = [];
  const listed = (list: readonly InputIssue<string>[]) => list.map((i) => `${i.field} (“${clip(i.value)}”: ${i.message.replace(/\.$/, '')})`).join('; ');
  const refused = issues.filter((i) => !i.used);
  const adjusted = issues.filter((i) => i.used);
  if (refused.length > 0) {
    parts.push(
      `This link asked for values that can’t be used, so ${refused.length === 1 ? 'this field keeps' : 'these fields keep'} the essay’s value: ${listed(refused)}.`,
    );
  }
  if (adjusted.length > 0) parts.push(`Read from this link with a change: ${listed(adjusted)}.`);
  if (unknown.length > 0) {
    parts.push(`Ignored unknown parameters: ${unknown.map((u) => clip(u, 24)).join(', ')}.`);
  }
  // textContent only: query text must never become markup.
  el.textContent = parts.join(' ');
  el.dataset.fields = [...refused.map((i) => i.field), ...unknown.map((u) => clip(u, 24))].join(' ');
  el.dataset.adjusted = adjusted.map((i) => i.field).join(' ');
  el.hidden = false;
}

/** The summary line and the model switch follow the scenario. */
export function renderBar(s: Scenario): void {
  const summary = document.querySelector<HTMLElement>('[data-scenario-summary]');
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
