/**
 * The printed page names the address it came from, with the scenario, so a paper copy can be reopened
 * with the same numbers. The footer's `[data-print-url]` starts as the page's canonical address and is
 * kept in step with the address bar (scenario changes, the planner's options, and just before printing).
 */
import { absoluteUrl } from './links';

export function updatePrintUrl(): void {
  const url = absoluteUrl(location.pathname, location.search.replace(/^\?/, ''), '');
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-url]')) {
    // textContent: the query is the reader's text and never becomes markup.
    if (el.textContent !== url) el.textContent = url;
  }
}

export function initPrintUrl(): void {
  updatePrintUrl();
  window.addEventListener('beforeprint', updatePrintUrl);
  window.addEventListener('handbook:url', updatePrintUrl);
}
