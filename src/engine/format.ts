// The one formatting module: every number the handbook prints goes through here,
// so the essay's rounding and typography (en dash ranges, "~" for estimates, "×")
// are decided once.
import { BYTES_PER_UNIT, type BinaryUnit, type ByteUnit } from './units';

export const AZURE_GIB_NOTE =
  'Azure lists VM memory in GiB (2^30 bytes), even where newer pages label the column "GB"; ' +
  'the essay computes in decimal GB (10^9 bytes), so its "28 GB" node actually holds 28 GiB = 30.06 GB.';

export const EN_DASH = '\u2013';
export const TIMES = '\u00d7';

export type Rounding =
  | { decimals: number }
  | { sig: number };

export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return 0;
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  const f = 10 ** d;
  // The tiny nudge keeps 0.15-style halves from rounding down through binary error.
  const rounded = Math.round(value * f + Math.sign(value) * 1e-9) / f;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function roundSig(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const d = Math.max(1, Math.min(17, Math.trunc(digits)));
  const exponent = Math.floor(Math.log10(Math.abs(value))) - d + 1;
  // Dividing by a positive power of ten is exact where multiplying by 10^-n is not.
  const rounded =
    exponent >= 0
      ? Math.round(value / 10 ** exponent) * 10 ** exponent
      : Math.round(value * 10 ** -exponent) / 10 ** -exponent;
  return Number(rounded.toPrecision(15));
}

export function applyRounding(value: number, rounding: Rounding): number {
  return 'sig' in rounding ? roundSig(value, rounding.sig) : roundTo(value, rounding.decimals);
}

