import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AZURE_GIB_NOTE,
  decimalText,
  formatBytes,
  formatBytesRange,
  formatNumber,
  formatPercent,
  formatRatio,
  formatRows,
  roundSig,
  roundTo,
} from '../../src/engine/format';

describe('rounding', () => {
  it('roundTo', () => {
    expect(roundTo(1.916928, 1)).toBe(1.9);
    expect(roundTo(9.483072, 1)).toBe(9.5);
    expect(roundTo(13.418496, 1)).toBe(13.4);
    expect(roundTo(0.15, 1)).toBe(0.2);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(roundTo(Number.NaN, 2)).toBe(0);
  });

  it('roundSig', () => {
    expect(roundSig(614.4, 1)).toBe(600);
    expect(roundSig(319.488, 2)).toBe(320);
    expect(roundSig(0.0012345, 2)).toBe(0.0012);
    expect(roundSig(0, 3)).toBe(0);
    expect(roundSig(Number.POSITIVE_INFINITY, 3)).toBe(0);
  });
});

describe('bytes', () => {
  it('decimal units by default, in the essay style', () => {
    expect(formatBytes(1_916_928_000, { unit: 'GB', decimals: 1 })).toBe('1.9 GB');
    expect(formatBytes(13_418_496_000, { unit: 'GB', decimals: 1 })).toBe('13.4 GB');
    expect(formatBytes(43_008, { unit: 'KB', decimals: 0, approx: true })).toBe('~43 KB');
    expect(formatBytes(614_400_000, { unit: 'MB', sig: 1, approx: true })).toBe('~600 MB');
    expect(formatBytes(12e9, { unit: 'GB', decimals: 1 })).toBe('12 GB');
  });

  it('binary units on request', () => {
    expect(formatBytes(28 * 2 ** 30, { unit: 'GB', binary: true, decimals: 0 })).toBe('28 GiB');
    expect(formatBytes(614_400_000, { unit: 'MB', binary: true, decimals: 1 })).toBe('585.9 MiB');
    expect(formatBytes(1536, { binary: true })).toBe('1.5 KiB');
  });

  it('auto picks the largest unit that is at least one', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12_344)).toBe('12.3 KB');
    expect(formatBytes(3.8e9)).toBe('3.8 GB');
  });

  it('moves up a unit rather than print four digits', () => {
    expect(formatBytes(12_288e6, { unit: 'MB', decimals: 1 })).toBe('12.3 GB');
    expect(formatBytes(2e9, { unit: 'MB', sig: 2 })).toBe('2 GB');
    expect(formatBytes(999e6, { unit: 'MB', decimals: 0 })).toBe('999 MB');
    expect(formatBytes(999.6e6, { unit: 'MB', sig: 1 })).toBe('1 GB');
    // Past GB too (issue 18): TB, PB and EB follow.
    expect(formatBytes(5e12, { unit: 'GB', decimals: 0 })).toBe('5 TB');
  });

  it('falls back to a smaller unit instead of printing zero', () => {
    expect(formatBytes(39_187_200, { unit: 'GB', decimals: 1 })).toBe('39.2 MB');
    expect(formatBytes(6144, { unit: 'GB', decimals: 1 })).toBe('6.1 KB');
    expect(formatBytes(0, { unit: 'GB', decimals: 1 })).toBe('0 GB');
  });

  it('never prints NaN, Infinity or a negative size', () => {
    expect(formatBytes(Number.NaN)).toBe('0 B');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('0 B');
    expect(formatBytes(-5e9, { unit: 'GB' })).toBe('0 GB');
  });

  it('ranges use an en dash and one unit', () => {
    expect(formatBytesRange(14e9, 16e9, { unit: 'GB', decimals: 1, approx: true })).toBe('~14\u201316 GB');
    expect(formatBytesRange(15e9, 15e9, { unit: 'GB', decimals: 1 })).toBe('15 GB');
  });

  it('says where Azure uses GiB', () => {
    expect(AZURE_GIB_NOTE).toMatch(/GiB/);
    expect(AZURE_GIB_NOTE).toMatch(/30\.06 GB/);
  });
});

