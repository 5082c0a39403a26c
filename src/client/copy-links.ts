/**
 * "Copy link" buttons on rules, cells and headings: they put a Markdown link on the clipboard and say so,
 * visibly and to screen readers. Loaded on the first use of a copy button (page.ts); heading buttons
 * themselves are made at load by heading-copy.ts.
 */
import { announce } from './announce';
import { copyText } from './clipboard';
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
 * Copies the Markdown link for one copy button. page.ts calls it on every click (or Enter / Space) on a
 * `button[data-copy-link]`; `query` is the scenario for the link ('' for none).
 */
export async function copyLink(btn: HTMLButtonElement, query: string): Promise<void> {
  const anchor = btn.dataset.anchor ?? '';
  const path = btn.dataset.path ?? location.pathname;
  const title = btn.dataset.title ?? document.title;
  const url = absoluteUrl(path, query, anchor);
  const ok = await copyText(markdownLink(title, url));
  if (ok) confirm(btn, `Copied a Markdown link to “${title}”.`);
  else announce('Could not copy; your browser blocked the clipboard. The link is in the address bar.');
}
