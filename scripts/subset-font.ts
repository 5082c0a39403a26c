/**
 * `npm run fonts`: writes the site's Inter, cut down to the characters the handbook can show.
 *
 * Fontsource's Latin file carries ~300 glyphs at every weight from 100 to 900 (47 KB). It is preloaded
 * on every page, so on a throttled phone it was most of the bytes before the first paint. The site
 * writes only the characters in its own sources, at weights 400 to 800, so the font it ships keeps just
 * those. A character outside the cut is still shown, in the fallback font: nothing breaks, which is why
 * a unit test (font-subset.test.ts) checks the cut against the sources and asks for a rerun when a
 * chapter gains a new character.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_WEIGHTS, fontCharacters, readFontSources } from '../src/lib/font-characters.ts';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const source = require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2');

const chars = fontCharacters(readFontSources(root));
const full = readFileSync(source);
const cut = await subsetFont(full, chars, {
  targetFormat: 'woff2',
  variationAxes: { wght: { min: FONT_WEIGHTS.min, max: FONT_WEIGHTS.max } },
});
writeFileSync(join(root, 'src/assets/fonts/inter-handbook.woff2'), cut);
writeFileSync(join(root, 'src/assets/fonts/inter-handbook.chars.txt'), `${chars}\n`);
console.log(`Inter: ${[...chars].length} characters, weights ${FONT_WEIGHTS.min}–${FONT_WEIGHTS.max}: ${full.length} → ${cut.length} bytes`);
