// @ts-check
/**
 * Astro links one stylesheet per component and page, so a chapter's <head> asked for nine small files
 * (0.2–4 KB gzip each) before the first paint. On Lighthouse's throttled phone every extra request
 * costs a round trip: with the chapter's stylesheets merged into one, the first contentful paint of
 * /split/ fell from 1.3–1.5 s to 1.2 s (three runs each, mobile).
 *
 * After the build, this integration leaves the stylesheets every page links first (the site's base
 * styles, cached from page to page) as they are, and joins each page's remaining ones, in the page's
 * order, into one file named by its content: pages with the same list share that file. The cascade is
 * unchanged, since the rules arrive in the same order. Stylesheets no page links any longer are
 * deleted. Skipping this step (a bare `astro build` elsewhere) leaves the site as Astro made it.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesIn } from './built-files.mjs';

const STYLESHEET_LINK = /<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi;
const HREF = /\bhref="([^"]+)"/i;

/**
 * The local stylesheets a page links, in order, with the tags that link them.
 * @param {string} html
 * @returns {{ tag: string, href: string }[]}
 */
export function stylesheetLinks(html) {
  /** @type {{ tag: string, href: string }[]} */
  const links = [];
  for (const m of html.matchAll(STYLESHEET_LINK)) {
    const href = HREF.exec(m[0])?.[1];
    if (href && href.startsWith('/') && !href.startsWith('//') && href.endsWith('.css')) links.push({ tag: m[0], href });
  }
  return links;
}

/**
 * The stylesheets every page links first, in the same order: these stay separate files.
 * @param {string[][]} lists each page's stylesheets, in order
 * @returns {string[]}
 */
export function commonPrefix(lists) {
  const [first, ...others] = lists;
  if (!first) return [];
  let n = first.length;
  for (const list of others) {
    let i = 0;
    while (i < n && i < list.length && list[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n);
}

/**
 * The page with `merged` linked where the first of `joined` was, and the others of `joined` unlinked.
 * @param {string} html
 * @param {{ tag: string, href: string }[]} joined the links the merged file replaces
 * @param {string} merged the merged file's href
 */
export function linkMerged(html, joined, merged) {
  const [first, ...rest] = joined;
  if (!first) return html;
  // Replacer functions: a "$" in a tag must not be read as a replacement pattern.
  let out = html.replace(first.tag, () => first.tag.replace(HREF, () => `href="${merged}"`));
  for (const link of rest) out = out.replace(link.tag, () => '');
  return out;
}

/** @returns {import('astro').AstroIntegration} */
export function cssPerPage() {
  return {
    name: 'handbook:css-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = '/_astro/';
        /** @type {{ file: string, html: string, links: { tag: string, href: string }[] }[]} */
        const pages = [];
        for await (const file of filesIn(root, '.html')) {
          const html = await readFile(file, 'utf8');
          pages.push({ file, html, links: stylesheetLinks(html) });
        }
        const base = commonPrefix(pages.map((p) => p.links.map((l) => l.href)));
        /** @type {Set<string>} */
        const before = new Set();
        /** @type {Set<string>} */
        const linked = new Set();
        /** @type {Map<string, string>} */
        const written = new Map();
        for (const page of pages) {
          for (const l of page.links) before.add(l.href);
          const own = page.links.slice(base.length);
          if (own.length < 2 || !own.every((l) => l.href.startsWith(assets))) {
            for (const l of page.links) linked.add(l.href);
            continue;
          }
          const css = (await Promise.all(own.map((l) => readFile(join(root, l.href), 'utf8')))).join('\n');
          const href = `${assets}page-styles.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
          if (!written.has(href)) {
            await writeFile(join(root, href), css);
            written.set(href, css);
          }
          for (const l of page.links.slice(0, base.length)) linked.add(l.href);
          linked.add(href);
          await writeFile(page.file, linkMerged(page.html, own, href));
        }
        // A stylesheet no page links any more is only dead weight, unless a script still names it.
        let scripts = '';
        for await (const js of filesIn(root, '.js')) scripts += await readFile(js, 'utf8');
        let deleted = 0;
        for (const href of before) {
          if (linked.has(href) || scripts.includes(href.slice(assets.length))) continue;
          await rm(join(root, href), { force: true });
          deleted += 1;
        }
        logger.info(
          `joined each page's own stylesheets into one file (${written.size} files for ${pages.length} pages; ${base.length} shared first; ${deleted} unused removed)`,
        );
      },
    },
  };
}
