// Figures the rules of thumb quote (budget chapter, rule pages). Apart from the instance table so a
// widget that shows node types does not download the rules' text.
import { ESSAY_PYTHON_SHARE, ESSAY_PY_FLOAT_BYTES } from './essay.data';
import { DEC, SIG, fig, type AnyFigureSpec } from './figure-spec';
import { chunkPeakBytes } from './pca';
import { listsRssPerRow, numpyPerRow } from './python-objects';
import { RULES } from './rules.data';
import { MB, dtypeBytes } from './units';

export const RULE_FIGURES = {
  // The rules the essay closes with; the handbook adds its own after them (rules.total counts all).
  count: fig({
    id: 'rules.count', chapter: 'budget', unit: 'rules', estimate: false,
    compute: () => RULES.filter((r) => !r.handbook).length,
  }),
  total: fig({
    id: 'rules.total', chapter: 'budget', unit: 'rules', estimate: false,
    compute: () => RULES.length,
  }),
  pythonShare: fig({
    id: 'rules.python-share', chapter: 'budget', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    compute: () => ({ min: 100 * ESSAY_PYTHON_SHARE.min, max: 100 * ESSAY_PYTHON_SHARE.max }),
  }),
  listVsNumpy: fig({
    id: 'rules.list-vs-numpy', chapter: 'budget', unit: 'x', estimate: false, rounding: DEC(1),
    compute: (s) => {
      const d = Math.max(1, s.dim);
      const list = s.model === 'essay' ? ESSAY_PY_FLOAT_BYTES * d : listsRssPerRow(d);
      return list / numpyPerRow(d, s.dtype);
    },
  }),
  chunk: fig({
    id: 'rules.chunk', chapter: 'budget', unit: 'MB', estimate: false, rounding: SIG(1),
    compute: (s) => chunkPeakBytes(s) / MB,
  }),
  f32Halves: fig({
    id: 'rules.f32-halves', chapter: 'budget', unit: 'x', estimate: false, rounding: DEC(1),
    compute: () => dtypeBytes('f32') / dtypeBytes('f64'),
  }),
} satisfies Record<string, AnyFigureSpec>;
