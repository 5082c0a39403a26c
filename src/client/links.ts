/** Absolute links to a place in the handbook, for pasting into reviews. */

/** The configured public base (astro `site`), so links point at the team's host, not at localhost. */
export function siteBase(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="handbook-site"]')?.content;
  return meta && /^https?:\/\//.test(meta) ? meta : location.origin + '/';
}

export function absoluteUrl(path: string, query: string, anchor: string): string {
  const url = new URL(path.replace(/^\//, ''), siteBase());
  url.search = query;
  url.hash = anchor;
  return url.href;
}

/** Markdown link text must not break out of its brackets, nor the address out of its parentheses. */
export function markdownLink(title: string, url: string): string {
  const safe = title.replace(/[[\]\\]/g, (c) => `\\${c}`);
  const href = url.replace(/[()\s]/g, (c) => encodeURIComponent(c).replace('(', '%28').replace(')', '%29'));
  return `[${safe}](${href})`;
}
