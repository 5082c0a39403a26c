/** Light/dark toggle: follows the OS until the reader picks, then remembers the pick. */
const KEY = 'handbook-theme';

function apply(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.theme = theme;
  for (const btn of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    btn.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

export function initTheme(): void {
  const current = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  apply(current);
  for (const btn of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    btn.addEventListener('click', () => {
      const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Private mode: the choice lasts for this page only, which is acceptable.
      }
      apply(next);
    });
  }
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', (e) => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(KEY);
    } catch {
      stored = null;
    }
    if (stored !== 'light' && stored !== 'dark') apply(e.matches ? 'dark' : 'light');
  });
}
