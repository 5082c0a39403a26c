import { describe, expect, it } from 'vitest';
import { budgetLedger } from '../../src/engine/budget';
import { CHAPTER_SLUGS } from '../../src/engine/chapters';
import { clusterLoad, OPERATIONS } from '../../src/engine/cluster';
import { ERRATA, errataValues } from '../../src/engine/errata';
import { FIGURE_ALIASES, FIGURE_IDS, FIGURE_META, figure, hasFigure } from '../../src/engine/figures';
import { INSTANCES } from '../../src/engine/instances.data';
import { instanceRowById, instanceTable } from '../../src/engine/instances';
import { jvmBreakdown, nodeSplit, nodeStack, pythonShareRule, scenarioStack, threadStacks } from '../../src/engine/node-split';
import { chunkPeakBytes, largestFittingChunk, reducedBytes, unchunkedBytes } from '../../src/engine/pca';
import { listCapacity, storageTable } from '../../src/engine/python-objects';
import { RULES } from '../../src/engine/rules.data';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/engine/scenario';
import { driverOverhead, heapForContainer, sparkDefaultSplit, unifiedLayout } from '../../src/engine/spark-defaults';
import { jvmShareGate, resultSizeGate } from '../../src/engine/gates';
import { ASSUMPTIONS } from '../../src/engine/assumptions';
import type { Source } from '../../src/engine/evidence';
import { otherNotebooksBytes, pythonRoomBytes } from '../../src/engine/python-baseline';
import { streamingPeak } from '../../src/engine/streaming';
import { TOPANDAS_STEPS, collectTimeline } from '../../src/engine/topandas';
import { GB, GiB, MB, MiB } from '../../src/engine/units';
import { FIGURES_FIXTURE, relDiff } from '../fixtures/readers';

const S = DEFAULT_SCENARIO;
const measured: Scenario = { ...S, model: 'measured' };

describe('node split', () => {
  it('the essay diagram for 28 GB, and linear scaling', () => {
    const n = nodeSplit(28);
    expect(n.jvm).toEqual({ min: 14 * GB, max: 16 * GB });
    expect(n.pythonTypical).toBeCloseTo(12 * GB, 0);
    const big = nodeSplit(56);
    expect(big.pythonTypical).toBeCloseTo(24 * GB, 0);
  });

  it('the stacked bar sums to the node', () => {
    for (const ram of [14, 28, 64, 0.5]) {
      const total = nodeStack(ram).reduce((t, x) => t + x.bytes, 0);
      expect(relDiff(total, ram * GB)).toBeLessThan(1e-12);
    }
  });

  it('a calibrated driver’s bar sums to the node too, with what its kernel does not give it apart', () => {
    const S = { ramGB: 28, heap: 4, overhead: 1 };
    for (const avail of [0, 20, 28]) {
      const stack = scenarioStack({ ...S, avail });
      expect(relDiff(stack.reduce((t, x) => t + x.bytes, 0), 28 * GB)).toBeLessThan(1e-12);
      expect(stack.find((x) => x.key === 'outside')?.bytes ?? 0).toBeCloseTo(avail > 0 ? (28 - avail) * GB : 0, 0);
    }
  });

  it('60/15/25, thread stacks, rule 1', () => {
    expect(jvmBreakdown(16 * GB)).toEqual({ heap: 9.6 * GB, offHeap: 2.4 * GB, overhead: 4 * GB });
    expect(threadStacks(300)).toBe(300 * MB);
    expect(threadStacks(-3)).toBe(0);
    expect(threadStacks(Number.NaN)).toBe(0);
    const rule = pythonShareRule(28);
    expect(rule.min / GB).toBeCloseTo(11.2, 9);
    expect(rule.max / GB).toBeCloseTo(12.6, 9);
  });
});

