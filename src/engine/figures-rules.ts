// Figures the rules of thumb quote (budget chapter, rule pages). Apart from the instance table so a
// widget that shows node types does not download the rules' text.
import { ESSAY_PYTHON_SHARE, ESSAY_PY_FLOAT_BYTES } from './essay.data';
import { DEC, SIG, type FigureSpec } from './figure-spec';
import { chunkPeakBytes } from './pca';
import { listsRssPerRow, numpyPerRow } from './python-objects';
import { RULES } from './rules.data';
import { MB, dtypeBytes } from './units';

export const RULE_FIGURES: readonly FigureSpec[] = [
  {
    id: 'rules.count', chapter: 'budget', unit: 'rules', estimate: false,
    meaning: 'Rules of thumb.',
    compute: () => RULES.length,
  },
  {
    id: 'rules.python-share', chapter: 'budget', unit: '%', estimate: true, approx: true, rounding: DEC(0),
    meaning: "Rule 1: Python's share of node RAM.",
    compute: () => ({ min: 100 * ESSAY_PYTHON_SHARE.min, max: 100 * ESSAY_PYTHON_SHARE.max }),
  },
  {
    id: 'rules.list-vs-numpy', chapter: 'budget', unit: 'x', estimate: false, rounding: DEC(1),
    meaning: "Rule 3: list of floats over numpy in the scenario's dtype (essay 28 B ÷ 4 B = 7×; measured resident ≈10×).",
    compute: (s) => {
      const d = Math.max(1, s.dim);
      const list = s.model === 'essay' ? ESSAY_PY_FLOAT_BYTES * d : listsRssPerRow(d);
      return list / numpyPerRow(d, s.dtype);
    },
  },
  {
    id: 'rules.chunk', chapter: 'budget', unit: 'MB', estimate: false, rounding: SIG(1),
    meaning: 'Rule 5: one chunk of chunk × dim f64 (same number as budget.pca-chunk-peak).',
    compute: (s) => chunkPeakBytes(s) / MB,
  },
  {
    id: 'rules.f32-halves', chapter: 'budget', unit: 'x', estimate: false, rounding: DEC(1),
    meaning: 'Rule 6: float32 size over float64.',
    compute: () => dtypeBytes('f32') / dtypeBytes('f64'),
  },
];
