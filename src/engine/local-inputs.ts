// Validation for widget-local inputs: numbers a reader types into one cell that are not part of the
// URL scenario (a JVM size of their own, a thread count). Same rules and wording as the scenario's
// fields: never throws, never yields NaN, Infinity or an out-of-range value.
import { MAX_RAW_LENGTH, NUMBER_RE, plain, shown } from './input-text';

export interface LocalNumberRule {
  label: string;
  // Integers start at min; other numbers must be strictly greater than min.
  min: number;
  max: number;
  integer?: boolean;
  unit?: string;
}

export type LocalParse = { ok: true; value: number } | { ok: false; message: string };


export function parseLocalNumber(rule: LocalNumberRule, raw: string): LocalParse {
  const input = typeof raw === 'string' ? raw : String(raw);
  const t = input.trim();
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const fail = (message: string): LocalParse => ({ ok: false, message });
  if (t === '') return fail(`${rule.label} is empty; enter a number.`);
  if (t.length > MAX_RAW_LENGTH) return fail(`${rule.label} is too long to be a number (${t.length} characters).`);
  if (!NUMBER_RE.test(t)) return fail(`${rule.label} must be a number (got "${shown(t)}").`);
  const n = Number(t);
  if (!Number.isFinite(n)) return fail(`${rule.label} is too large (got ${shown(t)}).`);
  if (rule.integer && !Number.isInteger(n)) return fail(`${rule.label} must be a whole number (got ${shown(t)}).`);
  const lowerOk = rule.integer ? n >= rule.min : n > rule.min;
  if (!lowerOk) {
    const bound = rule.integer ? `at least ${plain(rule.min)}` : `greater than ${plain(rule.min)}${unit}`;
    return fail(`${rule.label} must be ${bound} (got ${shown(t)}).`);
  }
  if (n > rule.max) return fail(`${rule.label} must be at most ${plain(rule.max)}${unit} (got ${shown(t)}).`);
  return { ok: true, value: n };
}

// A typed JVM allocation: positive, and no larger than the largest node RAM the scenario accepts.
export const JVM_GB_RULE: LocalNumberRule = { label: 'JVM allocation', min: 0, max: 24_000, unit: 'GB' };

// JVM threads: a whole number; a million threads would need a terabyte of stack reservation.
export const THREADS_RULE: LocalNumberRule = { label: 'JVM threads', min: 1, max: 1_000_000, integer: true };
