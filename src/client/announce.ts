/** One polite live region per page, so confirmations reach screen readers. */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes repeated identical messages be read again.
  window.setTimeout(() => {
    region.textContent = message;
  }, 30);
}
