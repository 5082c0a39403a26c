// @ts-check
/**
 * Every figure definition (FigureSpec in src/engine/figures-*.ts) carries a `meaning`: a sentence of
 * documentation. Only build-time pages read it (Errata and RuleCard, through FIGURE_META) and the unit
 * tests; the browser never does. Yet the figure modules ship to the client, where the meanings were
 * 11–48 % of each figures-*.js chunk gzipped (measured: figures-jvm 2.3 → 1.3 KB, figures-python
 * 2.1 → 1.1 KB, figures-topandas 2.9 → 1.6 KB; the ten chunks 18.0 → 12.0 KB).
 *
 * This Vite plugin empties them in the client build only: in the figure modules, the value of every
 * object-literal property whose key is `meaning` becomes "". The server (prerender) build, which renders
 * the pages that show meanings, and vitest never see it. It works on the parsed module, not on text
 * patterns, so a variable named `meaning` or the word inside a string stay as they are. Only text written
 * as a `meaning:` property value is dropped: a helper must take its meaning that way (see snippetFigure in
 * figures-python.ts), not as a positional argument, or the sentence ships again.
 */
import MagicString from 'magic-string';

/** The modules that define FigureSpecs (a Vite id may carry a ?query). */
export const FIGURE_MODULE = /[\\/]src[\\/]engine[\\/]figures-[^\\/?]+\.ts(?:\?.*)?$/;

/**
 * @typedef {{ type: string, start: number, end: number, [key: string]: unknown }} AstNode
 * @typedef {(code: string) => unknown} Parse the module's code to an ESTree program with start/end offsets
 */

/** @param {unknown} v @returns {v is AstNode} */
function isNode(v) {
  return typeof v === 'object' && v !== null && typeof (/** @type {{ type?: unknown }} */ (v).type) === 'string';
}

/** Whether a Property node of an object literal has the key `meaning` (`meaning:`, `'meaning':`, `['meaning']:`). */
function isMeaningKey(/** @type {AstNode} */ prop) {
  if (prop.type !== 'Property' || prop.kind !== 'init' || prop.method === true) return false;
  const key = /** @type {AstNode} */ (prop.key);
  if (key.type === 'Identifier' && prop.computed !== true) return key.name === 'meaning';
  return key.type === 'Literal' && key.value === 'meaning';
}

/**
 * The `meaning` properties of every object literal in the program, outermost first (a meaning inside a
 * meaning's value goes with it).
 * @param {unknown} program
 * @returns {AstNode[]}
 */
export function meaningProperties(program) {
  /** @type {AstNode[]} */
  const found = [];
  /** @type {unknown[]} */
  const stack = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (!isNode(node)) continue;
    // Only object literals: the same Property nodes in a destructuring pattern bind a name, not a value.
    const meaning = node.type === 'ObjectExpression' ? /** @type {AstNode[]} */ (node.properties).filter(isMeaningKey) : [];
    found.push(...meaning);
    for (const [k, child] of Object.entries(node)) {
      if (typeof child !== 'object' || child === null) continue;
      if (k === 'properties' && meaning.length > 0) {
        // Descend into the other properties, not into the values about to be emptied.
        stack.push(/** @type {AstNode[]} */ (child).filter((p) => !meaning.includes(p)));
      } else {
        stack.push(child);
      }
    }
  }
  return found;
}

/**
 * The module with the value of every `meaning` property of its object literals replaced by "".
 * Null when there is nothing to change.
 * @param {string} code JavaScript (types already stripped)
 * @param {Parse} parse
 * @param {string} [id] the module's id, for the source map
 * @returns {{ code: string, map: ReturnType<MagicString['generateMap']>, emptied: number } | null}
 */
export function withoutMeanings(code, parse, id) {
  if (!code.includes('meaning')) return null;
  const props = meaningProperties(parse(code));
  const s = new MagicString(code);
  let emptied = 0;
  for (const prop of props) {
    const value = /** @type {AstNode} */ (prop.value);
    if (prop.shorthand === true) {
      // `{ meaning }` → `{ meaning: "" }`
      s.appendLeft(value.end, ': ""');
    } else if (value.type === 'Literal' && value.value === '') {
      continue;
    } else {
      s.overwrite(value.start, value.end, '""');
    }
    emptied++;
  }
  if (emptied === 0) return null;
  return { code: s.toString(), map: s.generateMap({ source: id, hires: 'boundary' }), emptied };
}

/**
 * The Vite plugin: figure meanings emptied in the client environment's build only.
 * @returns {import('vite').Plugin}
 */
export function clientWithoutMeanings() {
  return {
    name: 'handbook:client-without-meanings',
    // After the TypeScript transform: the code parsed here is plain JavaScript.
    enforce: 'post',
    transform: {
      filter: { id: FIGURE_MODULE },
      handler(code, id) {
        if (this.environment?.name !== 'client') return null;
        return withoutMeanings(code, (c) => this.parse(c), id);
      },
    },
  };
}
