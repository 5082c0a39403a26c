import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Svelte's own scoping class, with a shorter prefix: it is stamped on most elements of every widget's
    // server-rendered HTML (`svelte-1d9yy0j` → `s-1d9yy0j`). Same hash, so still unique per component.
    // No `window.__svelte.v` registration in every page's script: nothing here reads it.
    discloseVersion: false,
    cssHash: ({ css, filename, hash }) => `s-${hash(filename === '(unknown)' ? css : (filename ?? css))}`,
  },
};
