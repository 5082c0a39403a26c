// Reading what a reader typed or a link carried. One result type for every input, a rule per kind of
// input (a number within limits, one of a list of choices) and one parser per kind, so every field
// says the same thing about the same bad text. Total: whatever the text, the answer is a value or a
// message naming the input; nothing throws, and no number comes out NaN, infinite or -0.
import * as v from 'valibot';
import { decimalText } from './format';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface NumberRule {
  /** Names the input in messages: "Rows must be at least 1". */
  label: string;
  min: number;
  /** Refuse min itself: a size must be more than 0 GB, while 0 executors is a single node. */
  minExclusive?: boolean;
  max: number;
  integer?: boolean;
  /** Printed after the limits in messages: "at most 24,000 GB". */
  unit?: string;
  /** Why the minimum is where it is, ending the message for a value below it. */
  minWhy?: string;
}

export interface ChoiceRule<T extends string> {
  /** Names the input in messages: "Unknown dtype". */
  label: string;
  /** The choice the trimmed text names, if any; how lenient (case, spelling) is the rule's to say. */
  match: (text: string) => T | undefined;
  /** What to type instead, as messages end: "use essay or measured". */
  expected: string;
}

/** A value a link asked for that could not be used, as the load notices name it. */
export interface InputIssue<F extends string> {
  field: F;
  value: string;
  message: string;
  /** The link's value was used, though not as written (a repeated key, a RAM that makes a node custom);
   *  otherwise it was refused and the field keeps its default. */
  used?: boolean;
}

// Anything longer cannot be a sensible input and would only be echoed back.
const MAX_NUMBER_LENGTH = 32;
const MAX_CHOICE_LENGTH = 64;
// Decimal notation with an optional exponent; no hex, no NaN or Infinity.
const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
// Digit grouping, the one rule for every field: a comma, an underscore or a space (plain, no-break or
// narrow) between groups of exactly three digits, the same separator throughout, before any decimal
// point, and no exponent. "2,500,000", "2 500 000" and "2_500_000" are 2.5 million; "2,5" and "2.500.000" are refused,
// because a reader from a decimal-comma locale may mean 2.5 by the first and the page cannot tell.
const GROUPED_RE = /^([+-]?\d{1,3})([,_ \u00a0\u202f])(\d{3}(?:\2\d{3})*)(\.\d*)?$/;
// Digits and separators (with a point or an exponent) that did not group correctly: a grouping mistake,
// told apart from text that is no number at all ("5 GB").
const MISGROUPED_RE = /^[+-]?(?=.*\d)[\d.,_ \u00a0\u202f]*[,_ \u00a0\u202f][\d.,_ \u00a0\u202f]*(?:e[+-]?\d+)?$/i;
const DOT_GROUPED_RE = /^[+-]?\d{1,3}(?:\.\d{3}){2,}$/;

/** The text with its digit grouping removed, when the grouping is well formed; otherwise the text. */
function ungrouped(text: string): string {
  const m = GROUPED_RE.exec(text);
  return m ? `${m[1]}${m[3]!.split(m[2]!).join('')}${m[4] ?? ''}` : text;
}

/** The reader's text as a message quotes it: trimmed and cut short. */
function shown(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** A limit as a message prints it, with separators and no exponent. */
const plain = (n: number) => decimalText(n);

// The first refusal is the one to show: the pipes check from the coarsest fault to the finest.
function run<T>(schema: v.GenericSchema<string, T>, text: string): Parsed<T> {
  const r = v.safeParse(schema, text, { abortPipeEarly: true });
  return r.success ? { ok: true, value: r.output } : { ok: false, message: r.issues[0].message };
}

export function parseNumber(rule: NumberRule, raw: string): Parsed<number> {
  const text = String(raw).trim();
  const { label } = rule;
  const got = shown(text);
  const unit = rule.unit ? ` ${rule.unit}` : '';
  return run(v.pipe(
    v.string(),
    v.nonEmpty(`${label} is empty; enter a number.`),
    v.maxLength(MAX_NUMBER_LENGTH, `${label} is too long to be a number (${text.length} characters).`),
    v.check((t: string) => !DOT_GROUPED_RE.test(t), `${label} takes a point for decimals and commas for thousands, as in 2,500,000 (got "${got}").`),
    v.transform(ungrouped),
    v.check((t: string) => !MISGROUPED_RE.test(t), `${label} must group thousands in threes, as in 2,500,000 or 2 500 000, with a point for decimals (got "${got}").`),
    v.regex(NUMBER_RE, `${label} must be a number (got "${got}").`),
    // "-0" is a way to type zero; keep it from printing as "-0".
    v.transform((t: string) => Number(t) || 0),
    // Past float64's range; the word Infinity is never echoed to the reader.
    v.finite(`${label} is too large to be a number.`),
    v.check((n: number) => !rule.integer || Number.isInteger(n), `${label} must be a whole number (got ${got}).`),
    rule.minExclusive
      ? v.gtValue(rule.min, `${label} must be greater than ${plain(rule.min)}${unit} (got ${got}).`)
      : v.minValue(rule.min, `${label} must be at least ${plain(rule.min)}${unit} (got ${got})${rule.minWhy ? `: ${rule.minWhy}` : ''}.`),
    v.maxValue(rule.max, `${label} must be at most ${plain(rule.max)}${unit} (got ${got}).`),
  ), text);
}

export function parseChoice<T extends string>(rule: ChoiceRule<T>, raw: string): Parsed<T> {
  const text = String(raw).trim();
  const { label, expected } = rule;
  return run(v.pipe(
    v.string(),
    v.nonEmpty(`${label} is empty; ${expected}.`),
    v.maxLength(MAX_CHOICE_LENGTH, `${label} is too long; ${expected}.`),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const choice = rule.match(dataset.value);
      if (choice !== undefined) return choice;
      addIssue({ message: `Unknown ${label.toLowerCase()} "${shown(text)}"; ${expected}.` });
      return NEVER;
    }),
  ), text);
}

/** A choice among fixed names, in any letter case; messages list them unless told otherwise. */
export function oneOf<T extends string>(label: string, choices: readonly T[], expected = `use ${choices.join(', ')}`): ChoiceRule<T> {
  return { label, expected, match: (text) => choices.find((c) => c.toLowerCase() === text.toLowerCase()) };
}

/**
 * Reads query parameters through their parsers and collects what was refused or adjusted, for the load
 * notice. An absent or refused parameter reads as undefined. A repeated key takes its last value, as
 * most servers and URL builders do (the later one is the one a reader appended), and the notice says so.
 */
export function queryReader<F extends string>(params: URLSearchParams) {
  const issues: InputIssue<F>[] = [];
  function read<T>(field: F, parse: (raw: string) => Parsed<T>): T | undefined {
    const all = params.getAll(field);
    const raw = all.at(-1);
    if (raw === undefined) return undefined;
    const r = parse(raw);
    if (!r.ok) {
      issues.push({ field, value: raw, message: r.message });
      return undefined;
    }
    if (all.length > 1) {
      issues.push({ field, value: all.join(', '), message: `${field} is given ${all.length} times; the last, “${shown(raw)}”, is used.`, used: true });
    }
    return r.value;
  }
  return { read, issues };
}
