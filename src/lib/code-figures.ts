/**
 * Code that follows the reader's scenario (issue 17). A code cell writes `{{scenario.dim}}` where the
 * reader's number belongs. The build puts the essay's value there, written as Python writes it
 * (`312_000`), and marks that token as a prose figure with `data-as="code"`: the live repaint
 * (src/client/live-figures.ts) then rewrites it with everything else on the page, and "Copy code"
 * copies the reader's numbers. Used by components/Cell.astro.
 */
import type { ShikiTransformer } from 'shiki';
import { figureElement } from '../engine/figure-element';
import { figure } from '../engine/figures';
import { DEFAULT_SCENARIO } from '../engine/scenario';

const MARKER = /\{\{([a-z0-9.-]+)\}\}/g;

interface Slot {
  id: string;
  offset: number;
  text: string;
  attrs: Record<string, string>;
}

export interface LiveCode {
  /** The code with the essay's values in place of the markers. */
  code: string;
  /** Marks each value's token as a figure; fails the build when a value is not one token. */
  transformer: ShikiTransformer;
}

export function liveCode(source: string): LiveCode {
  const slots: Slot[] = [];
  let code = '';
  let last = 0;
  for (const m of source.matchAll(MARKER)) {
    code += source.slice(last, m.index);
    const id = m[1]!;
    const { attrs, text } = figureElement(figure(id, DEFAULT_SCENARIO), {}, 'code');
    const set = Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined));
    slots.push({ id, offset: code.length, text, attrs: { 'data-prose': '', ...set } });
    code += text;
    last = m.index + m[0].length;
  }
  code += source.slice(last);
  const marked = new Set<Slot>();
  const transformer: ShikiTransformer = {
    name: 'handbook:code-figures',
    span(hast, _line, _col, _lineElement, token) {
      // Shiki merges spaces into a neighbouring token (" 1536"), so the value may sit inside a token
      // with whitespace around it; anything else beside it would make it part of a larger word.
      const slot = slots.find((x) => {
        const at = x.offset - token.offset;
        if (at < 0 || at + x.text.length > token.content.length || token.content.slice(at, at + x.text.length) !== x.text) return false;
        return (token.content.slice(0, at) + token.content.slice(at + x.text.length)).trim() === '';
      });
      if (!slot) return;
      const at = slot.offset - token.offset;
      const text = (value: string) => ({ type: 'text' as const, value });
      const before = token.content.slice(0, at);
      const after = token.content.slice(at + slot.text.length);
      // The figure is its own element inside the token, which keeps the token's colour.
      hast.children = [
        ...(before ? [text(before)] : []),
        { type: 'element', tagName: 'span', properties: { ...slot.attrs }, children: [text(slot.text)] },
        ...(after ? [text(after)] : []),
      ];
      marked.add(slot);
    },
    postprocess(html) {
      const missed = slots.filter((x) => !marked.has(x));
      if (missed.length > 0) {
        throw new Error(`Code cell: ${missed.map((x) => `{{${x.id}}} ("${x.text}")`).join(', ')} did not come out as one token, so it cannot follow the scenario.`);
      }
      return html;
    },
  };
  return { code, transformer };
}
