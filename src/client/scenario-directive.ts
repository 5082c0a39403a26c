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

const scenarioDirective: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    seen.disconnect();
    changed.disconnect();
    void load().then((hydrate) => hydrate());
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
