/**
 * Headings get their copy button from script: a reader without JavaScript has the anchor link. The
 * buttons are made at load, so they are there to Tab to; what a click does is in copy-links.ts, loaded
 * on the first use of any copy button.
 */

/** A heading's own words: without the definitions of glossary terms or the copy button inside it. */
function headingText(h: HTMLElement): string {
  const copy = h.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll('.term-tip, .copy-btn, .copy-toast')) extra.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function addHeadingButtons(): void {
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
