// Shared rules for reading a number the reader typed, used by the scenario fields and the
// widget-local inputs alike, so both say the same thing about the same bad text.

// Anything longer cannot be a sensible input and would only be echoed back.
export const MAX_RAW_LENGTH = 32;
export const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** The reader's text as a message quotes it: trimmed and cut short. */
export function shown(raw: string): string {
  const t = raw.trim();
  return t.length > 24 ? `${t.slice(0, 23)}…` : t;
}

/** A limit as a message prints it, with separators and no exponent. */
export function plain(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 20 });
}
