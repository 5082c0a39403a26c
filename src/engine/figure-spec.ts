// What a figure definition is, and how its display text is made from its value.
import type { ChapterSlug } from './chapters';
import type { Range } from './essay.data';
import {
  formatBytes,
  formatBytesRange,
  formatNumber,
  formatPercent,
  formatPercentRange,
  formatRatio,
  formatRows,
  type Rounding,
} from './format';
import type { Scenario } from './scenario';
import { BYTES_PER_UNIT, type ByteUnit } from './units';

export type Unit =
  | 'GB'
  | 'MB'
  | 'KB'
  | 'B'
  | '%'
  | 'x'
  | 'rows'
  | 'steps'
  | 'executors'
  | 'rules'
  | 'instances'
  | (string & {});

export interface FigureValue {
  id: string;
  unit: Unit;
  value?: number;
  min?: number;
  max?: number;
  text: string;
  estimate: boolean;
}

export interface TextStyle {
  rounding?: Rounding;
  // Print "~" before the number, as the essay does for this figure.
  approx?: boolean;
  // Print in GiB/MiB although the value is stored in the decimal unit.
  binary?: boolean;
}

// 'shared': figures every chapter may show (the scenario's own inputs).
export type FigureChapter = ChapterSlug | 'shared';

export interface FigureSpec extends TextStyle {
  id: string;
  chapter: FigureChapter;
  unit: Unit;
  meaning: string;
  estimate: boolean;
  // The value in `unit`, unrounded.
  compute: (s: Scenario) => number | Range;
}

const BYTE_UNITS: readonly string[] = ['GB', 'MB', 'KB', 'B'];

function isByteUnit(u: Unit): u is ByteUnit {
  return BYTE_UNITS.includes(u);
}

function roundingOpts(r: Rounding | undefined): { decimals?: number; sig?: number } {
  if (r === undefined) return {};
  return 'sig' in r ? { sig: r.sig } : { decimals: r.decimals };
}

export function figureText(spec: TextStyle & { unit: Unit }, v: number | Range): string {
  const r = roundingOpts(spec.rounding);
  // Nothing is "about zero": a zero prints plainly.
  const approx = (spec.approx ?? false) && (typeof v === 'number' ? v !== 0 : v.max !== 0);
  const unit = spec.unit;
  if (isByteUnit(unit)) {
    const k = BYTES_PER_UNIT[unit];
    const opts = { unit, binary: spec.binary ?? false, approx, ...r };
    return typeof v === 'number' ? formatBytes(v * k, opts) : formatBytesRange(v.min * k, v.max * k, opts);
  }
  if (unit === '%') return typeof v === 'number' ? formatPercent(v, { approx, ...r }) : formatPercentRange(v.min, v.max, { approx, ...r });
  if (unit === 'x') return formatRatio(typeof v === 'number' ? v : v.max, { approx, ...r });
  if (unit === 'rows') {
    if (typeof v === 'number') return formatRows(v, { approx });
    const a = formatRows(v.min);
    const b = formatRows(v.max);
    return `${approx ? '~' : ''}${a === b ? a : `${a}\u2013${b}`}`;
  }
  // Counts (steps, executors, rules, instances, chunks...) print bare, so prose can name the noun.
  const n = (x: number) => formatNumber(x, { decimals: r.decimals ?? 0, ...(r.sig === undefined ? {} : { sig: r.sig }) });
  if (typeof v === 'number') return `${approx ? '~' : ''}${n(v)}`;
  const a = n(v.min);
  const b = n(v.max);
  return `${approx ? '~' : ''}${a === b ? a : `${a}\u2013${b}`}`;
}

export function toFigureValue(spec: FigureSpec, s: Scenario): FigureValue {
  const raw = spec.compute(s);
  const text = figureText(spec, raw);
  const base = { id: spec.id, unit: spec.unit, text, estimate: spec.estimate };
  if (typeof raw === 'number') return { ...base, value: raw };
  if (raw.min === raw.max) return { ...base, value: raw.min };
  return { ...base, min: raw.min, max: raw.max };
}

// Shorthand used by the chapter definition files.
export const DEC = (decimals: number): Rounding => ({ decimals });
export const SIG = (sig: number): Rounding => ({ sig });

export function range(min: number, max: number): Range {
  return { min, max };
}

export function scaleRange(r: Range, k: number): Range {
  return { min: r.min * k, max: r.max * k };
}
