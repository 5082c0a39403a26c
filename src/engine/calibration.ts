// The calibration line: one line the reader's driver prints (the snippet in chapter 1) and the reader
// pastes back, so the scenario's own node is sized from what the driver reported instead of the linear
// guess. Read like any input: a clear message and nothing applied on anything malformed.
//
//   handbook-calibration v1 heap_gb=14.31 overhead_gb=unset mem_gb=27.9 py_rss_gb=0.41 spark=3.5.0
//     dbr=15.4 arrow=true maxresult=1g heap_src=jvm
import type { Parsed } from './input';
import { SPARK_DEFAULTS } from './spark-defaults';
import { GiB, MiB } from './units';

export const CALIBRATION_PREFIX = 'handbook-calibration v1';

export interface Calibration {
  /** GB (decimal), as the scenario's heap, overhead and avail fields hold them; overhead 0 when unset. */
  heapGB: number;
  overheadGB: number;
  memGB: number;
  /** spark.driver.maxResultSize in GiB (0: no limit), when the line carries it. */
  maxResultGiB?: number;
  /** What the line says besides, shown to the reader and applied to nothing. */
  info: Readonly<Record<string, string>>;
}

const KNOWN = ['heap_gb', 'overhead_gb', 'mem_gb', 'py_rss_gb', 'spark', 'dbr', 'arrow', 'maxresult', 'heap_src'] as const;
type Key = (typeof KNOWN)[number];
const MAX_LINE = 600;
const MAX_GB = 24_000;
const NUMBER = /^\d+(\.\d+)?$/;
// A Spark size: bytes, or a number with k, m, g or t (binary units, as Spark reads them).
const SPARK_SIZE = /^(\d+(?:\.\d+)?)([kmgt]?)b?$/i;
const UNIT: Record<string, number> = { '': 1, k: 1024, m: MiB, g: GiB, t: 1024 * GiB };
const TEXT = /^[A-Za-z0-9._+-]{1,40}$/;

const fail = (message: string): Parsed<Calibration> => ({ ok: false, message });

function gb(key: string, raw: string | undefined, required: boolean): number | string | undefined {
  if (raw === undefined) return required ? `The line has no ${key}: paste the whole line the snippet printed.` : undefined;
  if (raw === 'unknown' || raw === 'unset') return required ? `${key} is ${raw}: the snippet could not read it on this compute, so the handbook cannot calibrate from this line.` : undefined;
  if (!NUMBER.test(raw)) return `${key} must be a number of GB (got "${raw.slice(0, 20)}").`;
  const n = Number(raw);
  if (n > MAX_GB) return `${key} must be at most ${MAX_GB.toLocaleString('en')} GB (got ${raw}).`;
  return n;
}

/** Reads a pasted calibration line; anything malformed gives a message and no values. */
export function parseCalibration(text: string): Parsed<Calibration> {
  const line = String(text).trim();
  if (line === '') return fail('Paste the line the snippet printed; the field is empty.');
  if (line.length > MAX_LINE) return fail(`That is ${line.length} characters; the snippet prints one line of under ${MAX_LINE}.`);
  if (!line.startsWith(`${CALIBRATION_PREFIX} `)) return fail(`The line must start with "${CALIBRATION_PREFIX}", as the snippet prints it.`);
  const values = new Map<Key, string>();
  for (const token of line.slice(CALIBRATION_PREFIX.length).trim().split(/\s+/)) {
    const eq = token.indexOf('=');
    const key = token.slice(0, eq) as Key;
    if (eq <= 0 || !KNOWN.includes(key)) return fail(`"${token.slice(0, 30)}" is not part of a calibration line (expected key=value with one of ${KNOWN.join(', ')}).`);
    if (values.has(key)) return fail(`${key} appears twice; paste the line once.`);
    values.set(key, token.slice(eq + 1));
  }
  const heap = gb('heap_gb', values.get('heap_gb'), true);
  if (typeof heap !== 'number') return fail(heap!);
  const minHeapGB = SPARK_DEFAULTS.minHeapBytes / 1e9;
  if (heap < minHeapGB) return fail(`heap_gb must be at least ${minHeapGB.toFixed(2)} GB: Spark does not start a driver with a heap under 450 MiB (got ${values.get('heap_gb')}).`);
  const mem = gb('mem_gb', values.get('mem_gb'), true);
  if (typeof mem !== 'number') return fail(mem!);
  const overhead = gb('overhead_gb', values.get('overhead_gb'), false);
  if (typeof overhead === 'string') return fail(overhead);
  if (heap + (overhead ?? 0) >= mem) return fail(`The heap${overhead ? ' and overhead' : ''} (${heap + (overhead ?? 0)} GB) must be less than the driver's memory, mem_gb ${mem} GB.`);
  const rss = gb('py_rss_gb', values.get('py_rss_gb'), false);
  if (typeof rss === 'string') return fail(rss);
  let maxResultGiB: number | undefined;
  const size = values.get('maxresult');
  if (size !== undefined && size !== 'unset') {
    const m = SPARK_SIZE.exec(size);
    if (!m) return fail(`maxresult must be a Spark size such as 1g, 4096m or 0 (got "${size.slice(0, 20)}").`);
    maxResultGiB = (Number(m[1]) * UNIT[m[2]!.toLowerCase()]!) / GiB;
    if (maxResultGiB > MAX_GB) return fail(`maxresult must be at most ${MAX_GB.toLocaleString('en')} GiB (got ${size}).`);
  }
  const info: Record<string, string> = {};
  for (const key of ['spark', 'dbr', 'arrow', 'heap_src'] as const) {
    const v = values.get(key);
    if (v === undefined) continue;
    if (!TEXT.test(v)) return fail(`${key} has characters a calibration line does not print (got "${v.slice(0, 20)}").`);
    info[key] = v;
  }
  if (rss !== undefined) info['py_rss_gb'] = String(rss);
  return { ok: true, value: { heapGB: heap, overheadGB: overhead ?? 0, memGB: mem, ...(maxResultGiB !== undefined ? { maxResultGiB } : {}), info } };
}
