/**
 * Opening search: the button and the `/` key (outside a text field). This part is in the page script;
 * the dialog's own code (search.ts) loads on the first open and Pagefind's after it. The dialog opens and
 * takes focus here, inside the event, so focus moves exactly as before and no keystroke typed while the
 * code loads is lost: search.ts searches for whatever the field holds once it is wired.
 */
type SearchModule = typeof import('./search');

export function initSearchOpen(scenarioQuery: () => string): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const openBtn = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!dialog || !openBtn || !input) return;

  let code: Promise<SearchModule> | undefined;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    const atOpen = input.value;
    code ??= import('./search').catch((err: unknown) => {
      // Retried on the next open.
      code = undefined;
      throw err;
    });
    void code.then((m) => m.searchOpened(scenarioQuery, atOpen));
  };
  // Enter in the field must not submit (a method="dialog" form would close the dialog), also while the
  // dialog's code is still loading. Wired here, not as an inline onsubmit attribute, which the
  // Content-Security-Policy blocks.
  dialog.querySelector('[data-search-form]')?.addEventListener('submit', (e) => e.preventDefault());
  openBtn.addEventListener('click', open);
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Now, not once the code has loaded: the browser's own use of `/` (quick find) must not start.
      e.preventDefault();
      open();
    }
  });
}
