// Ids are how prose, rule cards and links name a figure; widgets hold specs. These tests hold the two
// views together: the ids a spec publishes never depend on the scenario, the on-demand loader behind
// prose figures has every id, and a widget asking a spec gets exactly what a page asking the id gets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/engine/figure-registry';
import { figureValue, type AnyFigureSpec } from '../../src/engine/figure-spec';
import { ALL_SPECS, FIGURE_ALIASES, FIGURE_IDS, figure } from '../../src/engine/figures';
import { BUDGET_FIGURES } from '../../src/engine/figures-budget';
import { PLAN_FIGURES } from '../../src/engine/figures-plan';
import { SPLIT_FIGURES } from '../../src/engine/figures-split';
import { SPEC_LOADERS, prefixOf, registryFor } from '../../src/engine/registry/prose';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/engine/scenario';
import { GB } from '../../src/engine/units';
import { scenarioArb } from './arbitraries';

const publishedIds = (specs: readonly AnyFigureSpec[], s: Scenario): string[] => specs.flatMap((spec) => spec.published(s).map((p: unknown) => spec.idOf(p)));

describe('figure specs', () => {
  it('publish the same ids, in the same order, under every scenario', () => {
    const atDefault = publishedIds(ALL_SPECS, DEFAULT_SCENARIO);
    expect(atDefault).toEqual([...FIGURE_IDS]);
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(publishedIds(ALL_SPECS, s)).toEqual(atDefault);
      }),
      { numRuns: 40 },
    );
  });

  it('give a widget the value a page gets by id, for every published parameter set', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const spec of ALL_SPECS) {
          for (const p of spec.published(s)) {
            const id = spec.idOf(p);
            expect(figureValue(spec, s, p), id).toEqual(figure(id, s));
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('take parameters a page never publishes (a ledger the reader edited, an option pair not shown)', () => {
    const edited = figureValue(BUDGET_FIGURES.metadata, DEFAULT_SCENARIO, { overrides: { metadata: 3 * GB }, options: {} });
    // Another number than the model's line, so another id than the one pages publish.
    expect(edited.id).toBe('budget.metadata-edited');
    expect(edited.value).toBe(3);
    const plan = figureValue(PLAN_FIGURES.peak, DEFAULT_SCENARIO, { pipeline: 'stream', pca: 'chunked' });
    expect(plan.id).toBe('plan.stream.chunked.peak');
    expect(plan).toEqual(figure('plan.stream.chunked.peak', DEFAULT_SCENARIO));
  });

  it('refuse an id defined twice', () => {
    expect(() => createRegistry([SPLIT_FIGURES.nodeRam, SPLIT_FIGURES.nodeRam])).toThrow(/split\.node-ram/);
  });
});

describe('prose loader', () => {
  it('has a loader for every id prefix, and each loader holds exactly its prefix', async () => {
    const prefixes = new Set(FIGURE_IDS.map(prefixOf));
    expect(new Set(Object.keys(SPEC_LOADERS))).toEqual(prefixes);
    for (const p of prefixes) {
      const ids = createRegistry(await SPEC_LOADERS[p]!()).ids;
      expect([...ids].sort()).toEqual(FIGURE_IDS.filter((id) => prefixOf(id) === p).sort());
    }
  });

  it('loads what the quoted ids need, aliases included, and ignores unknown ones', async () => {
    const reg = await registryFor(['split.node-ram', 'topandas.tolist-f64', 'nonsense.id', '']);
    expect(reg.figure('topandas.tolist-f64', DEFAULT_SCENARIO).value).toBe(figure(FIGURE_ALIASES['topandas.tolist-f64']!, DEFAULT_SCENARIO).value);
    expect(reg.has('split.node-ram')).toBe(true);
    expect(reg.has('nonsense.id')).toBe(false);
    expect(reg.has('jvm.heap-gb')).toBe(false);
  });

  it('throws on an id it does not hold, naming it', async () => {
    const reg = await registryFor(['split.node-ram']);
    expect(() => reg.figure('budget.pca-unchunked', DEFAULT_SCENARIO)).toThrow(/budget\.pca-unchunked/);
  });
});
