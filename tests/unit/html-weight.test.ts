// The build-time helpers that keep pages light: the diagram CSS trimmer (scripts/render-diagrams.ts),
// the code-token compactor (components/Cell.astro) and the per-page Content-Security-Policy.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { compactTokenStyles, TOKEN_CLASSES } from '../../src/lib/code-tokens';
import { policyFirst, trimPolicy } from '../../src/lib/csp-per-page.mjs';
import { parseBlocks, splitSelectors, testableSelector, trimDiagramCss } from '../../src/lib/diagram-trim';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sha = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

describe('diagram CSS trimming', () => {
  it('splits rules, statements and selector lists without breaking strings or brackets', () => {
    const blocks = parseBlocks('/* c */ @import "a;b.css"; #d .x,#d [id$="a,b"]{fill:red;} @keyframes k{from{a:1}to{a:2}}');
    expect(blocks.map((b) => b.prelude)).toEqual(['@import "a;b.css";', '#d .x,#d [id$="a,b"]', '@keyframes k']);
    expect(blocks[2]!.body).toBe('from{a:1}to{a:2}');
    expect(splitSelectors('#d .x, #d [id$="a,b"] path,#d :is(.a,.b)')).toEqual(['#d .x', '#d [id$="a,b"] path', '#d :is(.a,.b)']);
    expect(testableSelector('#d .node:hover')).toBe('#d .node');
    expect(testableSelector('#d .tip::before')).toBe('#d .tip');
    expect(testableSelector('#d > :focus')).toBe('#d');
  });

  it('keeps matching selectors in order, drops the rest and unused @keyframes', async () => {
    const css =
      '#d{font-size:16px;}@keyframes dash{to{a:0}}@keyframes spin{to{b:0}}' +
      '#d .used,#d .unused{fill:red;}#d .gone{fill:blue;}#d .anim{animation:dash 5s linear;}' +
      '@media (min-width:1px){#d .unused{x:1}#d .used{y:2}}';
    const exists = new Set(['#d', '#d .used', '#d .anim']);
    const out = await trimDiagramCss(css, async (sels) => sels.map((s) => exists.has(s)));
    expect(out).toBe('#d{font-size:16px;}@keyframes dash{to{a:0}}#d .used{fill:red;}#d .anim{animation:dash 5s linear;}@media (min-width:1px){#d .used{y:2}}');
  });

  it('committed diagrams keep exactly one <style>, with no rule for another diagram type', () => {
    const dir = resolve(ROOT, 'content/diagrams');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.svg'))) {
      const svg = readFileSync(resolve(dir, name), 'utf8');
      expect(svg.match(/<style[\s>]/g)?.length, name).toBe(1);
      expect(svg, name).not.toMatch(/edge-animation|mermaidTooltip|:root\{|-database"|-computer"|-clock"/);
    }
  });
});

describe('code token styles', () => {
  const themes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
  const sample = 'import numpy as np\n\ndef f(x, k=128):\n    """doc"""\n    return np.zeros(k) + x  # note\n';

  it('drops the block colour, classes known pairs and keeps the text', async () => {
    const plain = await codeToHtml(sample, { lang: 'python', themes, defaultColor: false });
    const compact = await codeToHtml(sample, { lang: 'python', themes, defaultColor: false, transformers: [compactTokenStyles] });
    expect(compact.length).toBeLessThan(plain.length * 0.6);
    const text = (html: string) => html.replace(/<[^>]+>/g, '');
    expect(text(compact)).toBe(text(plain));
    // Every token style the plain output has is either gone (block colour), a class, or still inline.
    const block = /<pre[^>]*style="--shiki-light:([^;]+);--shiki-dark:([^;]+);/.exec(plain)!;
    const ownPair = `${block[1]}/${block[2]}`.toLowerCase();
    for (const m of plain.matchAll(/<span style="--shiki-light:([^;"]+);--shiki-dark:([^;"]+)">/g)) {
      const pair = `${m[1]}/${m[2]}`.toLowerCase();
      if (pair !== ownPair && !TOKEN_CLASSES[pair]) expect(compact).toContain(m[0]);
    }
    expect(compact).not.toMatch(/<span>/);
    expect(compact).toMatch(/class="t-k"/);
  });

  it('every class has its colours in Cell.astro', () => {
    const cell = readFileSync(resolve(ROOT, 'components/Cell.astro'), 'utf8');
    for (const [pair, cls] of Object.entries(TOKEN_CLASSES)) {
      const [light, dark] = pair.split('/');
      expect(cell, cls).toContain(`.astro-code .${cls} { --shiki-light: ${light}; --shiki-dark: ${dark}; }`);
    }
  });
});

describe('per-page Content-Security-Policy', () => {
  const script = '(function(){document.title="x"})();';
  const style = 'a>b{color:red}';
  const policy = (extra: string) =>
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha(script)}' '${sha('unused()')}'${extra}; style-src-elem 'self' '${sha(style)}' '${sha('.unused{}')}'; img-src 'self' data:`;

  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    // The style sits in inline SVG, where the browser hashes its text after decoding character references.
    const html = `<script>${script}</script><script type="module" src="/a.js"></script><svg><style>a&gt;b{color:red}</style></svg>`;
    expect(trimPolicy(policy(''), html)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha(script)}'; style-src-elem 'self' '${sha(style)}'; img-src 'self' data:`,
    );
  });

  it('leaves a policy alone when every hash is used', () => {
    const html = `<script>${script}</script><script>unused()</script><style>${style}</style><style>.unused{}</style>`;
    expect(trimPolicy(policy(''), html)).toBe(policy(''));
  });

  it('moves the policy right after the charset, ahead of the inline font style', () => {
    const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
    const head = (inner: string) => `<!DOCTYPE html><html><head>${inner}</head><body></body></html>`;
    const built = head(`<meta charset="utf-8"><title>t</title><style>@font-face{}</style>${meta}<link rel="stylesheet" href="/a.css">`);
    expect(policyFirst(built)).toBe(head(`<meta charset="utf-8">${meta}<title>t</title><style>@font-face{}</style><link rel="stylesheet" href="/a.css">`));
    // Already first, or no policy at all: unchanged.
    expect(policyFirst(policyFirst(built))).toBe(policyFirst(built));
    expect(policyFirst(head('<meta charset="utf-8"><style>a{}</style>'))).toBe(head('<meta charset="utf-8"><style>a{}</style>'));
  });
});
