// Reads the project's fixture copies (never ../shared).
import { readFileSync } from 'node:fs';

export interface FixtureFigure {
  id: string;
  chapter: string;
  essay: string;
  unit: string;
  kind: 'exact' | 'estimate' | 'data';
  value?: number;
  min?: number;
  max?: number;
  rounding?: string;
  meaning?: string;
}

export interface FiguresFixture {
  scenario: Record<string, string | number>;
  chapters: string[];
  figures: FixtureFigure[];
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

export const FIGURES_FIXTURE = readJson<FiguresFixture>('figures.json');

export interface Measurement {
  bytes_per_row: number;
  extrapolated_312k_bytes: number;
}

export interface GroundTruthFixture {
  environment: { D: number; rows_extrapolated_to: number };
  getsizeof: Record<string, Record<string, number | string>>;
  measurements: Record<string, Measurement | Record<string, unknown>> & {
    notes: {
      pandas_memory_usage_deep_bytes_per_row: { column_of_python_lists: number; column_of_arrow_ndarray_views: number };
      baseline_rss_after_imports_MB: Record<string, number>;
      per_float_rss_bytes_derived: number;
    };
  };
  instance_table: {
    type: string;
    azure_memory_GiB: number;
    essay_python_GB: string;
    essay_max_f32_rows_1536d: number;
    implied_bytes_per_row?: number;
    'implied_bytes_per_row_at_5.5GB'?: number;
  }[];
}

export const GROUND_TRUTH = readJson<GroundTruthFixture>('ground-truth.json');

export function measurement(key: string): Measurement {
  const m = GROUND_TRUTH.measurements[key] as Measurement | undefined;
  if (!m || typeof m.bytes_per_row !== 'number') throw new Error(`ground-truth.json has no measurement "${key}"`);
  return m;
}

export function relDiff(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
}
