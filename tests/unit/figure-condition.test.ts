// The conditions that pick one of two sentences (components/When.astro). Values are written out here.
import { describe, expect, it } from 'vitest';
import { conditionAttrs, holds } from '../../src/engine/figure-condition';
import type { FigureValue } from '../../src/engine/figure-spec';

const v = (value: number | undefined, range?: { min: number; max: number }): FigureValue => ({ id: 'x.y', unit: 'GB', value, ...range, text: '', estimate: false });

describe('holds', () => {
  it('positive is strictly above zero; zero is zero or below', () => {
    expect([holds(v(0.001), 'positive'), holds(v(0), 'positive'), holds(v(-1), 'positive')]).toEqual([true, false, false]);
    expect([holds(v(0.001), 'zero'), holds(v(0), 'zero'), holds(v(-1), 'zero')]).toEqual([false, true, true]);
  });

  it('judges a range by its upper end, and a missing value as zero', () => {
    expect(holds(v(undefined, { min: 0, max: 2 }), 'positive')).toBe(true);
    expect(holds(v(undefined), 'zero')).toBe(true);
  });

  it('an unknown condition never hides a sentence', () => {
    expect(holds(v(0), 'negative')).toBe(true);
    expect(holds(v(0), undefined)).toBe(true);
  });

  it('the attributes name the figure and hide the branch that does not hold', () => {
    expect(conditionAttrs(v(3), 'zero', 'essay')).toEqual({ 'data-when-figure': 'x.y', 'data-when': 'zero', 'data-model': 'essay', hidden: true });
    expect(conditionAttrs(v(3), 'positive').hidden).toBe(false);
  });
});
