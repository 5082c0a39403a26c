/**
 * What the browser downloads: the chapters' figure meanings are documentation for build-time pages
 * (errata, rule cards) and tests, and stay out of the client's JavaScript. The figure modules export
 * them beside the specs; the browser's imports name only the specs, so the bundler leaves them out.
 * This reads the built files, so a loader that pulls a whole module back in fails here.
 */
import { test, expect } from './support/fixtures';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/site';
import { FIGURE_META } from '../../src/engine/figures';

// Whole sentences, not fragments: a step's label in the engine may also open its meaning. A sentence
// with a quote or backslash is left out, since a minifier may escape it differently. A meaning written
// as a template (one per node type or option) appears whole only if the object holding every meaning
// of its chapter does, and that object also holds the plain sentences checked here.
const checkable = (sentence: string): boolean => sentence.length > 30 && !/['"`\\]/.test(sentence);

test('no figure meaning is shipped in client JavaScript', () => {
  const dir = join(DIST, '_astro');
  const js = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, text: readFileSync(join(dir, f), 'utf8') }));
  expect(js.length).toBeGreaterThan(5);
  const sentences = [...new Set(Object.values(FIGURE_META).map((m) => m.meaning))].filter(checkable);
  // If none were checkable, the check below would pass vacuously.
  expect(sentences.length).toBeGreaterThan(150);
  const leaks = js.flatMap(({ f, text }) => sentences.filter((x) => text.includes(x)).map((x) => `${f}: “${x}”`));
  expect(leaks).toEqual([]);
});
