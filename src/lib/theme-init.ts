/**
 * The one inline script: it runs in <head> before first paint so a dark-theme reader never sees a
 * light flash. It is inline (not a module) because it must block rendering, and it is hashed for the
 * Content-Security-Policy: Astro does not hash `is:inline` scripts, so the layout registers this hash
 * with Astro.csp and renders the exact same text with set:html.
 */
import { createHash } from 'node:crypto';

export const THEME_INIT = `(function () {
  var t = null;
  try { t = localStorage.getItem('handbook-theme'); } catch (e) {}
  if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = t;
})();`;

export const THEME_INIT_HASH = `sha256-${createHash('sha256').update(THEME_INIT, 'utf8').digest('base64')}` as const;
