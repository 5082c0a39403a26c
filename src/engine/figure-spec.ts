// What a figure is: a typed spec that computes one number (or range) from the scenario and, where a
// number also depends on something else (a pipeline option, a node type, a value the reader typed into
// one cell), from its parameters. Widgets hold the spec and ask it for a value; pages that only know an
// id (prose, rule cards, diagrams) go through the registry (figure-registry.ts), which enumerates the
// parameter sets a spec publishes. One concept for every chapter: there is no second kind of figure.
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

export interface FigureStyle extends TextStyle {
  chapter: FigureChapter;
  unit: Unit;
  estimate: boolean;
}

/**
 * How a figure rounds: fixed, or chosen per scenario and parameters where one id carries numbers of
 * different precision (an estimate of the essay's in one model, a measurement in the other; see
 * figures-topandas.ts). Within one scenario, one id always prints one way.
 */
export type RoundingOf<P> = Rounding | ((s: Scenario, p: P) => Rounding);
/** Whether the figure prints "~": fixed, or per scenario like the rounding (an estimate in one model only). */
export type ApproxOf<P> = boolean | ((s: Scenario, p: P) => boolean);

type SpecStyle<P> = Omit<FigureStyle, 'rounding' | 'approx'> & { rounding?: RoundingOf<P>; approx?: ApproxOf<P> };

export interface FigureSpec<P = void> extends SpecStyle<P> {
  /** The id the page publishes (data-figure) for these parameters. */
  idOf: (p: P) => string;
  /** The value in `unit`, unrounded. */
  compute: (s: Scenario, p: P) => number | Range;
  /**
   * The parameter sets that have a published id, one id each, in a fixed order. A parameter that only
   * a widget changes (the JVM size typed into one cell) appears at its default, which may follow the
   * scenario; the ids themselves never depend on the scenario (a unit test holds this).
   */
  published: (s: Scenario) => readonly P[];
}

// A spec of any parameter type, for lists and registries (the parameter type is the spec's own business).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFigureSpec = FigureSpec<any>;

const NO_PARAMS: readonly void[] = [undefined];

/** A figure of the scenario alone: one id. */
export function fig(d: SpecStyle<void> & { id: string; compute: (s: Scenario) => number | Range }): FigureSpec {
  const { id, compute, ...style } = d;
  return { ...style, idOf: () => id, compute: (s) => compute(s), published: () => NO_PARAMS };
}

/**
 * A figure that also takes parameters. `published` lists the parameter sets pages show without a widget
 * (a fixed list, or a function of the scenario where a default follows it).
 */
export function family<P>(
  d: SpecStyle<P> & {
    idOf: (p: P) => string;
    compute: (s: Scenario, p: P) => number | Range;
    published: readonly P[] | ((s: Scenario) => readonly P[]);
  },
): FigureSpec<P> {
  const { published, ...rest } = d;
  return { ...rest, published: typeof published === 'function' ? published : () => published };
}

/** The figure's value for a scenario (and parameters): the only way a number reaches a page. */
export function figureValue<P>(spec: FigureSpec<P>, s: Scenario, ...params: P extends void ? [] : [NoInfer<P>]): FigureValue;
export function figureValue<P>(spec: FigureSpec<P>, s: Scenario, p?: P): FigureValue {
  const raw = spec.compute(s, p as P);
  const rounding = typeof spec.rounding === 'function' ? spec.rounding(s, p as P) : spec.rounding;
  const approx = typeof spec.approx === 'function' ? spec.approx(s, p as P) : spec.approx;
  const base = { id: spec.idOf(p as P), unit: spec.unit, text: figureText({ ...spec, rounding, approx }, raw), estimate: spec.estimate };
  if (typeof raw === 'number') return { ...base, value: raw };
  if (raw.min === raw.max) return { ...base, value: raw.min };
  return { ...base, min: raw.min, max: raw.max };
}

function isByteUnit(u: Unit): u is ByteUnit {
  return u in BYTES_PER_UNIT && !u.includes('i');
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

// Shorthand used by the chapter definition files.
export const DEC = (decimals: number): Rounding => ({ decimals });
export const SIG = (sig: number): Rounding => ({ sig });

// A size the measured model knows to the hundredth of a GB and the essay only roughly: measured prints
// two decimals and no "~", the essay one decimal with "~". Shared by the collect figures and the gates.
export const essayApprox = (s: { model: string }): boolean => s.model !== 'measured';
export const modelGB = (s: { model: string }): Rounding => (s.model === 'measured' ? DEC(2) : DEC(1));

export function range(min: number, max: number): Range {
  return { min, max };
}

export function scaleRange(r: Range, k: number): Range {
  return { min: r.min * k, max: r.max * k };
}

/**
 * A chapter's meanings: one sentence of documentation per spec (a function of the parameters for a
 * family), keyed like the chapter's specs so a missing or stray one fails to compile. Only build-time
 * pages (errata, rule cards) and tests read them: they live in figure-meanings.ts, apart from the
 * specs the browser imports, so no browser bundle holds them.
 */
export type Meanings<T extends Record<string, AnyFigureSpec>> = {
  [K in keyof T]: T[K] extends FigureSpec<infer P> ? ([P] extends [void] ? string : (p: P) => string) : never;
};

/**
 * A spec with its parameters bound: what a widget keeps when which figure to show is itself data (the
 * step of a timeline, the variant of a cell). It gives the value for a scenario like figureValue.
 */
export type BoundFigure = (s: Scenario) => FigureValue;

export function bind<P>(spec: FigureSpec<P>, ...params: P extends void ? [] : [NoInfer<P>]): BoundFigure {
  return (s) => figureValue(spec, s, ...params);
}