describe('other numbers', () => {
  it('rows', () => {
    expect(formatRows(312_000)).toBe('312K');
    expect(formatRows(1_500_000, { approx: true })).toBe('~1.5M');
    expect(formatRows(500_000)).toBe('500K');
    expect(formatRows(4_000_000)).toBe('4M');
    expect(formatRows(999_960)).toBe('1M');
    expect(formatRows(950)).toBe('950');
    expect(formatRows(2.5e10)).toBe('25bn');
  });

  it('percent, ratio, plain numbers', () => {
    expect(formatPercent(60, { approx: true })).toBe('~60%');
    expect(formatPercent(46.875, { decimals: 1 })).toBe('46.9%');
    expect(formatRatio(7)).toBe('7\u00d7');
    expect(formatRatio(0.5)).toBe('0.5\u00d7');
    expect(formatNumber(12_344, { decimals: 0 })).toBe('12,344');
    expect(formatNumber(1e-7, { sig: 2 })).toBe('0.0000001');
  });
});

// decimalText stands in for Intl.NumberFormat in the browser (ICU's start-up is a long task); Intl, in
// Node, is the oracle it must agree with, digit for digit.
describe('decimalText prints what Intl.NumberFormat en-US prints', () => {
  const intl = (n: number, grouping: boolean, maxFraction: number) =>
    new Intl.NumberFormat('en-US', { useGrouping: grouping, minimumFractionDigits: 0, maximumFractionDigits: maxFraction }).format(n);
  const numbers = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e12 }),
    fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 6 })).map(([m, d]) => m / 10 ** d),
    fc.constantFrom(0, -0, 0.5, 9.95, 99.95, 999.5, 1e21, 1.5e-7, 123456789.123, 1e-20, 1.5e-20, 5e-21, 9.99999e-21),
  );
  it('with grouping and at most 20 decimals (the defaults)', () => {
    fc.assert(fc.property(numbers, (n) => {
      expect(decimalText(n)).toBe(intl(n, true, 20));
    }), { numRuns: 3000 });
  });
  it('without grouping, at any decimal cap', () => {
    fc.assert(
      fc.property(numbers, fc.boolean(), fc.integer({ min: 0, max: 20 }), (n, grouping, maxFraction) => {
        expect(decimalText(n, { grouping, maxFraction })).toBe(intl(n, grouping, maxFraction));
      },
      ),
      { numRuns: 3000 },
    );
  });
});

// Issue 18: units that scale past GB, and shares that are not zero never print as 0.
describe('bytes from 1 B to 10 EB', () => {
  it('each power of a thousand gets its own unit, decimal by default', () => {
    const cases: [number, string][] = [
      [1, '1 B'],
      [999, '999 B'],
      [1e3, '1 KB'],
      [1e6, '1 MB'],
      [1e9, '1 GB'],
      [1e12, '1 TB'],
      [1e15, '1 PB'],
      [1e18, '1 EB'],
      [1e19, '10 EB'],
      // The issue's /topandas/ case: 1e10 rows × 65,536 × 8 B (f64) on the Python side, in bytes.
      [1e10 * 65_536 * 8, '5.2 PB'],
    ];
    for (const [bytes, text] of cases) expect(formatBytes(bytes), `${bytes} B`).toBe(text);
  });
  it('a figure stored in GB moves up when it needs four digits', () => {
    expect(formatBytes(31_556_872e9, { unit: 'GB' })).toBe('31.6 PB');
    expect(formatBytes(1_500e9, { unit: 'GB' })).toBe('1.5 TB');
    expect(formatBytes(999e9, { unit: 'GB' })).toBe('999 GB');
  });
  it('binary units go up to EiB', () => {
    expect(formatBytes(1024 ** 4, { binary: true })).toBe('1 TiB');
    expect(formatBytes(3 * 1024 ** 5, { binary: true })).toBe('3 PiB');
    expect(formatBytes(2 * 1024 ** 6, { binary: true })).toBe('2 EiB');
  });
});

describe('shares', () => {
  it('a share that is not zero never reads 0%', () => {
    expect(formatPercent(0.3)).toBe('<1%');
    expect(formatPercent(0.04, { decimals: 1 })).toBe('<0.1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.6)).toBe('1%');
    expect(formatPercent(60, { approx: true })).toBe('~60%');
  });

  it('ten times the whole and more reads as a multiple, scaled like a count', () => {
    expect(formatPercent(999)).toBe('999%');
    expect(formatPercent(1000)).toBe('10\u00d7');
    expect(formatPercent(1234, { approx: true })).toBe('~12\u00d7');
    // /plan/?rows=10000000000&dim=65536&dtype=f64: a ~12.1 PB peak against a ~12 GB budget.
    expect(formatPercent(100_697_437, { approx: true })).toBe('~1M\u00d7');
    expect(formatPercent(241_673_849)).toBe('2.4M\u00d7');
    expect(formatPercent(1e13)).toBe('100bn\u00d7');
  });
});