describe('Spark defaults', () => {
  it('overhead is max(384 MiB, 10 %)', () => {
    expect(driverOverhead(1 * GiB)).toBe(384 * MiB);
    expect(driverOverhead(10 * GiB)).toBeCloseTo(1 * GiB, 0);
  });

  it('heapForContainer inverts heap + overhead', () => {
    for (const c of [1 * GiB, 4 * GiB, 4224 * MiB, 14 * GB, 100 * GB]) {
      const h = heapForContainer(c);
      expect(h + driverOverhead(h)).toBeCloseTo(c, 0);
    }
  });

  it('unified memory is 0.6 of (heap − 300 MiB), half of it storage', () => {
    const u = unifiedLayout(4 * GiB);
    expect(u.unified).toBeCloseTo(0.6 * (4 * GiB - 300 * MiB), 3);
    expect(u.storage).toBeCloseTo(u.unified / 2, 3);
    expect(u.user + u.unified + u.reserved).toBeCloseTo(4 * GiB, 3);
    expect(sparkDefaultSplit(16 * GB).offHeap).toBe(0);
  });
});

describe('PCA', () => {
  it('chunk, unchunked, reduced, largest chunk', () => {
    expect(chunkPeakBytes(S)).toBe(614_400_000);
    expect(unchunkedBytes(S)).toBe(3_833_856_000);
    expect(chunkPeakBytes({ ...S, chunk: 1e9 })).toBe(unchunkedBytes(S));
    expect(reducedBytes({ ...S, reduced: 99_999 })).toBe(unchunkedBytes(S));
    expect(largestFittingChunk(614_400_000, S)).toBe(50_000);
    expect(largestFittingChunk(-1, S)).toBe(0);
    expect(largestFittingChunk(1e15, S)).toBe(S.rows);
  });
});

describe('budget ledger', () => {
  it('the essay ledger: 12 − 1.9 − 0.1 − 0.5 ≈ 9.5 GB', () => {
    const l = budgetLedger(S);
    expect(l.remaining / GB).toBeCloseTo(9.483, 3);
    expect(l.warning).toBe(false);
    expect(l.afterPca).toBeCloseTo(l.remaining - 614_400_000, 0);
  });

  it('goes negative with a warning when the embeddings do not fit; the figure floors at 0', () => {
    const big: Scenario = { ...S, rows: 5_000_000 };
    const l = budgetLedger(big);
    expect(l.remaining).toBeLessThan(0);
    expect(l.warning).toBe(true);
    expect(figure('budget.remaining', big).value).toBe(0);
    expect(figure('budget.shortfall', big).value).toBeCloseTo(-l.remaining / GB, 9);
  });

  it('overrides replace lines; bad overrides are ignored', () => {
    const l = budgetLedger(S, { available: 20 * GB, metadata: Number.NaN, interpreter: -1 });
    expect(l.lines.find((x) => x.id === 'available')).toMatchObject({ bytes: 20 * GB, overridden: true });
    expect(l.lines.find((x) => x.id === 'metadata')?.overridden).toBe(false);
    expect(l.lines.find((x) => x.id === 'interpreter')?.bytes).toBe(0.5 * GB);
  });
});

describe('toPandas and streaming', () => {
  it('four steps, and the essay peak spans both runtimes', () => {
    const t = collectTimeline(S);
    expect(t.steps.map((x) => x.id)).toEqual(TOPANDAS_STEPS.map((x) => x.id));
    expect(t.peak.id).toBe('convert');
    expect(t.peak.jvm).toBeGreaterThan(0);
    expect(t.peak.python).toBeGreaterThan(0);
  });

  it('measured: the Arrow path peaks in Python at conversion; Arrow off is far worse', () => {
    expect(collectTimeline(measured, 'arrow').peak.id).toBe('convert');
    expect(collectTimeline(measured, 'arrow-off').peakWithStack.total).toBeGreaterThan(5 * collectTimeline(measured, 'arrow').peakWithStack.total);
  });

  it('streaming: fewer partitions raise the peak; prefetch holds two', () => {
    const few = streamingPeak({ ...S, partitions: 4 });
    const many = streamingPeak({ ...S, partitions: 320 });
    expect(few.total).toBeGreaterThan(many.total);
    const pre = streamingPeak(S, { prefetch: true });
    expect(pre.partitionsHeld).toBe(2);
    expect(pre.pythonPartition).toBeCloseTo(2 * streamingPeak(S).pythonPartition, 0);
    expect(streamingPeak({ ...S, partitions: 1 }, { prefetch: true }).partitionsHeld).toBe(1);
  });
});

