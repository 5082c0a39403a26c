// The calibration line (issue 14): read like any input, and the scenario's node sized from it. Expected
// values are worked out here from Spark's overhead rule (docs/configuration.md: the larger of 384 MiB
// and 10 % of the heap) and the line's own numbers.
import { describe, expect, it } from 'vitest';
import { parseCalibration } from '../../src/engine/calibration';
import { scenarioSplit, nodeSplit } from '../../src/engine/node-split';
import { scenarioPythonRoom } from '../../src/engine/python-baseline';
import { DEFAULT_SCENARIO, parse } from '../../src/engine/scenario';

const GB = 1e9;
const MiB = 2 ** 20;
const LINE = 'handbook-calibration v1 heap_gb=14.31 overhead_gb=unset mem_gb=27.9 py_rss_gb=0.41 spark=3.5.0 dbr=15.4 arrow=true maxresult=4g heap_src=jvm';

describe('the calibration line', () => {
  it('reads a whole line: heap, memory, overhead unset, maxResultSize in GiB, the rest as information', () => {
    const r = parseCalibration(`  ${LINE}  `);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ heapGB: 14.31, overheadGB: 0, memGB: 27.9, maxResultGiB: 4 });
    expect(r.value.info).toEqual({ spark: '3.5.0', dbr: '15.4', arrow: 'true', heap_src: 'jvm', py_rss_gb: '0.41' });
  });

  it('reads Spark sizes as Spark does: binary units, plain numbers are bytes, 0 is no limit', () => {
    const size = (s: string) => {
      const r = parseCalibration(`handbook-calibration v1 heap_gb=4 mem_gb=16 maxresult=${s}`);
      return r.ok ? r.value.maxResultGiB : undefined;
    };
    expect(size('1g')).toBe(1);
    expect(size('4096m')).toBe(4);
    expect(size('2147483648')).toBe(2);
    expect(size('0')).toBe(0);
    expect(size('512M')).toBe(0.5);
  });

  it('refuses ten malformed lines, each with a message that says what is wrong', () => {
    const bad: [string, RegExp][] = [
      ['', /empty/],
      ['heap_gb=14 mem_gb=28', /must start with/],
      ['handbook-calibration v1 mem_gb=28', /no heap_gb/],
      ['handbook-calibration v1 heap_gb=unknown mem_gb=28', /could not read it/],
      ['handbook-calibration v1 heap_gb=14 heap_gb=15 mem_gb=28', /twice/],
      ['handbook-calibration v1 heap_gb=-3 mem_gb=28', /must be a number/],
      ['handbook-calibration v1 heap_gb=0.2 mem_gb=28', /450 MiB/],
      ['handbook-calibration v1 heap_gb=30 mem_gb=28', /less than the driver's memory/],
      ['handbook-calibration v1 heap_gb=14 mem_gb=28 maxresult=lots', /Spark size/],
      ['handbook-calibration v1 heap_gb=14 mem_gb=28 <script>=1', /not part of a calibration line/],
      ['handbook-calibration v1 heap_gb=14 mem_gb=28 spark=<b>3</b>', /characters/],
      [`handbook-calibration v1 heap_gb=14 mem_gb=28 spark=${'9'.repeat(700)}`, /characters; the snippet prints one line/],
    ];
    for (const [line, message] of bad) {
      const r = parseCalibration(line);
      expect(r.ok, line.slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.message, line.slice(0, 60)).toMatch(message);
    }
  });
});

describe('the scenario node, calibrated', () => {
  it('takes heap plus Spark’s overhead for the JVM and leaves the rest of the driver’s memory to Python', () => {
    const s = { ...DEFAULT_SCENARIO, heap: 14.31, overhead: 0, avail: 27.9 };
    const overhead = Math.max(384 * MiB, 0.1 * 14.31 * GB);
    const split = scenarioSplit(s);
    expect(split.heap).toBeCloseTo(14.31 * GB, 0);
    expect(split.jvm.min).toBeCloseTo(14.31 * GB + overhead, 0);
    expect(split.pythonTypical).toBeCloseTo(27.9 * GB - 14.31 * GB - overhead, 0);
    // Other notebooks still come off the room.
    expect(scenarioPythonRoom({ ...s, notebooks: 2 })).toBeCloseTo(27.9 * GB - 14.31 * GB - overhead - 0.5 * GB, 0);
  });

  it('uses the overhead the line gives, and the node’s RAM when the memory is not given', () => {
    const split = scenarioSplit({ ...DEFAULT_SCENARIO, heap: 8, overhead: 2, avail: 0 });
    expect(split.jvm.min).toBeCloseTo(10 * GB, 0);
    expect(split.pythonTypical).toBeCloseTo((28 - 10) * GB, 0);
  });

  it('is the model’s guess when nothing is calibrated, and the calibration rides in the address', () => {
    expect(scenarioSplit(DEFAULT_SCENARIO)).toEqual(nodeSplit(28));
    const { scenario, issues } = parse(new URLSearchParams('heap=14.31&avail=27.9'));
    expect(issues).toEqual([]);
    expect(scenario).toMatchObject({ heap: 14.31, overhead: 0, avail: 27.9 });
  });
});
