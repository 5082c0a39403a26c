/**
 * The prose of a page as sentences, with its live figures as placeholders (⟦id#n⟧) and each figure's
 * value, model and dtype, for the tests that hold every sentence true at every scenario.
 */
import type { Page } from '@playwright/test';

export interface Sentence {
  text: string;
  /** Keys (`id#n`) of the figures in the sentence; the text holds them as ⟦key⟧. */
  figures: string[];
}

export interface Reading {
  sentences: Sentence[];
  values: Record<string, string>;
}

/** Reads every visible sentence of `main`, with its figures as placeholders, and every figure's value. */
export async function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const BLOCKS = 'p, li, td, th, dd, dt, caption, figcaption, h1, h2, h3, h4, summary, .field-help';
    const SKIP = 'pre, code, kbd, script, style, svg, template, [data-scenario-notice], .visually-hidden';
    const main = document.querySelector('main')!;
    const seen = new Map<string, number>();
    const keyOf = new Map<Element, string>();
    const values: Record<string, string> = {};
    for (const el of main.querySelectorAll('[data-figure]')) {
      const id = el.getAttribute('data-figure')!;
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      const key = `${id}#${n}`;
      keyOf.set(el, key);
      values[key] = ['data-value', 'data-min', 'data-max', 'data-model', 'data-dtype', 'data-unit'].map((a) => el.getAttribute(a) ?? '').join('|');
    }
    const sentences: { text: string; figures: string[] }[] = [];
    const blocks = [...main.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS) && !b.closest(SKIP) && (b as HTMLElement).checkVisibility());
    for (const block of blocks) {
      let text = '';
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          text += node.textContent ?? '';
          return;
        }
        if (!(node instanceof Element)) return;
        if (node.matches(SKIP) || !(node as HTMLElement).checkVisibility()) return;
        const key = keyOf.get(node);
        if (key) {
          text += `⟦${key}⟧`;
          return;
        }
        // Words the widget computed (the scenario's node or dtype, the node recommended) are live text.
        if (node.matches('[data-node], [data-recommended], [data-live]')) {
          text += '⟦node⟧';
          return;
        }
        node.childNodes.forEach(walk);
      };
      block.childNodes.forEach(walk);
      // A sentence ends at . ! or ? followed by a space and a capital, a quote or a figure.
      for (const part of text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z“"(⟦])/)) {
        const figures = [...part.matchAll(/⟦([^⟧]+)⟧/g)].map((m) => m[1]!).filter((k) => k !== 'node');
        if (figures.length > 0) sentences.push({ text: part.trim(), figures });
      }
    }
    return { sentences, values };
  });
}

