/**
 * Glossary terms in prose (Term.astro) show their definition on hover and keyboard focus with CSS alone.
 * This adds what CSS cannot: Escape dismisses an open definition (WCAG 1.4.13), and a definition that
 * would run past the right edge of a narrow screen is shifted back into view. It loads on the first
 * pointer or focus on a term (page.ts), which hands it that event and every later one.
 */
function place(wrap: HTMLElement): void {
  const tip = wrap.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.left = '';
  const rect = tip.getBoundingClientRect();
  if (rect.width === 0) return;
  const margin = 8;
  const overflow = rect.right - (document.documentElement.clientWidth - margin);
  if (overflow > 0) tip.style.left = `${-Math.min(overflow, rect.left - margin)}px`;
}

/** mouseover and focusin on a term show it; Escape hides the open ones. */
export function termEvent(e: Event): void {
  if (e.type === 'keydown') {
    if ((e as KeyboardEvent).key !== 'Escape') return;
    for (const wrap of document.querySelectorAll<HTMLElement>('.term-wrap')) {
      if (wrap.matches(':hover') || wrap.matches(':focus-within')) wrap.classList.add('tip-dismissed');
    }
    return;
  }
  const wrap = (e.target as Element | null)?.closest?.<HTMLElement>('.term-wrap');
  if (!wrap) return;
  wrap.classList.remove('tip-dismissed');
  // After the CSS :hover / :focus rule has displayed it.
  requestAnimationFrame(() => place(wrap));
}
