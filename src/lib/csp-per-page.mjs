// @ts-check
/**
 * Astro writes one Content-Security-Policy into every page: the hashes of every inline script and style
 * the site might use anywhere (all client directives, the island runtime and its dev twin, every
 * diagram's <style>…). After the build, this integration leaves in each page's policy only the hashes of
 * the inline scripts and styles that page actually has. The policy gets stricter, and a page's <head>
 * drops ~10 incompressible hashes (~0.4 KB gzip).
 *
 * It also moves the policy to the top of <head>, right after the charset: Astro writes it at the end of
 * <head>, after the web font's inline <style> (Astro's Fonts API), and a policy only governs what
 * follows it.
 *
 * It only ever removes hashes that match nothing on the page, so skipping it (e.g. a bare `astro build`
 * elsewhere) leaves a looser but working policy. Nothing on the site inserts inline scripts or styles at
 * run time that would need a hash not already in the page.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { filesIn } from './built-files.mjs';

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const HASH_SOURCE = /'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'/;
const DIRECTIVES_WITH_HASHES = new Set(['script-src', 'script-src-elem', 'style-src', 'style-src-elem']);

/** @type {Record<string, string>} */
const ENTITIES = { quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', amp: '&' };
/** Character references decoded, as the browser does for a <style> inside inline SVG (foreign content). */
export function decodeEntities(/** @type {string} */ text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&(quot|apos|lt|gt|nbsp|amp);/g, (_, n) => ENTITIES[n] ?? '');
}

/**
 * The policy with every hash source that matches no inline script or style of the page removed.
 * @param {string} policy the content of the page's CSP meta element
 * @param {string} html the whole page
 */
export function trimPolicy(policy, html) {
  /** @type {string[]} */
  const bodies = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/i.test(m[1] ?? '')) bodies.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)) {
    const text = m[2] ?? '';
    bodies.push(text, decodeEntities(text));
  }
  /** @type {Map<string, Set<string>>} */
  const present = new Map();
  const digestsFor = (/** @type {string} */ algorithm) => {
    let set = present.get(algorithm);
    if (!set) {
      set = new Set(bodies.map((b) => createHash(algorithm).update(b, 'utf8').digest('base64')));
      present.set(algorithm, set);
    }
    return set;
  };
  return policy
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      if (!DIRECTIVES_WITH_HASHES.has(name)) return directive;
      return directive.replace(/\s*'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'/g, (source) => {
        const [, algorithm = '', digest = ''] = HASH_SOURCE.exec(source) ?? [];
        return digestsFor(algorithm).has(digest) ? source : '';
      });
    })
    .join(';');
}

const META_ELEMENT = /<meta\s+http-equiv="content-security-policy"[^>]*>/i;
const CHARSET = /<meta\s+charset="?[\w-]+"?\s*\/?>/i;

/**
 * The page with its CSP meta element moved to just after the charset declaration (which must stay
 * first), so the policy governs every element of <head>. A page without either is returned unchanged.
 * @param {string} html
 */
export function policyFirst(html) {
  const meta = META_ELEMENT.exec(html);
  const charset = CHARSET.exec(html);
  if (!meta || !charset || meta.index < charset.index) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + meta[0] + without.slice(at);
}

/** @returns {import('astro').AstroIntegration} */
export function cspPerPage() {
  return {
    name: 'handbook:csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        let removed = 0;
        for await (const file of filesIn(fileURLToPath(dir), '.html')) {
          const html = await readFile(file, 'utf8');
          const meta = META.exec(html);
          if (!meta) continue;
          const before = meta[2] ?? '';
          const after = trimPolicy(before, html);
          removed += (before.match(/'sha(?:256|384|512)-/g) ?? []).length - (after.match(/'sha(?:256|384|512)-/g) ?? []).length;
          pages += 1;
          await writeFile(file, policyFirst(html.replace(META, (_, open, __, close) => `${open}${after}${close}`)));
        }
        logger.info(`put each page's Content-Security-Policy first, with only its own hashes (${removed} removed over ${pages} pages)`);
      },
    },
  };
}
