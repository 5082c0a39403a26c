/** Facts about the built site, read from dist/ so the e2e suite covers every page that exists. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.HANDBOOK_DIST ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every HTML page path, e.g. '/', '/split/', '/rules/2/'. The 404 page is served at its own path. */
export function pagePaths(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  return walk(DIST)
    .filter((f) => f.endsWith('index.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((f) => '/' + relative(DIST, f).split(sep).slice(0, -1).join('/'))
    .map((p) => (p === '/' ? '/' : `${p}/`))
    .sort();
}

// Pages built from one template many times over: the error decoder's case pages, /errors/<id>/.
const TEMPLATED = /^\/errors\/[^/]+\/$/;

/**
 * Every page, but of those built from one template (the error decoder's case pages) only the first:
 * the per-page browser checks (axe, CSP in Chromium, fixed text, one value) load it as the template's
 * sample, so the suite's time does not grow with the number of cases. Checks that read the built files
 * (links, pinned ids, CSP in the HTML) still cover every page through pagePaths().
 */
export function sampledPagePaths(): string[] {
  let sampled = false;
  return pagePaths().filter((p) => {
    if (!TEMPLATED.test(p)) return true;
    if (sampled) return false;
    sampled = true;
    return true;
  });
}

export function pageHtml(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

export const CHAPTERS = ['split', 'jvm', 'python-objects', 'topandas', 'nodes', 'budget', 'executors'] as const;
