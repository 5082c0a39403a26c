/**
 * How the essay rounds, as figures.json states it, and what a figure's visible text must show. These
 * rules read the project's copy of figures.json only, never the engine, so the check is independent.
 */
import { readFileSync } from 'node:fs';

export interface FigureSpec {
  id: string;
  chapter: string;
  essay: string;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  kind: string;
  rounding?: string;
}

export function loadFigures(): { scenario: Record<string, unknown>; figures: FigureSpec[] } {
  return JSON.parse(readFileSync('tests/fixtures/figures.json', 'utf8'));
}

function sig(v: number, n: number): number {
  if (v === 0) return 0;
  const p = Math.pow(10, n - Math.ceil(Math.log10(Math.abs(v))));
  return Math.round(v * p) / p;
}

/** The number as the essay prints it, per the figure's rounding note. */
export function essayRounded(v: number, rounding?: string): number {
  if (!rounding) return v;
  if (/1 decimal/.test(rounding)) return Math.round(v * 10) / 10;
  if (/whole/.test(rounding)) return Math.round(v);
  const s = /(\d+) significant figure/.exec(rounding);
  if (s) return sig(v, Number(s[1]));
  throw new Error(`Unknown rounding "${rounding}" in figures.json`);
}

/** True when `actual` (the page's unrounded data-value) lands on the essay's figure. */
export function withinRounding(actual: number, expected: number, rounding?: string): boolean {
  if (!Number.isFinite(actual)) return false;
  if (!rounding) return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return Math.abs(essayRounded(actual, rounding) - essayRounded(expected, rounding)) < 1e-9;
}

/** Acceptable ways to print a number: plain, with separators, or compact (500K, 1.5M). */
export function spellings(v: number): string[] {
  const out = new Set<string>([String(v), v.toLocaleString('en-US')]);
  if (Math.abs(v) >= 1e6) out.add(`${Math.round(v / 1e5) / 10}M`);
  else if (Math.abs(v) >= 1e3) out.add(`${Math.round(v / 1e2) / 10}K`);
  return [...out];
}

export function showsNumber(text: string, v: number): boolean {
  const clean = text.replace(/[\u00a0\u2009\u202f]/g, ' ');
  return spellings(v).some((s) => {
    const esc = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\d.])${esc}(?![\\d])`).test(clean);
  });
}
