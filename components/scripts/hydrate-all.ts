/**
 * Widgets hydrate when they scroll into view (client:visible). Until then they show the essay's numbers
 * from the static HTML, which is right only while the scenario is the essay's. Once the scenario differs
 * (a shared link, or a change on the page), every widget still waiting is started at once, so the whole
 * page, and a printout of it, shows the reader's numbers rather than a mix.
 *
 * Astro offers no call to hydrate a waiting island, so each one is replaced by an identical copy whose
 * directive is "load". The original never hydrated (it still has `ssr`), holds no listeners, and its
 * visibility observer only watches the detached original, which can never become visible.
 */
type Directive = (load: () => Promise<() => Promise<void>>, opts: unknown, el: HTMLElement) => void;

let started = false;

export function hydrateWaitingIslands(): void {
  if (started) return;
  const waiting = document.querySelectorAll<HTMLElement>('astro-island[ssr][client="visible"]');
  if (waiting.length === 0) return;
  started = true;
  const w = window as unknown as { Astro?: Record<string, Directive> };
  const astro = (w.Astro ??= {});
  // The page may not have used client:load itself; this is the same directive Astro ships.
  astro.load ??= async (load) => {
    const hydrate = await load();
    await hydrate();
  };
  for (const island of waiting) {
    // Only outermost islands: a nested one is copied along with its parent.
    if (island.parentElement?.closest('astro-island[ssr]')) continue;
    const copy = island.cloneNode(true) as HTMLElement;
    copy.setAttribute('client', 'load');
    island.replaceWith(copy);
  }
}