describe('cluster', () => {
  it('toPandas lands on the driver whatever the executor count', () => {
    const c = clusterLoad(S, 'toPandas', 8);
    expect(c.nodes).toHaveLength(9);
    expect(c.nodes.filter((n) => n.role === 'executor').every((n) => n.pythonUsed === 0)).toBe(true);
    expect(c.nodes[0]?.pythonUsed).toBeGreaterThan(0);
  });

  it('mapInPandas spreads over executors; single node runs it on the driver', () => {
    const multi = clusterLoad(S, 'mapInPandas', 2);
    expect(multi.nodes[0]?.pythonUsed).toBe(0);
    expect(multi.nodes[1]?.pythonUsed).toBeGreaterThan(0);
    const single = clusterLoad(S, 'mapInPandas', 0);
    expect(single.nodes).toHaveLength(1);
    expect(single.nodes[0]?.pythonUsed).toBeGreaterThan(0);
  });

  it('names the node that runs out first', () => {
    expect(clusterLoad(S, 'toPandas').firstToRunOut).toBeUndefined();
    expect(clusterLoad({ ...S, rows: 3_000_000 }, 'toPandas').firstToRunOut).toBe('Driver');
    for (const op of OPERATIONS) expect(() => clusterLoad(S, op.id, Number.NaN)).not.toThrow();
  });
});

describe('instances', () => {
  it("the essay's five rows and the catalogue", () => {
    expect(instanceTable(S, 'essay')).toHaveLength(5);
    expect(INSTANCES.length).toBeGreaterThan(5);
    const ds4 = instanceRowById('Standard_DS4_v2', S);
    expect(ds4?.ceilingRows.min).toBe(Math.floor(12e9 / 6144));
    expect(ds4?.practicalRows.min).toBe(Math.floor(Math.floor(12e9 / 6144) * 0.4));
    expect(ds4?.fits).toBe(true);
    // DS3_v2: 14 × 12/28 = 6 GB holds floor(6e9 / 6144) = 976,562 rows of 1536 float32.
    expect(instanceRowById('Standard_DS3_v2', { ...S, rows: 976_562 })?.fits).toBe(true);
    expect(instanceRowById('Standard_DS3_v2', { ...S, rows: 976_563 })?.fits).toBe(false);
    expect(instanceRowById('nope', S)).toBeUndefined();
  });

  it('float lists and arrays in the storage table', () => {
    const t = storageTable(S.rows, S.dim, 'essay');
    expect(t.find((x) => x.kind === 'list')?.ratioToF32).toBe(7);
    expect(t.find((x) => x.kind === 'numpy-f16')?.ratioToF32).toBe(0.5);
  });

  it("CPython's list over-allocation", () => {
    // Capacities sys.getsizeof shows for comprehension-built lists on CPython 3.9+.
    expect([1, 5, 10, 100, 1000, 1536, 4096].map(listCapacity)).toEqual([4, 8, 16, 108, 1100, 1584, 4124]);
    expect(listCapacity(0)).toBe(0);
  });
});

describe('rules of thumb', () => {
  it('the essay’s eight rules and the handbook’s two, with permanent ids 1–10 and unique slugs', () => {
    expect(RULES.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(RULES.map((r) => r.slug)).size).toBe(10);
    expect(RULES.filter((r) => r.handbook).map((r) => r.id)).toEqual([9, 10]);
    for (const r of RULES) {
      expect(r.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CHAPTER_SLUGS).toContain(r.chapter);
      expect(r.figures.length).toBeGreaterThan(0);
      for (const id of r.figures) expect(hasFigure(id), `${r.slug}: ${id}`).toBe(true);
    }
    // rules.count is the essay's (a golden figure); rules.total counts the handbook's too.
    expect(figure('rules.count', S).value).toBe(8);
    expect(figure('rules.total', S).value).toBe(10);
  });
});

