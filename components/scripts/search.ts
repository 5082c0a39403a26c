/**
 * Search dialog. Pagefind's script and index load on first open only, from this site's own origin,
 * so a reader who never searches downloads none of it.
 */
interface PagefindSub { title: string; url: string; excerpt: string; locations?: number[] }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; sub_results?: PagefindSub[] }
interface PagefindResult { data: () => Promise<PagefindData> }
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | null = null;

function load(): Promise<Pagefind> {
  if (!pagefind) {
    const path = '/pagefind/pagefind.js';
    pagefind = import(/* @vite-ignore */ path).then(async (mod: Pagefind) => {
      await mod.init();
      return mod;
    });
  }
  return pagefind;
}

/** Pagefind excerpts mark hits with <mark>; rebuild them as DOM so no text is ever parsed as live HTML. */
function excerptNode(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      p.append(m);
    } else {
      p.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return p;
}

function keepQuery(url: string, query: string): string {
  const u = new URL(url, location.origin);
  u.search = query;
  // A rule card's title heading is what Pagefind indexes; link the rule's own permanent anchor instead.
  u.hash = u.hash.replace(/^#(rule-\d+)-title$/, '#$1');
  return `${u.pathname}${u.search}${u.hash}`;
}

export function initSearch(scenarioQuery: () => string): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const openBtn = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const closeBtn = document.querySelector<HTMLButtonElement>('[data-search-close]');
  if (!dialog || !openBtn || !input || !list || !status || !closeBtn) return;

  let seq = 0;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    void load().catch(() => {
      status.textContent = 'Search is not available in this build (run npm run build to index the site).';
    });
  };
  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    list.replaceChildren();
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = 'Search is not available in this build.';
      return;
    }
    const res = await pf.search(q);
    const data = await Promise.all(res.results.slice(0, 8).map((r) => r.data()));
    if (mine !== seq) return;
    status.textContent = data.length === 0 ? 'No results.' : `${data.length} result${data.length === 1 ? '' : 's'}.`;
    const query = scenarioQuery();
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      // The section with the most hits, so the link lands on the heading (or rule) that matched.
      const best = (d.sub_results ?? [])
        .filter((x) => x.url.includes('#'))
        .reduce<PagefindSub | undefined>((top, x) => (!top || (x.locations?.length ?? 0) > (top.locations?.length ?? 0) ? x : top), undefined);
      a.href = keepQuery(best?.url ?? d.url, query);
      a.textContent = best && best.title !== d.meta.title ? `${d.meta.title ?? d.url} › ${best.title}` : (d.meta.title ?? d.url);
      li.append(a, excerptNode(best?.excerpt ?? d.excerpt));
      list.append(li);
    }
  };

  // Enter in the field must not submit (a method="dialog" form would close the dialog). Wired here,
  // not as an inline onsubmit attribute, which the Content-Security-Policy blocks. The down arrow moves
  // from the field into the results, where Enter follows a link.
  dialog.querySelector('[data-search-form]')?.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = list.querySelector<HTMLAnchorElement>('a');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(links.length - 1, i + 1)]?.focus();
    else if (i === 0) input.focus();
    else links[i - 1]?.focus();
  });
  openBtn.addEventListener('click', open);
  closeBtn.addEventListener('click', () => dialog.close());
  input.addEventListener('input', () => void run());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      open();
    }
  });
}
