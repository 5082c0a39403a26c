/**
 * Search dialog: loaded by search-open.ts when the reader first opens search, and wired then. Pagefind's
 * script and index load on that first open too, from this site's own origin, so a reader who never
 * searches downloads none of it.
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

let wired = false;

/**
 * Called on every open, after search-open.ts has shown the dialog and focused the field. `atOpen` is what
 * the field held then: if the reader typed while this module loaded, the first open searches for it.
 */
export function searchOpened(scenarioQuery: () => string, atOpen: string): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const closeBtn = document.querySelector<HTMLButtonElement>('[data-search-close]');
  if (!dialog || !input || !list || !status || !closeBtn) return;
  if (!wired) {
    wired = true;
    const run = wire(dialog, input, list, status, closeBtn, scenarioQuery);
    if (input.value !== atOpen) void run();
  }
  void load().catch(() => {
    status.textContent = 'Search is not available in this build (run npm run build to index the site).';
  });
}

/** The dialog's listeners; returns the search itself, run on every input. */
function wire(
  dialog: HTMLDialogElement,
  input: HTMLInputElement,
  list: HTMLOListElement,
  status: HTMLElement,
  closeBtn: HTMLButtonElement,
  scenarioQuery: () => string,
): () => Promise<void> {
  let seq = 0;
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

  // The down arrow moves from the field into the results, where Enter follows a link. (Enter in the field
  // itself is kept from closing the dialog by search-open.ts.)
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
  closeBtn.addEventListener('click', () => dialog.close());
  input.addEventListener('input', () => void run());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  return run;
}
