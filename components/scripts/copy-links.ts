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

/** A heading's own words: without the definitions of glossary terms or the copy button inside it. */
function headingText(h: HTMLElement): string {
  const copy = h.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll('.term-tip, .copy-btn, .copy-toast')) extra.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Headings get their copy button from script: a reader without JavaScript has the anchor link. */
function addHeadingButtons(): void {
  for (const h of document.querySelectorAll<HTMLHeadingElement>('.content h2[id], .content h3[id]')) {
    if (h.closest('.cell, .rule-card, [data-no-copy]') || h.querySelector('.copy-btn')) continue;
    const title = headingText(h) || h.id;
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'copy-btn heading-copy';
    btn.dataset.copyLink = '';
    btn.dataset.anchor = h.id;
    btn.dataset.title = title;
    btn.setAttribute('aria-label', `Copy link to “${title}” as Markdown`);
    btn.title = 'Copy a Markdown link to this section';
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '#';
    const label = document.createElement('span');
    label.className = 'visually-hidden';
    label.dataset.copyLabel = '';
    label.textContent = 'Copy link';
    btn.append(mark, label);
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
