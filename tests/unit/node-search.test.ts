// The node picker's search: what a reader types narrows the catalogue by name, series, cloud, family or
// RAM, and the list is grouped by cloud, then family. Expected sets are worked out here from the data
// file (the catalogue, checked against the providers' pages elsewhere), not read from the search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_DATA } from '../../src/engine/catalogue.data';
import { INSTANCES } from '../../src/engine/instances.data';
import { exactNode, groupNodes, matchNodes } from '../../src/engine/node-search';

const names = (q: string) => matchNodes(q, INSTANCES).map((n) => n.id);
const where = (p: (e: (typeof CATALOGUE_DATA)[number]) => boolean) => CATALOGUE_DATA.filter(p).map((e) => e.name);

describe('matchNodes', () => {
  it('an empty query keeps every node, in catalogue order', () => {
    expect(names('')).toEqual(CATALOGUE_DATA.map((e) => e.name));
    expect(names('   ')).toEqual(CATALOGUE_DATA.map((e) => e.name));
  });

  it('part of a name, any case', () => {
    expect(names('R5.X')).toEqual(where((e) => e.name.toLowerCase().includes('r5.x')));
    expect(names('r5.xlarge')).toContain('r5.xlarge');
    expect(names('e8ds')).toEqual(['Standard_E8ds_v5']);
  });

  it('a cloud by id or label, a family by the start of its label', () => {
    expect(names('aws')).toEqual(where((e) => e.cloud === 'aws'));
    expect(names('google')).toEqual(where((e) => e.cloud === 'gcp'));
    expect(names('azure memory')).toEqual(where((e) => e.cloud === 'azure' && e.family === 'memory'));
    expect(names('gcp storage')).toEqual([]);
  });

  it('RAM as a number, with or without its unit', () => {
    const with64 = where((e) => e.memoryGiB === 64 || e.name.includes('64'));
    expect(names('64')).toEqual(with64);
    expect(names('aws 64gb')).toEqual(where((e) => e.cloud === 'aws' && e.memoryGiB === 64));
    expect(names('aws 64 GiB')).toEqual(where((e) => e.cloud === 'aws' && e.memoryGiB === 64));
    expect(names('aws 30.5')).toEqual(['i3.xlarge']);
  });

  it('every word must describe the node; junk matches nothing and never throws', () => {
    expect(names('r5 azure')).toEqual([]);
    expect(names('<script>alert(1)</script>')).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        const out = matchNodes(q, INSTANCES);
        expect(out.length).toBeLessThanOrEqual(INSTANCES.length);
      }),
    );
  });
});

describe('groupNodes', () => {
  it('groups by cloud, then family, in catalogue order, and leaves no node out', () => {
    const groups = groupNodes(INSTANCES);
    expect(groups.map((g) => g.key)).toEqual([
      'aws-general', 'aws-memory', 'aws-storage', 'aws-compute',
      'azure-general', 'azure-memory', 'azure-storage', 'azure-compute',
      'gcp-general', 'gcp-memory', 'gcp-compute',
    ]);
    expect(groups.flatMap((g) => g.nodes).length).toBe(CATALOGUE_DATA.length);
    for (const g of groups) for (const n of g.nodes) expect([n.cloud, n.family]).toEqual([g.cloud, g.family]);
    expect(groups.find((g) => g.key === 'aws-memory')?.label).toBe('AWS · Memory optimised');
  });
});

describe('exactNode', () => {
  it('names a node by its exact name, any case, or nothing', () => {
    expect(exactNode(' standard_e8ds_v5 ', INSTANCES)?.id).toBe('Standard_E8ds_v5');
    expect(exactNode('r5', INSTANCES)).toBeUndefined();
  });
});
