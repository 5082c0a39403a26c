// Which characters and weights the site's Inter must keep (scripts/subset-font.ts cuts the font to them).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where every text the site can show is written: chapters, glossary, components, engine, pages. */
export const FONT_SOURCE_DIRS = ['content', 'components', 'src'] as const;

/** The text files among them (the font itself and other binaries are not text to show). */
export const FONT_SOURCE_FILE = /\.(mdx|md|json|svelte|astro|ts|mjs|css|svg)$/;

/** The text of every source file under FONT_SOURCE_DIRS of the project at `root`. */
export function readFontSources(root: string): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (FONT_SOURCE_FILE.test(e.name)) texts.push(readFileSync(p, 'utf8'));
    }
  };
  for (const d of FONT_SOURCE_DIRS) walk(join(root, d));
  return texts;
}

/** The weights the stylesheets use (a unit test keeps this in step with them). */
export const FONT_WEIGHTS = { min: 400, max: 800 } as const;

const NAMED: Record<string, string> = { nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', times: '\u00d7', minus: '\u2212', rarr: '\u2192', larr: '\u2190' };

/** Characters written as escapes: backslash-u escapes in code, numeric and named references in markup. */
function escapedCharacters(text: string): string {
  let out = '';
  for (const m of text.matchAll(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|&#x([0-9a-fA-F]{1,6});|&#(\d{1,7});|&([a-z]+);/g)) {
    const hex = m[1] ?? m[2] ?? m[3];
    const code = hex !== undefined ? parseInt(hex, 16) : m[4] !== undefined ? Number(m[4]) : undefined;
    if (code !== undefined && code <= 0x10ffff) out += String.fromCodePoint(code);
    else if (m[5] && NAMED[m[5]]) out += NAMED[m[5]];
  }
  return out;
}

/**
 * Every printable ASCII character (a reader may type any of them into a field), the no-break space,
 * and every other character written in the given texts, sorted by code point. Control characters and
 * line breaks are left out: they have no glyph.
 */
export function fontCharacters(texts: readonly string[]): string {
  const set = new Set<number>([0xa0]);
  for (let c = 0x20; c <= 0x7e; c++) set.add(c);
  for (const text of texts) {
    for (const ch of text + escapedCharacters(text)) {
      const c = ch.codePointAt(0)!;
      if (c > 0x7e && c !== 0xfeff && !/\p{C}|\p{Zl}|\p{Zp}/u.test(ch)) set.add(c);
    }
  }
  return String.fromCodePoint(...[...set].sort((a, b) => a - b));
}
