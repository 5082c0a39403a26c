/** Navigation links carry the scenario, so a reader who changed it keeps it from chapter to chapter. */
export function keepScenarioInLinks(query: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-scenario]')) {
    const url = new URL(a.getAttribute('href') ?? '/', location.origin);
    url.search = query;
    a.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}
