// The per-chapter registries a widget downloads, and the on-demand loader behind prose figures, must
// hold every figure the full registry has for them, or a reader's browser would throw on a missing id.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';
import { FIGURE_ALIASES, FIGURE_IDS, figure, figuresOfChapter, type FigureChapter } from '../../src/engine/figures';
import type { FigureRegistry } from '../../src/engine/figure-registry';
import { BUDGET_REGISTRY } from '../../src/engine/registry/budget';
import { JVM_REGISTRY } from '../../src/engine/registry/jvm';
import { NODES_REGISTRY } from '../../src/engine/registry/nodes';
import { PLAN_REGISTRY } from '../../src/engine/registry/plan';
import { PYTHON_REGISTRY } from '../../src/engine/registry/python-objects';
import { SPLIT_REGISTRY } from '../../src/engine/registry/split';
import { TOPANDAS_REGISTRY } from '../../src/engine/registry/topandas';
import { SPEC_LOADERS, prefixOf, registryFor } from '../../src/engine/registry/prose';
import { STORAGE_KINDS } from '../../src/engine/python-objects';

const CHAPTER_REGISTRIES: [FigureChapter, FigureRegistry][] = [
  ['split', SPLIT_REGISTRY],
  ['jvm', JVM_REGISTRY],
  ['topandas', TOPANDAS_REGISTRY],
  ['nodes', NODES_REGISTRY],
  ['budget', BUDGET_REGISTRY],
];

describe('chapter registries', () => {
  // The rules' figures belong to the budget chapter's prose and rule cards, which no widget renders.
  it.each(CHAPTER_REGISTRIES)('%s holds its chapter and the shared scenario figures, with the same values', (chapter, reg) => {
    const own = figuresOfChapter(chapter).filter((id) => !id.startsWith('rules.'));
    const wanted = [...own, ...figuresOfChapter('shared').filter((id) => id.startsWith('scenario.'))];
    expect(wanted.length).toBeGreaterThan(3);
    for (const id of wanted) {
      expect(reg.has(id), id).toBe(true);
      expect(reg.figure(id, DEFAULT_SCENARIO)).toEqual(figure(id, DEFAULT_SCENARIO));
    }
  });

  // Chapter 3's one widget, Bytes per float, shows every storage layout's four numbers and the measured
  // list-over-float32 ratio; the chapter's other figures are prose only, so its registry leaves them out.
  it('python-objects holds what Bytes per float shows, with the same values', () => {
    const metrics = ['per-element', 'per-row', 'total', 'ratio'];
    const wanted = [
      ...STORAGE_KINDS.flatMap(({ kind }) => metrics.map((m) => `python.storage.${kind}.${m}`)),
      'python.list-vs-f32-rss',
      ...figuresOfChapter('shared').filter((id) => id.startsWith('scenario.')),
    ];
    expect(wanted.length).toBeGreaterThan(28);
    for (const id of wanted) {
      expect(PYTHON_REGISTRY.has(id), id).toBe(true);
      expect(PYTHON_REGISTRY.figure(id, DEFAULT_SCENARIO)).toEqual(figure(id, DEFAULT_SCENARIO));
    }
  });

  it('the planner registry holds every plan figure', () => {
    const plan = FIGURE_IDS.filter((id) => id.startsWith('plan.'));
    expect(plan.length).toBeGreaterThan(5);
    for (const id of plan) expect(PLAN_REGISTRY.has(id), id).toBe(true);
  });

  it('throws on an id it does not hold, naming it', () => {
    expect(() => SPLIT_REGISTRY.figure('budget.pca-unchunked', DEFAULT_SCENARIO)).toThrow(/budget\.pca-unchunked/);
  });
});

describe('prose loader', () => {
  it('has a loader for every id prefix, and each loader holds exactly its prefix', async () => {
    const prefixes = new Set(FIGURE_IDS.map(prefixOf));
    expect(new Set(Object.keys(SPEC_LOADERS))).toEqual(prefixes);
    for (const p of prefixes) {
      const ids = (await SPEC_LOADERS[p]!()).map((s) => s.id);
      expect(ids.sort()).toEqual(FIGURE_IDS.filter((id) => prefixOf(id) === p).sort());
    }
  });

  it('loads what the quoted ids need, aliases included, and ignores unknown ones', async () => {
    const reg = await registryFor(['split.node-ram', 'topandas.tolist-f64', 'nonsense.id', '']);
    expect(reg.figure('topandas.tolist-f64', DEFAULT_SCENARIO).value).toBe(figure(FIGURE_ALIASES['topandas.tolist-f64']!, DEFAULT_SCENARIO).value);
    expect(reg.has('split.node-ram')).toBe(true);
    expect(reg.has('nonsense.id')).toBe(false);
    expect(reg.has('jvm.heap-gb')).toBe(false);
  });
});
