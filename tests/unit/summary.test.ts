// The scenario named in words: the bar's summary line and a copied link's title say every cluster
// setting the reader changed, so a reviewer reading only the link's title knows what it shows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';
import { scenarioSummary, scenarioTag } from '../../src/engine/summary';

describe('scenario in words', () => {
  it('names nothing extra for the essay’s cluster', () => {
    expect(scenarioTag(DEFAULT_SCENARIO)).toBe('DS4_v2, 312K × 1,536 f32');
  });
  it('names compute, calibration, notebooks and maxResultSize when changed, in the title and the summary', () => {
    const s = { ...DEFAULT_SCENARIO, compute: 'serverless' as const, heap: 14.31, notebooks: 3, maxresult: 0 };
    for (const text of [scenarioTag(s), scenarioSummary(s)]) {
      expect(text).toContain('serverless');
      expect(text).toContain('calibrated driver (heap 14.3 GB)');
      expect(text).toContain('3 notebooks attached');
      expect(text).toContain('no result-size limit');
    }
  });
});
