// The chapters' sentences that report what the essay says must show the essay's number whichever model
// the reader picked: with "Numbers from: measurements" on, "The essay estimates this at ~2 GB" would
// put a measured value in the essay's mouth. Such a figure carries model="essay" (Figure.astro).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figure } from '../../src/engine/figures';
import { RULES } from '../../src/engine/rules.data';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';

const content = join(import.meta.dirname, '../../content');
const FIGURE_TAG = /<Figure id="([^"]+)"(?: model="([a-z]+)")? \/>/g;

/** Sentences (and table cells) of a chapter, with their line numbers. */
function sentences(file: string): { line: number; text: string }[] {
  return readFileSync(join(content, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => line.split(/(?<=[.!?])\s+(?=[A-Z<*])/).map((text) => ({ line: i + 1, text })));
}

/** Figures in sentences about the essay whose text differs between the models and is not pinned. */
function unpinnedInEssaySentences(file: string): string[] {
  const found: string[] = [];
  for (const { line, text } of sentences(file)) {
    if (!/\bessay\b/i.test(text)) continue;
    for (const [, id, model] of text.matchAll(FIGURE_TAG)) {
      if (!id || model) continue;
      const essay = figure(id, { ...DEFAULT_SCENARIO, model: 'essay' }).text;
      const measured = figure(id, { ...DEFAULT_SCENARIO, model: 'measured' }).text;
      if (essay !== measured) found.push(`${file}:${line} ${id} (essay ${essay}, measured ${measured})`);
    }
  }
  return found;
}

describe('what the essay says stays the essay’s', () => {
  const chapters = readdirSync(content).filter((f) => f.endsWith('.mdx'));

  it('reads every chapter', () => {
    expect(chapters.length).toBe(7);
  });

  it.each(chapters)('%s: a model-dependent figure in a sentence about the essay is pinned to it', (file) => {
    expect(unpinnedInEssaySentences(file)).toEqual([]);
  });
});

describe('a rule card’s essay numbers', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('rule %i: pinned through `essay`, never by a label alone', (_, rule) => {
    for (const id of rule.essay ?? []) expect(rule.figures).toContain(id);
    // RuleCard writes "(the essay’s own number)" after the label of every pinned figure; a label saying it by itself
    // would mark a number that still follows the reader's model.
    for (const label of Object.values(rule.labels ?? {})) expect(label).not.toMatch(/\bessay\b/i);
  });
});
