import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_WEIGHTS, fontCharacters, readFontSources } from '../../src/lib/font-characters';

const root = join(import.meta.dirname, '../..');
const fonts = join(root, 'src/assets/fonts');

describe('the cut-down Inter', () => {
  it('keeps every character the sources write (else run `npm run fonts`)', () => {
    const kept = new Set(readFileSync(join(fonts, 'inter-handbook.chars.txt'), 'utf8').replace(/\n$/, ''));
    const missing = [...fontCharacters(readFontSources(root))].filter((c) => !kept.has(c));
    expect(missing.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${c}`)).toEqual([]);
  });

  it('finds characters written as escapes and leaves out control characters', () => {
    const chars = fontCharacters(['a\u2013b', String.raw`'\u2212' '\u{2248}'`, '&#8230; &#x2192; &nbsp; &ndash;', 'tab\there\r\n']);
    for (const c of ['\u2013', '\u2212', '\u2248', '\u2026', '\u2192', '\u00a0', ' ', '~']) expect(chars).toContain(c);
    for (const c of ['\t', '\r', '\n', '\u007f']) expect(chars).not.toContain(c);
  });

  it('covers every font weight the stylesheets use', () => {
    const weights = new Set<number>();
    for (const text of readFontSources(root)) {
      for (const m of text.matchAll(/font-weight\s*:\s*(\d{3})/g)) weights.add(Number(m[1]));
    }
    expect(weights.size).toBeGreaterThan(0);
    for (const w of weights) {
      expect(w).toBeGreaterThanOrEqual(FONT_WEIGHTS.min);
      expect(w).toBeLessThanOrEqual(FONT_WEIGHTS.max);
    }
  });

  it('is a WOFF2 file well under the full Latin file', () => {
    const cut = readFileSync(join(fonts, 'inter-handbook.woff2'));
    const full = readFileSync(join(root, 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
    expect(cut.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(cut.length).toBeLessThan(full.length * 0.6);
  });
});
