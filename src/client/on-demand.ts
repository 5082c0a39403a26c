/**
 * Code a reader may never use (search, glossary tips, copy buttons) is not in the page script: one
 * delegated listener per event type waits on document, and the first event that needs the code loads it
 * and is then handed to it, so that first click, keypress or hover does its work as before. Once loaded,
 * events are handed over synchronously (a copy stays inside the click's user activation). Events that
 * arrive while the module is loading queue behind it in order. A failed load (a flaky network, a deploy
 * that replaced the chunk) is retried on the next event instead of failing forever.
 */
export function onDemand<M>(
  types: string[],
  wants: (e: Event) => unknown,
  load: () => Promise<M>,
  handle: (m: M, e: Event) => void,
): void {
  let mod: M | undefined;
  let loading: Promise<M> | undefined;
  const on = (e: Event) => {
    if (!wants(e)) return;
    if (mod) return handle(mod, e);
    loading ??= load().then(
      (m) => (mod = m),
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    );
    void loading.then((m) => handle(m, e));
  };
  for (const type of types) document.addEventListener(type, on);
}
