import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Every component is written with runes. Said once here, so a component that happens to use none
    // (a widget whose state lives in a shared module) is not compiled in legacy mode, which would add
    // Svelte's legacy lifecycle code to every widget page.
    runes: true,
    // Svelte's own scoping class, with a shorter prefix: it is stamped on most elements of every widget's
    // server-rendered HTML (`svelte-1d9yy0j` → `s-1d9yy0j`). Same hash, so still unique per component.
    // No `window.__svelte.v` registration in every page's script: nothing here reads it.
    discloseVersion: false,
    cssHash: ({ css, filename, hash }) => `s-${hash(filename === '(unknown)' ? css : (filename ?? css))}`,
  },
};
