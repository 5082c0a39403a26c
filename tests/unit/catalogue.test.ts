// The node catalogue: its shape, its coverage, the checker that refuses a bad entry, and what holds
// within a provider's series. Expected counts and numbers are written here, not read from the data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_DATA } from '../../src/engine/catalogue.data';
import { CLOUDS, FAMILIES, NODE_CATALOGUE, type CatalogueEntry } from '../../src/engine/catalogue';
import { findInstance } from '../../src/engine/instances.data';
import { checkCatalogue } from '../../src/engine/catalogue-schema';
import { SHORT_LIST as FIXTURE_NODES } from '../fixtures/node-catalogue';

// An entry of the data file itself, by name.
const entry = (name: string): CatalogueEntry | undefined => NODE_CATALOGUE.find((e) => e.name === name);

const GOOD = { cloud: 'aws', name: 'x1.large', vcpus: 2, memoryGiB: 8, family: 'general', series: 'x1', source: 'https://example.com/x1' };

describe('the catalogue', () => {
  it('is the data file, every entry passing the schema', () => {
    expect(() => checkCatalogue(CATALOGUE_DATA)).not.toThrow();
    expect(NODE_CATALOGUE).toEqual(CATALOGUE_DATA);
  });

  it('holds at least 120 entries, so many per cloud', () => {
    expect(NODE_CATALOGUE.length).toBeGreaterThanOrEqual(120);
    const count = (cloud: string) => NODE_CATALOGUE.filter((e) => e.cloud === cloud).length;
    // Update these when adding sizes: a count that moves unasked means an entry was lost or doubled.
    expect({ aws: count('aws'), azure: count('azure'), gcp: count('gcp') }).toEqual({ aws: 81, azure: 77, gcp: 52 });
  });

  it('gives whole, positive vCPUs and positive, finite memory', () => {
    for (const e of NODE_CATALOGUE) {
      expect(Number.isInteger(e.vcpus) && e.vcpus > 0, `${e.name} vcpus ${e.vcpus}`).toBe(true);
      expect(Number.isFinite(e.memoryGiB) && e.memoryGiB > 0, `${e.name} memory ${e.memoryGiB}`).toBe(true);
    }
  });

  it('names every node once across all clouds', () => {
    const names = NODE_CATALOGUE.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('cites an https page for every entry', () => {
    for (const e of NODE_CATALOGUE) expect(new URL(e.source).protocol, e.name).toBe('https:');
  });

  it('gives every cloud general, memory and compute nodes, and storage or a note saying why not', () => {
    for (const cloud of ['aws', 'azure', 'gcp']) {
      const families = new Set(NODE_CATALOGUE.filter((e) => e.cloud === cloud).map((e) => e.family));
      expect([...families].filter((f) => f !== 'storage').sort(), cloud).toEqual(['compute', 'general', 'memory']);
      const info = CLOUDS.find((c) => c.id === cloud);
      if (!families.has('storage')) expect(info?.note, `${cloud} has no storage nodes and no note`).toMatch(/storage/i);
    }
    // Amazon and Microsoft offer storage-optimised sizes the catalogue lists; Google's are left out.
    expect(NODE_CATALOGUE.some((e) => e.cloud === 'aws' && e.family === 'storage')).toBe(true);
    expect(NODE_CATALOGUE.some((e) => e.cloud === 'azure' && e.family === 'storage')).toBe(true);
    expect(NODE_CATALOGUE.some((e) => e.cloud === 'gcp' && e.family === 'storage')).toBe(false);
  });

  it('lists each cloud and family once, each cloud with its memory unit and the page that states it', () => {
    expect(CLOUDS.map((c) => c.id)).toEqual(['aws', 'azure', 'gcp']);
    expect(FAMILIES.map((f) => f.id)).toEqual(['general', 'memory', 'storage', 'compute']);
    for (const c of CLOUDS) {
      expect(c.memoryUnit.length, c.id).toBeGreaterThan(20);
      expect(new URL(c.memoryUnitSource).protocol).toBe('https:');
    }
    expect(CLOUDS.find((c) => c.id === 'gcp')?.memoryUnit).toMatch(/2\^30/);
  });

  // The handbook's existing Azure nodes (instances.data.ts), as Microsoft's tables give them.
  it.each([
    ['Standard_DS3_v2', 4, 14],
    ['Standard_DS4_v2', 8, 28],
    ['Standard_DS5_v2', 16, 56],
    ['Standard_E4ds_v5', 4, 32],
    ['Standard_E8ds_v5', 8, 64],
    ['Standard_DS12_v2', 4, 28],
    ['Standard_DS13_v2', 8, 56],
    ['Standard_D4ds_v5', 4, 16],
    ['Standard_D8ds_v5', 8, 32],
    ['Standard_E16ds_v5', 16, 128],
    ['Standard_E32ds_v5', 32, 256],
  ])('keeps the existing node %s: %i vCPUs, %i GiB', (name, vcpus, memoryGiB) => {
    expect(entry(name)).toMatchObject({ cloud: 'azure', vcpus, memoryGiB });
  });

  it('agrees with the tests’ independent node table', () => {
    expect(FIXTURE_NODES.length).toBe(11);
    for (const n of FIXTURE_NODES) expect(entry(n.id), n.id).toMatchObject({ vcpus: n.cores, memoryGiB: n.ram });
  });

  it('keeps fractional memory as the provider states it', () => {
    expect(entry('i3.large')?.memoryGiB).toBe(15.25);
    expect(entry('n1-standard-4')?.memoryGiB).toBe(15);
    expect(entry('n1-standard-2')?.memoryGiB).toBe(7.5);
  });
});

// The engine's one lookup by name (instances.data.ts): every catalogue entry, by its exact name.
describe('findInstance', () => {
  it('finds an exact name and nothing else', () => {
    expect(findInstance('r5.xlarge')).toMatchObject({ cloud: 'aws', cores: 4, ramGiB: 32, family: 'memory', series: 'r5' });
    expect(findInstance('R5.XLARGE')).toBeUndefined();
    expect(findInstance(' r5.xlarge')).toBeUndefined();
    expect(findInstance('')).toBeUndefined();
    expect(findInstance('custom')).toBeUndefined();
    // Names that are properties of every object must not find one.
    expect(findInstance('constructor')).toBeUndefined();
    expect(findInstance('__proto__')).toBeUndefined();
  });

  it('finds every catalogue entry', () => {
    for (const e of NODE_CATALOGUE) expect(findInstance(e.name), e.name).toMatchObject({ cores: e.vcpus, ramGiB: e.memoryGiB, cloud: e.cloud });
  });
});

describe('checkCatalogue', () => {
  const without = (key: keyof typeof GOOD) => Object.fromEntries(Object.entries(GOOD).filter(([k]) => k !== key));

  it('returns good entries as they are', () => {
    expect(checkCatalogue([])).toEqual([]);
    expect(checkCatalogue([GOOD, { ...GOOD, name: 'x1.xlarge', vcpus: 4, memoryGiB: 15.25 }])).toEqual([
      GOOD,
      { ...GOOD, name: 'x1.xlarge', vcpus: 4, memoryGiB: 15.25 },
    ]);
  });

  it.each([
    ['negative memory', { ...GOOD, memoryGiB: -1 }, /aws x1\.large.*memoryGiB.*-1/],
    ['zero memory', { ...GOOD, memoryGiB: 0 }, /aws x1\.large.*memoryGiB/],
    ['infinite memory', { ...GOOD, memoryGiB: Infinity }, /aws x1\.large.*memoryGiB.*Infinity/],
    ['memory as text', { ...GOOD, memoryGiB: '8' }, /aws x1\.large.*memoryGiB/],
    ['fractional vCPUs', { ...GOOD, vcpus: 2.5 }, /aws x1\.large.*vcpus.*2\.5/],
    ['no vCPUs', { ...GOOD, vcpus: 0 }, /aws x1\.large.*vcpus/],
    ['NaN vCPUs', { ...GOOD, vcpus: NaN }, /aws x1\.large.*vcpus/],
    ['an unknown cloud', { ...GOOD, cloud: 'oracle' }, /x1\.large.*cloud.*oracle/],
    ['an unknown family', { ...GOOD, family: 'gpu' }, /aws x1\.large.*family.*gpu/],
    ['an http source', { ...GOOD, source: 'http://example.com' }, /aws x1\.large.*source.*https/],
    ['a source that is no address', { ...GOOD, source: 'Amazon' }, /aws x1\.large.*source/],
    ['an empty series', { ...GOOD, series: '' }, /aws x1\.large.*series/],
    ['a name with a space', { ...GOOD, name: 'x1 large' }, /x1 large.*name/],
    ['a name with an ampersand', { ...GOOD, name: 'x1&ram=2' }, /name/],
  ])('refuses %s, naming the entry and the field', (_what, bad, message) => {
    expect(() => checkCatalogue([bad])).toThrow(message);
  });

  it.each(['cloud', 'name', 'vcpus', 'memoryGiB', 'family', 'series', 'source'] as const)(
    'refuses an entry without %s, naming it and the field',
    (key) => {
      expect(() => checkCatalogue([GOOD, without(key)])).toThrow(new RegExp(`#1.*${key} is missing`));
    },
  );

  it('refuses a field the catalogue does not have (a misspelt one)', () => {
    expect(() => checkCatalogue([{ ...without('memoryGiB'), memoryGB: 8 }])).toThrow(/x1\.large.*memoryG/);
    expect(() => checkCatalogue([{ ...GOOD, ramGiB: 8 }])).toThrow(/x1\.large.*ramGiB is not a catalogue field/);
  });

  it('refuses what is not an entry at all, by its place', () => {
    expect(() => checkCatalogue([GOOD, null])).toThrow(/#1.*not an object/);
    expect(() => checkCatalogue(['r5.large'])).toThrow(/#0.*not an object/);
  });

  it('refuses a name used twice, even on two clouds', () => {
    expect(() => checkCatalogue([GOOD, { ...GOOD }])).toThrow(/x1\.large \(#1\).*#0/);
    expect(() => checkCatalogue([GOOD, { ...GOOD, cloud: 'gcp', source: 'https://example.com/other' }])).toThrow(/gcp x1\.large.*unique/);
  });

  // Any valid list passes; break one field of one entry and the error names that entry's place and field.
  it('names the broken entry and field in any list (property)', () => {
    const entryArb = fc.record({
      cloud: fc.constantFrom('aws', 'azure', 'gcp'),
      vcpus: fc.integer({ min: 1, max: 448 }),
      memoryGiB: fc.double({ min: 0.5, max: 24_576, noNaN: true }),
      family: fc.constantFrom('general', 'memory', 'storage', 'compute'),
      series: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
    });
    const breaks: [keyof CatalogueEntry, unknown][] = [
      ['vcpus', 0],
      ['vcpus', 1.5],
      ['memoryGiB', -2],
      ['memoryGiB', NaN],
      ['source', 'ftp://example.com'],
      ['family', 'huge'],
      ['cloud', 'ibm'],
    ];
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 12 }), fc.nat(), fc.constantFrom(...breaks), (raw, pick, [field, value]) => {
        const entries = raw.map((e, i) => ({ ...e, name: `n${i}.size`, source: `https://example.com/${i}` }));
        expect(checkCatalogue(entries)).toEqual(entries);
        const at = pick % entries.length;
        const broken = entries.map((e, i) => (i === at ? { ...e, [field]: value } : e));
        expect(() => checkCatalogue(broken)).toThrow(new RegExp(`n${at}\\.size \\(#${at}\\): ${field} `));
      }),
    );
  });
});

describe('within a series', () => {
  const series = [...new Set(NODE_CATALOGUE.map((e) => e.series))];
  const members = (s: string) => NODE_CATALOGUE.filter((e) => e.series === s);

  // The sizes whose provider gives less memory per vCPU than the rest of their series (Microsoft's Esv3,
  // Edsv5 and Esv5 tables). Each must really differ, so this list cannot outlive its reason.
  const SHORT_OF_RATIO = ['Standard_E64s_v3', 'Standard_E96ds_v5', 'Standard_E96s_v5'];

  it('every series is one cloud, one family and one page', () => {
    for (const s of series) {
      const m = members(s);
      expect(new Set(m.map((e) => `${e.cloud} ${e.family} ${e.source}`)).size, s).toBe(1);
    }
  });

  it('the listed exceptions have less memory per vCPU than their series', () => {
    for (const name of SHORT_OF_RATIO) {
      const node = entry(name)!;
      const first = members(node.series)[0]!;
      expect(node.memoryGiB / node.vcpus, name).toBeLessThan(first.memoryGiB / first.vcpus);
    }
  });

  // Every pair is few enough to check them all (a sampled property could miss the one wrong size).
  it('memory per vCPU is the same for every size, but for the listed exceptions', () => {
    for (const s of series) {
      const [first, ...rest] = members(s).filter((e) => !SHORT_OF_RATIO.includes(e.name));
      // Cross-multiplied, so 15.25/2 against 30.5/4 compares exactly.
      for (const e of rest) expect(e.memoryGiB * first!.vcpus, `${e.name} against ${first!.name}`).toBe(first!.memoryGiB * e.vcpus);
    }
  });

  it('more vCPUs never bring less memory', () => {
    for (const s of series) {
      const bySize = [...members(s)].sort((a, b) => a.vcpus - b.vcpus);
      bySize.slice(1).forEach((e, i) => expect(e.memoryGiB, `${e.name} after ${bySize[i]!.name}`).toBeGreaterThanOrEqual(bySize[i]!.memoryGiB));
    }
  });
});