describe('registry', () => {
  it('ids are unique, namespaced by chapter or topic, and documented', () => {
    expect(new Set(FIGURE_IDS).size).toBe(FIGURE_IDS.length);
    for (const id of FIGURE_IDS) {
      expect(id).toMatch(/^(scenario|split|jvm|python|topandas|nodes|budget|rules|instances|plan|executor)\./);
      expect(FIGURE_META[id]?.meaning.length, id).toBeGreaterThan(10);
      expect([...CHAPTER_SLUGS, 'shared']).toContain(FIGURE_META[id]?.chapter);
    }
  });

  it('aliases resolve to a registered figure and keep the requested id', () => {
    for (const [alias, target] of Object.entries(FIGURE_ALIASES)) {
      expect(FIGURE_IDS).not.toContain(alias);
      expect(FIGURE_IDS).toContain(target);
      const a = figure(alias, S);
      const t = figure(target, S);
      expect(a).toEqual({ ...t, id: alias });
      expect(FIGURE_META[alias]?.unit).toBe(t.unit);
    }
  });

  it('throws only for an unknown id', () => {
    expect(() => figure('no.such-figure', S)).toThrow(/Unknown figure id/);
  });
});

/** A source names a repository and path, an address, the ground truth, or what was computed. */
function expectCited(owner: string, sources: readonly Source[]): void {
  const repoPath = /^[a-z0-9-]+\/[a-z0-9.-]+ \S+\/\S+/i;
  expect(sources.length, owner).toBeGreaterThan(0);
  for (const src of sources) {
    if (src.how === 'measured') expect(src.where, owner).toMatch(/ground truth/);
    // Source code is cited as owner/repository and a path inside it, or a pull request of it.
    if (src.how === 'read in source') expect(src.where, owner).toMatch(new RegExp(`${repoPath.source}|^[a-z0-9-]+\\/[a-z0-9.-]+ pull request \\d+`, 'i'));
    // A page's address, a documentation file in a repository, or an explicit "documents no …".
    if (src.how === 'documented') expect(src.where, owner).toMatch(/^https:\/\/\S+|^[a-z0-9-]+\/[a-z0-9.-]+ docs\/|documents no /i);
    if (src.how === 'inferred') expect(src.where.length, owner).toBeGreaterThan(10);
  }
}

describe('model assumptions', () => {
  it('each has a permanent slug id, a chapter and cited sources', () => {
    expect(ASSUMPTIONS.length).toBeGreaterThan(10);
    expect(new Set(ASSUMPTIONS.map((a) => a.id)).size).toBe(ASSUMPTIONS.length);
    for (const a of ASSUMPTIONS) {
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CHAPTER_SLUGS).toContain(a.chapter);
      expectCited(a.id, a.sources);
    }
  });
  it('the one that sizes every node says Databricks documents no formula', () => {
    const split = ASSUMPTIONS.find((a) => a.id === 'jvm-python-split');
    expect(split?.sources.some((s) => s.how === 'documented' && /documents no/.test(s.where))).toBe(true);
  });
});

