/**
 * Which ids a built page publishes: the addresses readers paste into reviews. Shared by
 * scripts/pin-ids.ts (which records them) and permalinks.spec.ts (which checks they still exist).
 *
 * Published: headings with an id (not the titles inside cells and rule cards, which are internal labels),
 * cells (`data-cell`), rule cards (`data-rule`) and their slug anchors, and alias anchors of renamed ids.
 * Glossary entries are headings. Only what is inside <main> counts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type PinnedIds = Record<string, string[]>;

const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function decode(v: string): string {
  return v
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

export function startTags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(START_TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

function mainOf(html: string): string {
  const start = html.search(/<main[\s>]/i);
  const end = html.lastIndexOf('</main>');
  return start >= 0 && end > start ? html.slice(start, end) : '';
}

const INTERNAL_HEADING = /\b(cell-title|rule-title)\b/;

export function isPublished(tag: Tag): boolean {
  const id = tag.attrs.get('id');
  if (!id) return false;
  // Navigation aids that come and go with the content (the glossary's letter headings) opt out.
  if (tag.attrs.has('data-no-pin')) return false;
  const cls = tag.attrs.get('class') ?? '';
  if (/^h[1-6]$/.test(tag.name)) return !INTERNAL_HEADING.test(cls);
  if (tag.attrs.has('data-cell') || tag.attrs.has('data-rule')) return true;
  // Rule slug anchors and the alias anchors of renamed headings.
  return /\balias-anchor\b/.test(cls);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ANY_TAG = /<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;

/**
 * Start tags with whether they sit inside a notebook cell: headings inside a cell belong to its widget
 * (labels, not addresses), so only the cell's own id is published.
 */
function tagsWithCellDepth(html: string): { tag: Tag; inCell: boolean }[] {
  const out: { tag: Tag; inCell: boolean }[] = [];
  const stack: { name: string; cell: boolean }[] = [];
  let cells = 0;
  for (const m of html.matchAll(ANY_TAG)) {
    if (m[1]) {
      const name = m[1].toLowerCase();
      const at = stack.map((x) => x.name).lastIndexOf(name);
      if (at < 0) continue;
      for (const closed of stack.splice(at)) if (closed.cell) cells -= 1;
      continue;
    }
    const [tag] = startTags(m[0]);
    if (!tag) continue;
    out.push({ tag, inCell: cells > 0 });
    if (m[4] === '/' || VOID.has(tag.name)) continue;
    const cell = tag.attrs.has('data-cell');
    if (cell) cells += 1;
    stack.push({ name: tag.name, cell });
  }
  return out;
}

export function collectPublishedIds(html: string): string[] {
  const ids = tagsWithCellDepth(mainOf(html))
    .filter(({ tag, inCell }) => isPublished(tag) && !(inCell && /^h[1-6]$/.test(tag.name)))
    .map(({ tag }) => tag.attrs.get('id')!);
  return [...new Set(ids)].sort();
}

/** Every id on the page (anywhere), and the alias anchors: old id -> id it now stands for. */
export function idsAndAliases(html: string): { ids: Set<string>; aliases: Map<string, string> } {
  const ids = new Set<string>();
  const aliases = new Map<string, string>();
  for (const t of startTags(html)) {
    const id = t.attrs.get('id');
    if (!id) continue;
    ids.add(id);
    const of = t.attrs.get('data-alias-of');
    if (of) aliases.set(id, of);
  }
  return { ids, aliases };
}

/**
 * Whether a pinned id still works on a page: present as a real element (not an alias), or present as an
 * alias anchor whose target exists. Returns a reason when it does not.
 */
export function pinnedIdProblem(id: string, page: { ids: Set<string>; aliases: Map<string, string> }): string | undefined {
  const target = page.aliases.get(id);
  if (target !== undefined) return page.ids.has(target) && !page.aliases.has(target) ? undefined : `alias #${id} points at #${target}, which is missing`;
  return page.ids.has(id) ? undefined : `#${id} is gone and no alias keeps it working`;
}

export function builtPages(dist: string): { path: string; file: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return walk(dist)
    .filter((f) => f.endsWith(`${sep}index.html`) && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const parts = relative(dist, file).split(sep).slice(0, -1);
      return { path: parts.length === 0 ? '/' : `/${parts.join('/')}/`, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
