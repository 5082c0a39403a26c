/**
 * "Copy link" buttons on rules, cells and headings: they put a Markdown link on the clipboard and say so,
 * visibly and to screen readers. A code cell's "Copy code" button copies its code the same way. Loaded on the first use of a copy button (page.ts); heading buttons
 * themselves are made at load by heading-copy.ts.
 */
import { announce } from './announce';
import { copyText } from './clipboard';
import { parse } from '../engine/scenario';
import { scenarioTag } from '../engine/summary';
import { absoluteUrl, markdownLink } from './links';

const timers = new WeakMap<HTMLButtonElement, number>();

function visible(el: HTMLElement | null): boolean {
  return !!el && el.offsetWidth > 1 && el.offsetHeight > 1;
}

/** The button says "Copied" where its label is visible; otherwise a small badge beside it does. */
function confirm(btn: HTMLButtonElement, message: string): void {
  const label = btn.querySelector<HTMLElement>('[data-copy-label]');
  const original = btn.dataset.copyOriginal ?? label?.textContent ?? '';
  btn.dataset.copyOriginal = original;
  btn.classList.add('copied');
  if (visible(label)) {
    label!.textContent = 'Copied';
  } else if (!btn.nextElementSibling?.matches('.copy-toast')) {
    const toast = document.createElement('span');
    toast.className = 'copy-toast';
    toast.setAttribute('aria-hidden', 'true');
    toast.textContent = 'Copied';
    btn.after(toast);
  }
  announce(message);
  window.clearTimeout(timers.get(btn));
  timers.set(
    btn,
    window.setTimeout(() => {
      if (label) label.textContent = original;
      btn.classList.remove('copied');
      if (btn.nextElementSibling?.matches('.copy-toast')) btn.nextElementSibling.remove();
    }, 2000),
  );
}

/**
 * What a review needs from a link's text: where it points (the chapter and the cell, or the rule), the
 * scenario in a few words when the link carries one, and the number that matters as the reader sees it:
 * "The budget and the rules of thumb › Cell 1: Budget ledger · E8ds_v5, 1M × 768 f64: short by 6.1 TB".
 */
function reviewTitle(btn: HTMLButtonElement, query: string): string {
  const own = btn.dataset.title ?? document.title;
  const chapter = btn.closest('[data-cell]') ? document.querySelector('main h1')?.textContent?.trim() : undefined;
  let title = chapter ? `${chapter} › ${own}` : own;
  if (query) title += ` · ${scenarioTag(parse(new URLSearchParams(query)).scenario)}`;
  const scope = btn.closest<HTMLElement>('[data-cell], [data-rule]');
  // The first key the cell shows, as the reader sees it; not a code cell's expected output, which is
  // pinned to the dtype its code fixes.
  for (const key of (btn.dataset.key ?? '').split(';')) {
    const [id, ...label] = key.trim().split(' ');
    const shown = id ? [...(scope?.querySelectorAll<HTMLElement>(`[data-figure="${CSS.escape(id)}"]:not([data-dtype])`) ?? [])].find((el) => el.checkVisibility()) : undefined;
    if (shown?.textContent) return `${title}: ${label.join(' ')} ${shown.textContent.trim()}`;
  }
  return title;
}

/**
 * Copies the Markdown link for one copy button. page.ts calls it on every click (or Enter / Space) on a
 * `button[data-copy-link]`; `query` is the scenario for the link ('' for none).
 */
export async function copyLink(btn: HTMLButtonElement, query: string): Promise<void> {
  const anchor = btn.dataset.anchor ?? '';
  const path = btn.dataset.path ?? location.pathname;
  const title = reviewTitle(btn, query);
  const url = absoluteUrl(path, query, anchor);
  const ok = await copyText(markdownLink(title, url));
  if (ok) confirm(btn, `Copied a Markdown link to “${title}”.`);
  else announce('Could not copy; your browser blocked the clipboard. The link is in the address bar.');
}

/** Copies the code of the cell whose "Copy code" button this is, as the page shows it. */
export async function copyCode(btn: HTMLButtonElement): Promise<void> {
  const code = btn.closest('.cell-body')?.querySelector('pre')?.innerText ?? '';
  const ok = code !== '' && (await copyText(code));
  if (ok) confirm(btn, 'Copied the code of this cell.');
  else announce('Could not copy; select the code and copy it instead.');
}