function safe(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

export interface NumberFormat {
  decimals?: number;
  sig?: number;
  grouping?: boolean;
}

// Rounded first, then printed without trailing zeros: the essay writes "12 GB", not "12.0 GB".
export function formatNumber(value: number, opts: NumberFormat = {}): string {
  const v = safe(value);
  const rounded =
    opts.sig !== undefined ? roundSig(v, opts.sig) : roundTo(v, opts.decimals ?? defaultDecimals(v));
  return decimalText(rounded, { grouping: opts.grouping ?? true });
}

/**
 * `n` the way en-US writes it: its shortest decimal digits (String(n)'s), never an exponent, a comma
 * every three integer digits unless `grouping` is false, and at most `maxFraction` decimals (halves
 * away from zero). What `Intl.NumberFormat('en-US', { maximumFractionDigits })` prints (a unit test
 * compares the two), without its cost: the first Intl.NumberFormat a page builds starts ICU, 35–40 ms
 * in Chromium on this project's machines and four times that on Lighthouse's phone, which made one
 * long task of each widget page's hydration. The numbers arrive rounded; all Intl added was commas.
 */
export function decimalText(n: number, { grouping = true, maxFraction = 20 }: { grouping?: boolean; maxFraction?: number } = {}): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0 || Object.is(n, -0);
  let [int = '0', frac = ''] = plainDigits(Math.abs(n)).split('.');
  if (frac.length > maxFraction) [int, frac] = roundDigits(int, frac, maxFraction);
  frac = frac.replace(/0+$/, '');
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** The digits of String(x) (x ≥ 0) with any exponent written out. */
function plainDigits(x: number): string {
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + Number(s.slice(e + 1));
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Decimal digits rounded to `keep` fraction digits, a half away from zero, on the digits themselves. */
function roundDigits(int: string, frac: string, keep: number): [string, string] {
  const up = (frac[keep] ?? '0') >= '5';
  const all = (int + frac.slice(0, keep)).split('').map(Number);
  for (let i = all.length - 1; up && i >= 0; i--) {
    if (all[i]! < 9) {
      all[i] = all[i]! + 1;
      break;
    }
    all[i] = 0;
    if (i === 0) all.unshift(1);
  }
  const text = all.join('');
  const cut = text.length - keep;
  return [text.slice(0, cut), text.slice(cut)];
}
function defaultDecimals(v: number): number {
  return Math.abs(v) < 100 ? 1 : 0;
}

export interface BytesFormat {
  unit?: ByteUnit | 'auto';
  binary?: boolean;
  decimals?: number;
  sig?: number;
  approx?: boolean;
}

const DECIMAL_LADDER: readonly ByteUnit[] = ['EB', 'PB', 'TB', 'GB', 'MB', 'KB', 'B'];
const BINARY_LADDER: readonly BinaryUnit[] = ['EiB', 'PiB', 'TiB', 'GiB', 'MiB', 'KiB', 'B'];

function binaryOf(unit: ByteUnit): BinaryUnit {
  return unit === 'B' ? 'B' : (`${unit[0]}iB` as BinaryUnit);
}

function autoUnit(bytes: number, binary: boolean): ByteUnit | BinaryUnit {
  const ladder = binary ? BINARY_LADDER : DECIMAL_LADDER;
  for (const u of ladder) if (Math.abs(bytes) >= BYTES_PER_UNIT[u]) return u;
  return 'B';
}

function pickUnit(bytes: number, opts: BytesFormat): ByteUnit | BinaryUnit {
  const binary = opts.binary ?? false;
  if (opts.unit === undefined || opts.unit === 'auto') return autoUnit(bytes, binary);
  return binary ? binaryOf(opts.unit) : opts.unit;
}

function roundedIn(bytes: number, unit: ByteUnit | BinaryUnit, opts: BytesFormat): number {
  const v = bytes / BYTES_PER_UNIT[unit];
  if (opts.sig !== undefined) return roundSig(v, opts.sig);
  return roundTo(v, opts.decimals ?? (unit === 'B' ? 0 : defaultDecimals(v)));
}

function numberOpts(opts: BytesFormat, unit: ByteUnit | BinaryUnit, v: number): NumberFormat {
  if (opts.sig !== undefined) return { sig: opts.sig };
  return { decimals: opts.decimals ?? (unit === 'B' ? 0 : defaultDecimals(v)) };
}

// A fixed unit that would need four digits moves up: "12.3 GB", not "12,288 MB".
function largerIfThousands(bytes: number, unit: ByteUnit | BinaryUnit, opts: BytesFormat): ByteUnit | BinaryUnit {
  const ladder: readonly (ByteUnit | BinaryUnit)[] = opts.binary ? BINARY_LADDER : DECIMAL_LADDER;
  let i = ladder.indexOf(unit);
  while (i > 0 && Math.abs(roundedIn(bytes, ladder[i] ?? 'B', opts)) >= 1000) i -= 1;
  return ladder[i] ?? unit;
}

// A fixed unit too coarse for the amount (less than one unit of the last digit
// shown) falls back to the largest unit that shows it: "39 MB", never "0.0 GB".
function resolveUnit(bytes: number, opts: BytesFormat): ByteUnit | BinaryUnit {
  const unit = largerIfThousands(bytes, pickUnit(bytes, opts), opts);
  if (bytes === 0 || unit === 'B') return unit;
  const v = Math.abs(bytes / BYTES_PER_UNIT[unit]);
  const tooSmall = opts.sig !== undefined ? roundedIn(bytes, unit, opts) === 0 : v < 10 ** -(opts.decimals ?? defaultDecimals(v));
  return tooSmall ? autoUnit(bytes, opts.binary ?? false) : unit;
}

export function formatBytes(bytes: number, opts: BytesFormat = {}): string {
  const b = Math.max(0, safe(bytes));
  const unit = resolveUnit(b, opts);
  const v = b / BYTES_PER_UNIT[unit];
  return `${opts.approx ? '~' : ''}${formatNumber(v, numberOpts(opts, unit, v))} ${unit}`;
}

export function formatBytesRange(minBytes: number, maxBytes: number, opts: BytesFormat = {}): string {
  const lo = Math.max(0, safe(minBytes));
  const hi = Math.max(lo, safe(maxBytes));
  const unit = resolveUnit(hi, opts);
  const a = formatNumber(lo / BYTES_PER_UNIT[unit], numberOpts(opts, unit, lo / BYTES_PER_UNIT[unit]));
  const b = formatNumber(hi / BYTES_PER_UNIT[unit], numberOpts(opts, unit, hi / BYTES_PER_UNIT[unit]));
  const body = a === b ? a : `${a}${EN_DASH}${b}`;
  return `${opts.approx ? '~' : ''}${body} ${unit}`;
}

export interface PlainFormat extends NumberFormat {
  approx?: boolean;
}

// Percent in, not a fraction: figure values for '%' are stored as 60, not 0.6. A share that is not
// zero never prints as one: below the last digit shown it reads "<1%" ("<0.1%" with one decimal).
// From 1,000 % up it prints as a multiple ("12×", "1M×").
export function formatPercent(percent: number, opts: PlainFormat = {}): string {
  const p = safe(percent);
  // Ten times the whole and more reads as a multiple, counted like rows: a 12 PB peak against a 12 GB
  // budget is "~1M×", not "~100,697,437%".
  if (p >= 1000) return `${opts.approx ? '~' : ''}${formatRows(p / 100)}${TIMES}`;
  const text = formatNumber(p, { decimals: opts.decimals ?? 0, ...pickSig(opts) });
  if (p > 0 && text === '0') return `<${decimalText(10 ** -(opts.decimals ?? 0))}%`;
  return `${opts.approx ? '~' : ''}${text}%`;
}

export function formatPercentRange(min: number, max: number, opts: PlainFormat = {}): string {
  const f = (n: number) => formatNumber(n, { decimals: opts.decimals ?? 0, ...pickSig(opts) });
  const a = f(min);
  const b = f(max);
  return `${opts.approx ? '~' : ''}${a === b ? a : `${a}${EN_DASH}${b}`}%`;
}

export function formatRatio(ratio: number, opts: PlainFormat = {}): string {
  return `${opts.approx ? '~' : ''}${formatNumber(ratio, { decimals: opts.decimals ?? 1, ...pickSig(opts) })}${TIMES}`;
}

function pickSig(opts: NumberFormat): NumberFormat {
  return opts.sig === undefined ? {} : { sig: opts.sig };
}

const ROW_STEPS: readonly { size: number; suffix: string }[] = [
  { size: 1e9, suffix: 'bn' },
  { size: 1e6, suffix: 'M' },
  { size: 1e3, suffix: 'K' },
];

// "312K", "1.5M": one decimal below ten units, whole units above, as the essay writes row counts.
export function formatRows(rows: number, opts: { approx?: boolean } = {}): string {
  const n = Math.max(0, safe(rows));
  const prefix = opts.approx ? '~' : '';
  for (const { size, suffix } of ROW_STEPS) {
    if (n >= size) {
      const v = n / size;
      const shown = v < 10 ? roundTo(v, 1) : roundTo(v, 0);
      // 999.6K rounds to "1,000K"; move up a step instead.
      if (shown >= 1000 && size < 1e9) return formatRows(shown * size, opts);
      return `${prefix}${formatNumber(shown, { decimals: 1 })}${suffix}`;
    }
  }
  return `${prefix}${formatNumber(n, { decimals: 0 })}`;
}