describe('errata', () => {
  it('every erratum points at registered figures and a chapter', () => {
    expect(new Set(ERRATA.map((e) => e.id)).size).toBe(ERRATA.length);
    for (const e of ERRATA) {
      expect(CHAPTER_SLUGS).toContain(e.chapter);
      for (const id of [...e.essay, ...e.measured]) expect(hasFigure(id), `${e.id}: ${id}`).toBe(true);
    }
  });

  it('covers every figures.json figure the measured model moves by more than 5 %', () => {
    const covered = new Set(ERRATA.flatMap((e) => e.essay));
    const moved = FIGURES_FIXTURE.figures
      .map((f) => f.id)
      .filter((id) => {
        const a = figure(id, S);
        const b = figure(id, measured);
        const pairs = [[a.value, b.value], [a.min, b.min], [a.max, b.max]] as const;
        return pairs.some(([x, y]) => x !== undefined && y !== undefined && relDiff(x, y) > 0.05);
      });
    expect(moved.length).toBeGreaterThan(3);
    expect(moved.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every erratum says where it comes from and how: measured, read in source, documented or inferred', () => {
    for (const e of ERRATA) expectCited(e.id, e.sources);
  });

  it('covers the known disagreements', () => {
    const ids = ERRATA.map((e) => e.id);
    for (const id of ['float-size', 'list-size', 'list-of-lists', 'topandas-python', 'topandas-peak', 'np-array-dtype', 'jvm-split', 'gb-vs-gib', 'chunk-rounding', 'diagram-heap', 'python-share-rule', 'instance-table']) {
      expect(ids).toContain(id);
    }
  });

  it('values: essay first, then measured, following the scenario', () => {
    const v = errataValues(S).find((x) => x.erratum.id === 'float-size');
    expect(v?.essay[0]?.value).toBe(28);
    expect(v?.measured[0]?.value).toBe(24);
    const lol = errataValues({ ...S, rows: 1000 }).find((x) => x.erratum.id === 'list-of-lists');
    expect(lol?.measured[1]?.text).toMatch(/MB/);
  });
});

describe('the gates that end a collect', () => {
  // Spark's default is 1g (docs/configuration.md); TaskSetManager aborts once results pass it; 0 is no limit.
  const ONE_GIB = 1024 ** 3;
  const at = (maxresult: number) => ({ ...S, maxresult });
  it('spark.driver.maxResultSize: aborts only above the limit, never at 0', () => {
    expect(S.maxresult).toBe(1);
    expect(resultSizeGate(S, ONE_GIB).passes).toBe(true);
    expect(resultSizeGate(S, ONE_GIB + 1).passes).toBe(false);
    expect(resultSizeGate(at(4), 4 * ONE_GIB + 1).passes).toBe(false);
    expect(resultSizeGate(at(4), 3 * ONE_GIB).passes).toBe(true);
    expect(resultSizeGate(at(0), 1e15).passes).toBe(true);
    expect(resultSizeGate(at(0.5), ONE_GIB / 2 + 1).passes).toBe(false);
  });
  it('the essay’s whole collect (312,000 × 1,536 float32) is above the default, 100,000 × 768 below', () => {
    expect(resultSizeGate(S, 312_000 * 1536 * 4).passes).toBe(false);
    expect(resultSizeGate(S, 100_000 * 768 * 4).passes).toBe(true);
  });
  it('the JVM’s share: the low end of the essay’s 14–16 of 28 GB, or the calibrated heap plus overhead', () => {
    expect(jvmShareGate(S, 14e9).passes).toBe(true);
    expect(jvmShareGate(S, 14e9 + 1).passes).toBe(false);
    // The essay's whole Arrow copy, 312,000 × 1,536 float32, fits; a billion rows do not.
    expect(jvmShareGate(S, 312_000 * 1536 * 4).passes).toBe(true);
    expect(jvmShareGate(S, 1e9 * 1536 * 4).passes).toBe(false);
    expect(jvmShareGate({ ...S, heap: 8, overhead: 2 }, 10e9 + 1).limit).toBeCloseTo(10e9, 0);
  });
  it('notebooks: each other notebook’s REPL takes an interpreter from the Python room', () => {
    // The essay's 28 GB node gives Python 12 GB; its interpreter line is 0.5 GB; measured 111 MB.
    expect(pythonRoomBytes(S, 28)).toBeCloseTo(12e9, 0);
    expect(otherNotebooksBytes({ ...S, notebooks: 1 })).toBe(0);
    expect(pythonRoomBytes({ ...S, notebooks: 3 }, 28)).toBeCloseTo(12e9 - 2 * 0.5e9, 0);
    expect(pythonRoomBytes({ ...S, notebooks: 3, model: 'measured' }, 28)).toBeCloseTo(12e9 - 2 * 111e6, 0);
    // Never below nothing: 145 notebooks on the smallest node leave no room.
    expect(pythonRoomBytes({ ...S, notebooks: 145 }, 1.4)).toBe(0);
  });
});
