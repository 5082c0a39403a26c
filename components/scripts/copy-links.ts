/**
 * "Copy link" buttons on rules, cells and headings: they put a Markdown link on the clipboard and say so,
 * visibly and to screen readers.
 */
import { announce } from './announce';
import { copyText } from './clipboard';
import { absoluteUrl, markdownLink } from './links';

export interface CopyContext {
  /** Query string to put in links ('' for none). */
  query: () => string;
}

function confirm(btn: HTMLButtonElement, message: string): void {
  const label = btn.querySelector<HTMLElement>('[data-copy-label]');
  const original = btn.dataset.copyOriginal ?? label?.textContent ?? '';
  btn.dataset.copyOriginal = original;
  if (label) label.textContent = 'Copied';
  btn.classList.add('copied');
  announce(message);
  window.setTimeout(() => {
    if (label) label.textContent = original;
    btn.classList.remove('copied');
  }, 1800);
}

/** Headings get their copy button from script: a reader without JavaScript has the anchor link. */
function addHeadingButtons(): void {
  for (const h of document.querySelectorAll<HTMLHeadingElement>('.content h2[id], .content h3[id]')) {
    if (h.closest('.cell, .rule-card') || h.querySelector('.copy-btn')) continue;
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'copy-btn heading-copy';
    btn.dataset.copyLink = '';
    btn.dataset.anchor = h.id;
    btn.dataset.title = h.textContent?.trim() ?? h.id;
    btn.setAttribute('aria-label', `Copy Markdown link to “${btn.dataset.title}”`);
    btn.innerHTML = '<span aria-hidden="true">#</span><span class="visually-hidden" data-copy-label>Copy link</span>';
    h.append(' ', btn);
  }
}

export function initCopyLinks(ctx: CopyContext): void {
  addHeadingButtons();
  document.addEventListener('click', async (e) => {
    const btn = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-link]');
    if (!btn) return;
    const anchor = btn.dataset.anchor ?? '';
    const path = btn.dataset.path ?? location.pathname;
    const title = btn.dataset.title ?? document.title;
    const url = absoluteUrl(path, ctx.query(), anchor);
    const ok = await copyText(markdownLink(title, url));
    if (ok) confirm(btn, `Copied a Markdown link to “${title}”.`);
    else announce('Could not copy; your browser blocked the clipboard. The link is in the address bar.');
  });
}
