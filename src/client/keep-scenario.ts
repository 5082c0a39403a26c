/**
 * Links to other pages carry the scenario, so a reader who changed it keeps it from page to page:
 * navigation marked `data-keep-scenario` (sidebar, pager, cards, glossary links) and every link in the
 * prose that leads to another page of the handbook.
 */
const ASSET = /\.[a-z0-9]{2,5}$/i;

function isHandbookPage(url: URL): boolean {
  return url.origin === location.origin && !url.pathname.startsWith('/pagefind/') && !ASSET.test(url.pathname);
}

export function keepScenarioInLinks(query: string): void {
  const links = new Set<HTMLAnchorElement>([
    ...document.querySelectorAll<HTMLAnchorElement>('a[data-keep-scenario]'),
    ...document.querySelectorAll<HTMLAnchorElement>('.content a[href]'),
  ]);
  for (const a of links) {
    const raw = a.getAttribute('href') ?? '/';
    // Same-page anchors stay as they are.
    if (raw.startsWith('#')) continue;
    const url = new URL(raw, location.href);
    if (!isHandbookPage(url)) continue;
    if (!a.hasAttribute('data-keep-scenario') && url.pathname === location.pathname) continue;
    url.search = query;
    const next = `${url.pathname}${url.search}${url.hash}`;
    if (next !== raw) a.setAttribute('href', next);
  }
}
