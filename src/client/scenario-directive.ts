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
// What the static HTML rendered a text field or select with (a select's is its option marked selected).
const rendered = (c: Control) => (c instanceof HTMLSelectElement ? (c.querySelector<HTMLOptionElement>('option[selected]') ?? c.options[0])?.value : c.defaultValue);

/**
 * Hydration puts each field back to the value it was rendered with. Text typed or an option picked
 * before the widget was live is recorded first, then put back and replayed as the events a reader's
 * edit fires, so the widget validates and applies it as if typed now (a bad value gets its message).
 * Kept to text fields and selects: this code is inlined into every widget page.
 */
async function keepingEdits(el: HTMLElement, hydrate: () => Promise<void>): Promise<void> {
  const edits = [...el.querySelectorAll<Control>('input[type=text], select')].filter((c) => c.value !== rendered(c)).map((c) => [c, c.value] as const);
  await hydrate();
  for (const [c, value] of edits) {
    // A field still being edited: its focus handler has to know, or it would reformat the text.
    if (c === document.activeElement) c.dispatchEvent(new FocusEvent('focus'));
    c.value = value;
    for (const type of ['input', 'change']) c.dispatchEvent(new Event(type, { bubbles: true }));
  }
}

const scenarioDirective: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    seen.disconnect();
    changed.disconnect();
    void load().then((hydrate) => keepingEdits(el, hydrate));
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
