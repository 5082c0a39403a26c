// The client build empties figure meanings (src/lib/client-without-meanings.mjs). Its transform is
// run here on sample modules, without a build.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { FIGURE_MODULE, clientWithoutMeanings, withoutMeanings } from '../../src/lib/client-without-meanings.mjs';

// The parser Vite's plugins get (this.parse); a parse error is a failed test, not an empty program.
function parse(code: string) {
  const r = parseSync('sample.js', code);
  if (r.errors.length > 0) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.program;
}
const strip = (code: string) => withoutMeanings(code, parse)?.code ?? code;

const SAMPLE = `import { DEC } from './figure-spec';
const meaning = 'a variable called meaning';
function label(meaning) { return meaning + ': meaning'; }
export const FIGS = [
  {
    id: 'a.b', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: "The numpy embeddings (rows × dim × dtype bytes).",
    compute: (s) => s.rows * 4,
  },
  { id: 'c', note: 'meaning: in a string', meaning: \`\${label('x')} budget ≈ 3/7 of RAM.\`, compute: () => 1 },
  { id: 'd', meaning: cond ? 'first sentence.' : \`second \${id} sentence.\`, compute: () => 2 },
  { id: 'e', 'meaning': 'quoted key.', ['meaning']: 'computed key.', meaning2: 'not the key.' },
  { id: 'f', meaning },
  { id: 'g', meaning: '' },
];
const { meaning: picked, id } = FIGS[0];
`;

const EXPECTED = `import { DEC } from './figure-spec';
const meaning = 'a variable called meaning';
function label(meaning) { return meaning + ': meaning'; }
export const FIGS = [
  {
    id: 'a.b', chapter: 'budget', unit: 'GB', estimate: false, rounding: DEC(1),
    meaning: "",
    compute: (s) => s.rows * 4,
  },
  { id: 'c', note: 'meaning: in a string', meaning: "", compute: () => 1 },
  { id: 'd', meaning: "", compute: () => 2 },
  { id: 'e', 'meaning': "", ['meaning']: "", meaning2: 'not the key.' },
  { id: 'f', meaning: "" },
  { id: 'g', meaning: '' },
];
const { meaning: picked, id } = FIGS[0];
`;

describe('client without meanings: the transform', () => {
  const out = strip(SAMPLE);

  it('empties the value of every meaning property of an object literal', () => {
    for (const text of [
      'The numpy embeddings',
      'budget ≈ 3/7 of RAM.',
      'first sentence.',
      'second ${id} sentence.',
      'quoted key.',
      'computed key.',
    ]) {
      expect(SAMPLE).toContain(text);
      expect(out).not.toContain(text);
    }
    expect(out).toContain(`rounding: DEC(1),\n    meaning: "",\n    compute: (s) => s.rows * 4,`);
    expect(out).toContain(`{ id: 'd', meaning: "", compute: () => 2 }`);
    expect(out).toContain(`{ id: 'e', 'meaning': "", ['meaning']: "", meaning2: 'not the key.' }`);
    // Shorthand `{ meaning }` gets a value too, so the variable's text does not travel with the spec.
    expect(out).toContain(`{ id: 'f', meaning: "" }`);
  });

  it('leaves everything else as it was', () => {
    // The variable, the parameter, the word in strings, the destructuring pattern, other keys.
    expect(out).toContain(`const meaning = 'a variable called meaning';`);
    expect(out).toContain(`function label(meaning) { return meaning + ': meaning'; }`);
    expect(out).toContain(`note: 'meaning: in a string'`);
    expect(out).toContain(`const { meaning: picked, id } = FIGS[0];`);
    expect(out).toContain(`{ id: 'g', meaning: '' }`);
    // The whole module: only the meaning values differ from the sample.
    expect(out).toBe(EXPECTED);
    expect(() => parse(out)).not.toThrow();
  });

  it('returns null when a module has no meaning property', () => {
    expect(withoutMeanings(`const meaning = 1; export const x = { id: 'a', text: 'meaning' };`, parse)).toBeNull();
    expect(withoutMeanings(`export const x = 1;`, parse)).toBeNull();
  });

  it('gives a source map of the module', () => {
    const r = withoutMeanings(SAMPLE, parse, '/x/src/engine/figures-sample.ts');
    expect(r?.emptied).toBe(6);
    expect(r?.map.sources).toEqual(['/x/src/engine/figures-sample.ts']);
    expect(r?.map.mappings.length).toBeGreaterThan(0);
  });

  // A sentence of a plain meaning, of a templated one and of one given to the snippet helper, and an id
  // that must survive, per module.
  it.each([
    // The last value: how much of the module the meanings are, at least (the storage module is mostly code).
    ['figures-python.ts', ['Size of a Python float: the essay says 28', 'that list plus its dim 24 B floats.'], /id: ["']list-deep["']/, 0.2],
    ['figures-storage.ts', ['Measured resident list-of-lists over numpy float32', ': bytes per embedding row (model-dependent).'], /id: ["']python\.list-vs-f32-rss["']/, 0.05],
  ] as const)('empties every meaning of %s, and nothing else of it', async (name, texts, id, share) => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    const file = resolve(root, 'src/engine', name);
    const ts = readFileSync(file, 'utf8');
    const js = (await transformWithOxc(ts, file)).code;
    const out = strip(js);
    for (const text of texts) {
      expect(js).toContain(text);
      expect(out).not.toContain(text);
    }
    expect(out).toMatch(id);
    expect(out.length).toBeLessThan(js.length * (1 - share));
  });
});

describe('client without meanings: the plugin', () => {
  const plugin = clientWithoutMeanings();
  const hook = plugin.transform as { filter: { id: RegExp }; handler: (this: unknown, code: string, id: string) => unknown };
  const run = (env: string | undefined) =>
    hook.handler.call({ environment: env === undefined ? undefined : { name: env }, parse }, SAMPLE, '/w/src/engine/figures-x.ts') as {
      code: string;
    } | null;

  it('runs after the TypeScript transform, on the figure modules only', () => {
    expect(plugin.enforce).toBe('post');
    expect(FIGURE_MODULE.test('/w/src/engine/figures-jvm.ts')).toBe(true);
    expect(FIGURE_MODULE.test('C:\\w\\src\\engine\\figures-jvm.ts?v=1')).toBe(true);
    expect(FIGURE_MODULE.test('/w/src/engine/figures.ts')).toBe(false);
    expect(FIGURE_MODULE.test('/w/src/engine/figure-spec.ts')).toBe(false);
    expect(FIGURE_MODULE.test('/w/components/figures-jvm.ts')).toBe(false);
    expect(hook.filter.id).toBe(FIGURE_MODULE);
  });

  it('changes the client build only, not the prerender (pages) build', () => {
    expect(run('client')?.code).not.toContain('The numpy embeddings');
    expect(run('prerender')).toBeNull();
    expect(run('ssr')).toBeNull();
    expect(run(undefined)).toBeNull();
  });
});
