/**
 * Work a reader does not watch while typing — the address bar, the targets of links, the printed
 * address — runs after the browser has painted the keystroke's numbers, so it never delays them.
 * `history.replaceState` alone costs about a millisecond a call in Chromium.
 */

/** A function that schedules `fn` after the next paint; calls made before it runs coalesce into one run. */
export function afterNextPaint(fn: () => void): () => void {
  let pending = false;
  const run = () => {
    if (!pending) return;
    pending = false;
    fn();
  };
  return () => {
    if (pending) return;
    pending = true;
    // A frame callback runs just before the paint, so a task it queues runs just after. A hidden tab
    // gets no frames: the timer makes sure the work still happens.
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 100);
  };
}
