// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { cspPerPage, decodeEntities } from './src/lib/csp-per-page.mjs';
import { FONT_WEIGHTS } from './src/lib/font-characters.ts';

// The absolute base used in copied links (Markdown links in code reviews). Set HANDBOOK_SITE to the
// team's host at build time; the default is a placeholder so a local build still produces full URLs.
const site = process.env.HANDBOOK_SITE ?? 'https://memory-handbook.internal';

// Separate output and cache folders let several builds run side by side (CI, perf, local checks).
const outDir = process.env.HANDBOOK_DIST ?? './dist';
const cacheDir = process.env.HANDBOOK_CACHE ?? './node_modules/.astro';

// Content-Security-Policy. Astro hashes the scripts and styles it bundles or inlines; anything else
// must be hashed here or it is blocked. The diagrams are committed mermaid SVGs inlined into the
// page, each with one <style> element, so their hashes are computed from content/diagrams at build
// time (a re-rendered diagram gets its new hash on the next build). Inline style *attributes* are
// allowed (style-src-attr): Svelte's style: directives and Shiki's colour variables render as
// attributes in the static HTML. Script stays strict: 'self' plus Astro's hashes, and
// 'wasm-unsafe-eval' for Pagefind's WebAssembly search index (compiling wasm, not eval of text).
/** @returns {`sha256-${string}`[]} */
function diagramStyleHashes() {
  const dir = new URL('./content/diagrams/', import.meta.url);
  /** @type {`sha256-${string}`[]} */
  const hashes = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.svg')).sort()) {
    const svg = readFileSync(new URL(name, dir), 'utf8');
    // An SVG <style> in HTML is foreign content: the browser hashes its text after decoding entities.
    for (const m of svg.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      hashes.push(`sha256-${createHash('sha256').update(decodeEntities(m[1] ?? ''), 'utf8').digest('base64')}`);
    }
  }
  return hashes;
}

// Widgets hydrate with client:scenario: when seen, or at once for another scenario than the essay's.
/** @type {import('astro').AstroIntegration} */
const scenarioDirective = {
  name: 'handbook:client-scenario',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => addClientDirective({ name: 'scenario', entrypoint: './src/client/scenario-directive.ts' }),
  },
};

// Inter, self-hosted through Astro's Fonts API: every page preloads it, and the fallback font is
// metric-adjusted so the swap moves no text. Loaded the plain CSS way, the late swap shifted each
// chapter's text: a Lighthouse layout-shift score of 0.34 on /split/ (mobile). The file is Fontsource's
// Latin Inter cut down to the characters and weights the site uses (`npm run fonts`; 47 → 22 KB).
// Characters it lacks fall back to system fonts.
const INTER = './src/assets/fonts/inter-handbook.woff2';

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Stylesheets stay files: Astro does not hash the styles of components used inside MDX content when
  // it inlines them, so inlined ones would be refused by the Content-Security-Policy below.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // After the build, cspPerPage keeps in each page's policy only the hashes of its own inline code.
  integrations: [mdx(), svelte(), scenarioDirective, cspPerPage()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
  },
  // Written inline: the variants' tuple type is only inferred here.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-inter',
      fallbacks: ['system-ui', 'sans-serif'],
      options: {
        variants: [
          {
            src: [INTER],
            weight: `${FONT_WEIGHTS.min} ${FONT_WEIGHTS.max}`,
            style: 'normal',
            display: 'swap',
          },
        ],
      },
    },
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [{ resource: "'self'", kind: 'element' }, { resource: "'unsafe-inline'", kind: 'attribute' }],
        hashes: diagramStyleHashes(),
      },
    },
  },
});
