// Widget settings in the address (src/engine/page-params.ts). The expected names, words and limits
// are the README's list, written out here.
import { describe, expect, it } from 'vitest';
import { LEDGER_PARAMS } from '../../src/engine/budget';
import { TOPOLOGY_PARAMS } from '../../src/engine/cluster';
import { defaultsOf, readParams, writeParams } from '../../src/engine/page-params';
import { COLLECT_PARAMS } from '../../src/engine/topandas';

const q = (s: string) => new URLSearchParams(s);

describe('widget settings in the address', () => {
  it('an empty query gives the defaults, and the defaults write nothing', () => {
    for (const specs of [TOPOLOGY_PARAMS, COLLECT_PARAMS, LEDGER_PARAMS]) {
      expect(readParams(specs, q(''))).toEqual({ value: defaultsOf(specs), issues: [] });
      expect(writeParams(specs, defaultsOf(specs)).toString()).toBe('');
    }
    expect(defaultsOf(TOPOLOGY_PARAMS)).toEqual({ executors: 2, op: 'toPandas' });
    expect(defaultsOf(COLLECT_PARAMS)).toEqual({ arrow: true, npdtype: true, prefetch: false });
    expect(defaultsOf(LEDGER_PARAMS)).toEqual({ meta: undefined, interp: undefined, frame: false });
  });

  it('reads and writes every setting by its documented name and words', () => {
    const cases: Array<[Parameters<typeof readParams>[0], string, Record<string, unknown>]> = [
      [TOPOLOGY_PARAMS, 'executors=0&op=mapInPandas', { executors: 0, op: 'mapInPandas' }],
      [COLLECT_PARAMS, 'arrow=off&npdtype=none&prefetch=on', { arrow: false, npdtype: false, prefetch: true }],
      [LEDGER_PARAMS, 'meta=0.3&interp=1.2&frame=alive', { meta: 0.3, interp: 1.2, frame: true }],
    ];
    for (const [specs, query, value] of cases) {
      const r = readParams(specs, q(query));
      expect(r).toEqual({ value, issues: [] });
      expect(writeParams(specs, r.value).toString()).toBe(query);
    }
  });

  it('refuses a bad value with a message and keeps the default; a case slip is read', () => {
    const r = readParams(TOPOLOGY_PARAMS, q('executors=-1&op=collect'));
    expect(r.value).toEqual({ executors: 2, op: 'toPandas' });
    expect(r.issues.map((i) => [i.field, i.value])).toEqual([['executors', '-1'], ['op', 'collect']]);
    expect(r.issues[0]!.message).toBe('Executors must be at least 0 (got -1).');
    expect(readParams(COLLECT_PARAMS, q('arrow=OFF')).value.arrow).toBe(false);
    expect(readParams(LEDGER_PARAMS, q('meta=abc')).issues[0]!.message).toMatch(/^pandas metadata must be a number/);
  });
});
