// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { cspPerPage, decodeEntities } from './src/lib/csp-per-page.mjs';
import { clientWithoutMeanings } from './src/lib/client-without-meanings.mjs';
import { cssPerPage } from './src/lib/css-per-page.mjs';
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

// Client chunks. Left alone, the bundler cuts the code every widget page needs into a dozen small files,
// and gzip, which compresses each file on its own, loses ~10 % on them (measured by `npm run perf`).
// Two groups keep what always travels together in one file each: the Svelte runtime with the widgets'
// shared parts, and the engine core with the scenario plumbing (pages with a shared scenario but no
// widget load only the latter). Chapter code stays split by page, as the bundler decides, and so does
// what only another scenario needs (components/scripts/another-scenario.ts, loaded on demand).
const CHUNK_GROUPS = [
  // A group also takes the modules its members import, unless a group of higher priority claims them:
  // the page script's small helpers stay out of the engine, so pages without widgets never load it.
  // The page script itself is in the group too: one file on every page instead of two (0.2 KB less).
  { name: 'page', priority: 3, test: /preload-helper|rolldown[\\/]runtime|components[\\/]scripts[\\/](page|theme|nav|search-open|heading-copy|aliases|links|print-url|on-demand)\.ts/ },
  // Shared by the copy buttons and the scenario bar, both loaded on first use: their own small file.
  { name: 'share', priority: 3, test: /components[\\/]scripts[\\/](announce|clipboard)\.ts/ },
  {
    name: 'engine',
    priority: 2,
    test: /node_modules[\\/]valibot[\\/]|components[\\/]state[\\/]scenario-store|components[\\/]ui[\\/]scenario-fields|components[\\/]scripts[\\/](scenario-sync|include-scenario)\.ts|src[\\/]engine[\\/](scenario|format|figure-spec|figure-registry|figure-aliases|units|instances\.data|essay\.data|input-text|figures-scenario|pca)\.ts/,
  },
  // StackedBar is left out: only the budget chapter draws one.
  { name: 'svelte', priority: 1, test: /node_modules[\\/](svelte|@astrojs[\\/]svelte|clsx)[\\/]|components[\\/]state[\\/]|components[\\/]ui[\\/](?!StackedBar)/ },
  // Two of the split chapter's parts, also drawn by the JVM chapter: one file rather than two.
  { name: 'split-parts', priority: 1, test: /components[\\/]split[\\/](NodeInputs|PartsBar)/ },
];

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
  // After the build, cspPerPage keeps in each page's policy only the hashes of its own inline code, and
  // cssPerPage joins each page's own stylesheets into one file.
  integrations: [mdx(), svelte(), scenarioDirective, cspPerPage(), cssPerPage()],
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
  vite: { plugins: [clientWithoutMeanings()], build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } },
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
