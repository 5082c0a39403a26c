// Names the memory failure a pasted error or stack trace reports: pure, so the /errors/ page runs it in
// the browser on the reader's text alone, and the unit tests run it on hand-written traces. Linear in
// the text: each case's patterns scan it once (literal-led, no nested repetition), and a paste longer
// than MAX_EXAMINED is read at its head and its tail, where a trace's cause and its last lines sit.
import { ERROR_CASES, MATCH_ORDER, type ErrorCase } from './error-cases.data';

export { ERROR_CASES, MATCH_ORDER, type ErrorCase };

/** The most text read: half from the start of the paste, half from its end. */
export const MAX_EXAMINED = 2 * 1024 * 1024;
/** The longest matched line handed back for display. */
export const MAX_LINE = 400;

export interface Decoded {
  case?: ErrorCase;
  /** The line that matched, trimmed and at most MAX_LINE characters, for display as text. */
  matched?: string;
  /** The paste was longer than MAX_EXAMINED and only its head and tail were read. */
  truncated?: boolean;
}

// The cases in the order they are tried, resolved once: an id in MATCH_ORDER without its case is a
// data error, reported when the module loads rather than skipped on every paste.
const IN_MATCH_ORDER: readonly ErrorCase[] = MATCH_ORDER.map((id) => {
  const c = ERROR_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`MATCH_ORDER names ${id}, which is not an error case`);
  return c;
});

/** The text the decoder reads: all of it, or its head and tail when it is longer than MAX_EXAMINED. */
function examined(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_EXAMINED) return { text, truncated: false };
  const half = MAX_EXAMINED / 2;
  return { text: `${text.slice(0, half)}\n${text.slice(text.length - half)}`, truncated: true };
}

/** The line around position `at`, trimmed, cut to MAX_LINE characters around the match. */
function lineAround(text: string, at: number, length: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at + length);
  const end = newline < 0 ? text.length : newline;
  let from = start;
  let to = end;
  if (to - from > MAX_LINE) {
    // Keep the match in view: a little before it, the rest after.
    from = Math.max(start, Math.min(at - 40, end - MAX_LINE));
    to = Math.min(end, from + MAX_LINE);
  }
  return `${from > start ? '…' : ''}${text.slice(from, to).trim()}${to < end ? '…' : ''}`;
}

/** The case a pasted error reports, the most specific first (MATCH_ORDER), and the line that showed it. */
export function decode(pasted: string): Decoded {
  const { text, truncated } = examined(pasted);
  const flag = truncated ? { truncated } : {};
  for (const c of IN_MATCH_ORDER) {
    for (const pattern of c.patterns) {
      const m = pattern.exec(text);
      // The context (when a case has one) is read only once a pattern has matched.
      if (m && (!c.context || c.context.test(text))) return { case: c, matched: lineAround(text, m.index, m[0].length), ...flag };
    }
  }
  return flag;
}

export interface Clues {
  /** The first "Caused by:" line: the exception that the top one wraps. */
  firstCause?: string;
  /** The last "Caused by:" line: usually the root of the chain. */
  rootCause?: string;
  /** Exit codes named in the text, in the order they first appear (at most five). */
  exitCodes: number[];
  /** Which processes the text mentions. */
  mentions: string[];
}

const CAUSED_BY = 'Caused by: ';
const EXIT_CODE = /[Ee]xit(?:ed with)? (?:code|status):? (\d{1,3})\b/g;
const MENTIONS: readonly [string, RegExp][] = [
  ['the driver', /\bdriver\b/i],
  ['an executor', /\bexecutor\b/i],
  ['a Python worker', /Python worker/i],
  ['the notebook’s Python kernel', /Python kernel|Python REPL/i],
  ['a JVM', /java\.lang\.|\bJVM\b/],
];

/**
 * What an exit code says about how a process ended. 52 is Spark's own code for a JVM ended by an
 * OutOfMemoryError (SparkExitCode.scala); codes above 128 are 128 + the signal that ended it (the bash
 * manual's exit status); the rest say only that the program gave up, so the lines before them matter.
 */
export function exitCodeMeaning(code: number): string {
  if (code === 0) return 'success: this process did not fail';
  if (code === 52) return 'Spark’s code for a JVM that ended after an OutOfMemoryError';
  if (code === 137) return 'SIGKILL (128 + 9): killed from outside, often by the OOM killer or a container’s memory limit';
  if (code === 143) return 'SIGTERM (128 + 15): asked to stop, by the cluster manager or a person';
  if (code === 139) return 'SIGSEGV (128 + 11): a crash in native code';
  if (code > 128 && code < 160) return `ended by signal ${code - 128} (128 + ${code - 128})`;
  return 'the program gave up on its own: the lines before it say why';
}

function causeLine(text: string, at: number): string | undefined {
  if (at < 0) return undefined;
  return lineAround(text, at, CAUSED_BY.length);
}

/** What an unrecognised paste still tells: the cause chain's ends, exit codes and the processes named. */
export function clues(pasted: string): Clues {
  const { text } = examined(pasted);
  const first = text.indexOf(CAUSED_BY);
  const last = text.lastIndexOf(CAUSED_BY);
  const exitCodes: number[] = [];
  for (const m of text.matchAll(EXIT_CODE)) {
    const code = Number(m[1]);
    if (!exitCodes.includes(code)) exitCodes.push(code);
    if (exitCodes.length >= 5) break;
  }
  const firstCause = causeLine(text, first);
  const rootCause = last !== first ? causeLine(text, last) : undefined;
  return {
    ...(firstCause ? { firstCause } : {}),
    ...(rootCause ? { rootCause } : {}),
    exitCodes,
    mentions: MENTIONS.filter(([, re]) => re.test(text)).map(([name]) => name),
  };
}
