/**
 * The printed page names the address it came from, with the scenario, so a paper copy can be reopened
 * with the same numbers. The footer's `[data-print-url]` starts as the page's canonical address and is
 * kept in step with the address, whoever changes it (the scenario, the planner's options).
 */
import { absoluteUrl } from './links';
import { urlState } from './url-state';

function updatePrintUrl(): void {
  const url = absoluteUrl(location.pathname, urlState().query(), '');
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-url]')) {
    // textContent: the query is the reader's text and never becomes markup.
    if (el.textContent !== url) el.textContent = url;
  }
}

export function initPrintUrl(): void {
  updatePrintUrl();
  urlState().subscribe(updatePrintUrl);
}
