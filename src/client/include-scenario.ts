/**
 * The scenario bar's "scenario in copied links" box. Read by every copy button, so it is wired at load;
 * the reader's choice holds from page to page.
 */
const INCLUDE_KEY = 'handbook-scenario-in-links';

const box = () => document.querySelector<HTMLInputElement>('[data-include-scenario]');

export function rememberIncludeChoice(): void {
  const el = box();
  if (!el) return;
  try {
    const stored = localStorage.getItem(INCLUDE_KEY);
    if (stored === '0' || stored === '1') el.checked = stored === '1';
  } catch {
    // Private mode: the box keeps its default.
  }
  el.addEventListener('change', () => {
    try {
      localStorage.setItem(INCLUDE_KEY, el.checked ? '1' : '0');
    } catch {
      // Nothing to do: the choice lasts for this page.
    }
  });
}

export function includeScenarioInLinks(): boolean {
  const el = box();
  return el ? el.checked : true;
}
