// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

// The absolute base used in copied links (Markdown links in code reviews). Set HANDBOOK_SITE to the
// team's host at build time; the default is a placeholder so a local build still produces full URLs.
const site = process.env.HANDBOOK_SITE ?? 'https://memory-handbook.internal';

// Separate output and cache folders let several builds run side by side (CI, perf, local checks).
const outDir = process.env.HANDBOOK_DIST ?? './dist';
const cacheDir = process.env.HANDBOOK_CACHE ?? './node_modules/.astro';

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), svelte()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
