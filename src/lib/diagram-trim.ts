/**
 * Trims mermaid's theme stylesheet down to what one diagram uses. Mermaid writes the CSS for every
 * diagram type and feature into each SVG; the page inlines that SVG, so unused rules are dead weight in
 * the HTML. Used by scripts/render-diagrams.ts, which tests the selectors against the rendered SVG in
 * Chromium.
 *
 * Only selectors that match nothing are dropped (per selector, so the specificity and order of what is
 * left are unchanged), plus @keyframes no kept rule animates with. Dynamic states are tested without
 * their pseudo-class (`.node:hover` is kept when `.node` exists), pseudo-elements without the
 * pseudo-element, and anything the tester cannot judge is kept.
 */

/** Answers, for each selector, whether it matches at least one element of the diagram. */
export type SelectorTester = (selectors: string[]) => Promise<boolean[]>;

interface Block {
  /** Text before `{` (selector list or at-rule prelude), trimmed; for a statement, the whole statement. */
  prelude: string;
  /** Text between the braces; undefined for a statement such as `@import …;`. */
  body?: string;
}

/**
 * The index of the first character from `from` on, outside quoted strings, at which `stop` holds (or the
 * text's length). `depth` counts the brackets in `opens` still open at that character.
 */
function scan(text: string, from: number, opens: string, closes: string, stop: (c: string, depth: number) => boolean): number {
  let quote = '';
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (stop(c, depth)) return i;
    else if (opens.includes(c)) depth += 1;
    else if (closes.includes(c)) depth -= 1;
  }
  return text.length;
}

/** Splits CSS into its top-level rules and statements, skipping comments. */
export function parseBlocks(css: string): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  const n = css.length;
  while (i < n) {
    // Skip whitespace and comments between rules.
    if (/\s/.test(css[i]!)) {
      i += 1;
      continue;
    }
    if (css.startsWith('/*', i)) {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    // Prelude: up to `{` (or `;` for a statement) outside quotes and parentheses.
    const j = scan(css, i, '(', ')', (c, depth) => depth === 0 && (c === '{' || c === ';'));
    if (j >= n || css[j] === ';') {
      blocks.push({ prelude: css.slice(i, Math.min(j + 1, n)).trim() });
      i = j + 1;
      continue;
    }
    // Body: up to the matching `}`.
    const k = scan(css, j + 1, '{', '}', (c, depth) => depth === 0 && c === '}');
    if (k >= n) throw new Error('diagram-trim: unbalanced braces in the diagram CSS');
    blocks.push({ prelude: css.slice(i, j).trim(), body: css.slice(j + 1, k) });
    i = k + 1;
  }
  return blocks;
}

const serialise = (b: Block): string => (b.body === undefined ? b.prelude : `${b.prelude}{${b.body}}`);

/** Splits a selector list on its top-level commas. */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start <= list.length) {
    const comma = scan(list, start, '([', ')]', (c, depth) => depth === 0 && c === ',');
    out.push(list.slice(start, comma).trim());
    start = comma + 1;
  }
  return out.filter((s) => s !== '');
}

const DYNAMIC = /::?(?:hover|focus-visible|focus-within|focus|active|visited|link|target|before|after|first-line|first-letter|placeholder|selection|marker)(?![\w-])/g;

/** The selector as querySelector can test it: without dynamic pseudo-classes and pseudo-elements. */
export function testableSelector(selector: string): string {
  const s = selector.replace(DYNAMIC, '').trim();
  // `a > :hover` becomes `a >`: test the part before a dangling combinator.
  return s.replace(/[\s>+~]+$/, '') || '*';
}

const KEYFRAMES = /^@(?:-webkit-)?keyframes\s+(\S+)$/;

/** Returns the CSS with the selectors that match nothing (and unused @keyframes) removed. */
export async function trimDiagramCss(css: string, test: SelectorTester): Promise<string> {
  const kept = await trimBlocks(parseBlocks(css), test);
  // @keyframes survive only when a kept rule animates with them.
  const animations = kept
    .filter((b) => b.body !== undefined && !b.prelude.startsWith('@'))
    .flatMap((b) => [...b.body!.matchAll(/animation(?:-name)?\s*:([^;]*)/g)].map((m) => m[1]!))
    .join(' ');
  return kept
    .filter((b) => {
      const name = KEYFRAMES.exec(b.prelude)?.[1];
      return name === undefined || new RegExp(`(^|[\\s,])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s,])`).test(animations);
    })
    .map(serialise)
    .join('');
}

async function trimBlocks(blocks: Block[], test: SelectorTester): Promise<Block[]> {
  const rules = blocks.filter((b) => b.body !== undefined && !b.prelude.startsWith('@'));
  const selectors = rules.flatMap((b) => splitSelectors(b.prelude));
  const answers = await test(selectors.map(testableSelector));
  if (answers.length !== selectors.length) throw new Error('diagram-trim: the selector tester answered the wrong number of selectors');
  const matches = new Map<string, boolean>();
  selectors.forEach((s, i) => matches.set(s, (matches.get(s) ?? false) || answers[i]!));
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.body === undefined) {
      out.push(b);
    } else if (/^@(?:media|supports|layer|container)\b/.test(b.prelude)) {
      // Conditional group: trim what is inside, drop it when nothing is left.
      const inner = await trimBlocks(parseBlocks(b.body), test);
      if (inner.length > 0) out.push({ prelude: b.prelude, body: inner.map(serialise).join('') });
    } else if (b.prelude.startsWith('@')) {
      out.push(b); // @keyframes (judged by the caller), @font-face and the like
    } else {
      const keep = splitSelectors(b.prelude).filter((s) => matches.get(s));
      if (keep.length > 0) out.push({ prelude: keep.join(','), body: b.body });
    }
  }
  return out;
}
