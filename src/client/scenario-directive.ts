/**
 * `client:scenario`: a widget hydrates when it scrolls into view, like `client:visible`, or at once when
 * the page's scenario is not the essay's. Until it hydrates a widget shows the essay's numbers from the
 * static HTML, which is right only for the essay's scenario; so with a shared link, or after the
 * reader's first change, every widget starts and the whole page (and a printout of it) shows the
 * reader's numbers rather than a mix.
 *
 * Astro inlines this file into each page that uses it, apart from the page's scripts, so the two agree
 * through the DOM: the scenario side sets `data-scenario="custom"` on <html> (another-scenario.ts).
 */
import type { ClientDirective } from 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:scenario'?: boolean;
  }
}

const root = document.documentElement;
const otherScenario = () => root.dataset.scenario === 'custom';

type Control = HTMLInputElement | HTMLSelectElement;

/** Controls the reader changed while the widget was still static HTML, with what they hold now. */
function edited(el: HTMLElement): { control: Control; value: string; checked: boolean }[] {
  return [...el.querySelectorAll<Control>('input, select')]
    .filter((c) =>
      c instanceof HTMLSelectElement
        ? [...c.options].some((o) => o.selected !== o.defaultSelected)
        : c.type === 'checkbox' || c.type === 'radio'
          ? c.checked !== c.defaultChecked
          : c.value !== c.defaultValue,
    )
    .map((control) => ({ control, value: control.value, checked: 'checked' in control && control.checked }));
}

/**
 * Hydration puts each control back to the value it was rendered with. What the reader typed or picked
 * before the widget was live is put back and replayed as the events a reader's edit fires, so the
 * widget validates and applies it as if typed now (a bad value gets its message like any other).
 */
function replay(edits: ReturnType<typeof edited>): void {
  for (const { control, value, checked } of edits) {
    if (!control.isConnected) continue;
    // The field is still being edited: its focus handler has to know, or it would reformat the text.
    if (control === document.activeElement) control.dispatchEvent(new FocusEvent('focus'));
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) control.checked = checked;
    else control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

const scenarioDirective: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    seen.disconnect();
    changed.disconnect();
    void load().then(async (hydrate) => {
      const edits = edited(el);
      await hydrate();
      replay(edits);
    });
  };
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) start();
  });
  const changed = new MutationObserver(() => {
    if (otherScenario()) start();
  });
  if (otherScenario()) {
    start();
    return;
  }
  for (const child of el.children) seen.observe(child);
  changed.observe(root, { attributes: true, attributeFilter: ['data-scenario'] });
};

export default scenarioDirective;
