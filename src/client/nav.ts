/** The phone-width chapter menu. */
export function initNav(): void {
  const toggle = document.querySelector<HTMLButtonElement>('[data-nav-toggle]');
  const sidebar = document.getElementById('sidebar');
  if (!toggle || !sidebar) return;
  const set = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    sidebar.classList.toggle('open', open);
  };
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && sidebar.classList.contains('open')) {
      set(false);
      toggle.focus();
    }
  });
}
