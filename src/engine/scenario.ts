// The reader's inputs: defaults (the essay's scenario), limits, and a total
// parse/serialise pair for URL query strings. Parsing untrusted text never
// throws and never yields NaN, Infinity or a negative size.
import * as v from 'valibot';
import { ESSAY_SCENARIO } from './essay.data';
import { CUSTOM_INSTANCE, INSTANCES, findInstance, findInstanceLoose } from './instances.data';
import { DTYPES, type Dtype } from './units';
import { MAX_RAW_LENGTH, NUMBER_RE, plain, shown } from './input-text';

export type { Dtype } from './units';
export type Model = 'essay' | 'measured';

export interface Scenario {
  instance: string;
  ramGB: number;
  rows: number;
  dim: number;
  dtype: Dtype;
  chunk: number;
  reduced: number;
  partitions: number;
  model: Model;
}

export type FieldName = 'instance' | 'ram' | 'rows' | 'dim' | 'dtype' | 'chunk' | 'reduced' | 'partitions' | 'model';

export interface FieldIssue {
  field: FieldName;
  value: string;
  message: string;
}

export const MODELS: readonly Model[] = ['essay', 'measured'];

// Arrow batches of spark.sql.execution.arrow.maxRecordsPerBatch = 10,000 rows:
// the essay's 312,000 rows arrive as ceil(312000 / 10000) = 32 batches, so 32
// partitions is the granularity the driver sees by default.
const MAX_RECORDS_PER_BATCH = 10_000;
const DEFAULT_PARTITIONS = Math.ceil(ESSAY_SCENARIO.rows / MAX_RECORDS_PER_BATCH);

export const DEFAULT_SCENARIO: Scenario = Object.freeze({
  instance: ESSAY_SCENARIO.instance,
  ramGB: ESSAY_SCENARIO.ramGB,
  rows: ESSAY_SCENARIO.rows,
  dim: ESSAY_SCENARIO.dim,
  dtype: 'f32',
  chunk: ESSAY_SCENARIO.chunk,
  reduced: ESSAY_SCENARIO.reduced,
  partitions: DEFAULT_PARTITIONS,
  model: 'essay',
});

export const FIELD_NAMES: readonly FieldName[] = [
  'instance', 'ram', 'rows', 'dim', 'dtype', 'chunk', 'reduced', 'partitions', 'model',
];

export interface FieldMeta {
  label: string;
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: string;
}

// Caps keep every product finite and meaningful: 1e10 rows × 65,536 dims × 8 B
// is 5e15 B, far inside float64's exact-integer range (9e15). 24,000 GB covers
// the largest Azure VMs (~11.4 TiB M-series) with margin. 65,536 dims is 5× the
// widest embedding models in use (~12K). Chunk may exceed rows: the model clamps.
export const FIELD_META: Record<FieldName, FieldMeta> = {
  instance: {
    label: 'Node type',
  },
  ram: {
    label: 'Node RAM',
    min: 0,
    max: 24_000,
    unit: 'GB',
  },
  rows: {
    label: 'Rows',
    min: 1,
    max: 1e10,
    integer: true,
    unit: 'rows',
  },
  dim: {
    label: 'Embedding dimension',
    min: 1,
    max: 65_536,
    integer: true,
  },
  dtype: {
    label: 'Dtype',
  },
  chunk: {
    label: 'PCA chunk rows',
    min: 1,
    max: 1e10,
    integer: true,
    unit: 'rows',
  },
  reduced: {
    label: 'Reduced dimension',
    min: 1,
    max: 65_536,
    integer: true,
  },
  partitions: {
    label: 'Spark partitions',
    min: 1,
    max: 1_000_000,
    integer: true,
  },
  model: {
    label: 'Model',
  },
};


type NumericField = 'ram' | 'rows' | 'dim' | 'chunk' | 'reduced' | 'partitions';

function numericSchema(field: NumericField) {
  const meta = FIELD_META[field];
  const label = meta.label;
  const unit = meta.unit === 'GB' ? ' GB' : '';
  const max = meta.max ?? Number.MAX_VALUE;
  const min = meta.min ?? 0;
  // Integer fields start at their minimum; RAM only has to be positive.
  const lowerOk = (n: number) => (meta.integer ? n >= min : n > min);
  const lowerMessage = meta.integer ? `at least ${plain(min)}` : `greater than ${plain(min)}${unit}`;
  return v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(`${label} is empty; enter a number.`),
    v.maxLength(MAX_RAW_LENGTH, (i) => `${label} is too long to be a number (${i.input.length} characters).`),
    v.regex(NUMBER_RE, (i) => `${label} must be a number (got "${shown(i.input)}").`),
    v.transform((t: string): number => Number(t)),
    // The parsed value is Infinity here; never echo that word to the reader.
    v.finite(() => `${label} is too large to be a number.`),
    v.check((n) => !meta.integer || Number.isInteger(n), (i) => `${label} must be a whole number (got ${shown(String(i.input))}).`),
    v.check(lowerOk, (i) => `${label} must be ${lowerMessage} (got ${shown(String(i.input))}).`),
    v.maxValue(max, (i) => `${label} must be at most ${plain(max)}${unit} (got ${shown(String(i.input))}).`),
  );
}

function choiceSchema(field: 'instance' | 'dtype' | 'model', canonical: (s: string) => string | undefined, expected: string) {
  const label = FIELD_META[field].label;
  return v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(`${label} is empty; ${expected}.`),
    v.maxLength(MAX_RAW_LENGTH * 2, `${label} is too long; ${expected}.`),
    v.check((s) => canonical(s) !== undefined, (i) => `Unknown ${label.toLowerCase()} "${shown(String(i.input))}"; ${expected}.`),
    v.transform((s) => canonical(s) ?? ''),
  );
}

function canonicalInstance(s: string): string | undefined {
  if (s.trim().toLowerCase() === CUSTOM_INSTANCE) return CUSTOM_INSTANCE;
  return findInstanceLoose(s)?.id;
}

function canonicalDtype(s: string): Dtype | undefined {
  const key = s.trim().toLowerCase();
  return DTYPES.find((d) => d === key);
}

function canonicalModel(s: string): Model | undefined {
  const key = s.trim().toLowerCase();
  return MODELS.find((m) => m === key);
}

const SCHEMAS = {
  instance: choiceSchema('instance', canonicalInstance, `choose one of ${INSTANCES.map((i) => i.id).join(', ')} or custom`),
  ram: numericSchema('ram'),
  rows: numericSchema('rows'),
  dim: numericSchema('dim'),
  dtype: choiceSchema('dtype', canonicalDtype, `use ${DTYPES.join(', ')}`),
  chunk: numericSchema('chunk'),
  reduced: numericSchema('reduced'),
  partitions: numericSchema('partitions'),
  model: choiceSchema('model', canonicalModel, `use ${MODELS.join(' or ')}`),
} as const;

export type FieldResult = { ok: true; value: string | number } | { ok: false; issue: FieldIssue };

export function parseField(field: FieldName, raw: string): FieldResult {
  const input = typeof raw === 'string' ? raw : String(raw);
  try {
    const result = v.safeParse(SCHEMAS[field], input, { abortPipeEarly: true });
    if (result.success) return { ok: true, value: result.output };
    const message = result.issues[0]?.message ?? `${FIELD_META[field].label} is not valid.`;
    return { ok: false, issue: { field, value: input, message } };
  } catch {
    // valibot does not throw from safeParse; this guards the "never throws" promise regardless.
    return { ok: false, issue: { field, value: input, message: `${FIELD_META[field].label} is not valid.` } };
  }
}

export const PARAM_NAMES: Readonly<Record<FieldName, string>> = {
  instance: 'instance',
  ram: 'ram',
  rows: 'rows',
  dim: 'dim',
  dtype: 'dtype',
  chunk: 'chunk',
  reduced: 'reduced',
  partitions: 'partitions',
  model: 'model',
};

// A repeated key takes its last value, as most servers and URL builders do:
// the later one is the one a reader appended.
function lastValue(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  return all.length === 0 ? undefined : all[all.length - 1];
}

function instanceRam(instance: string): number | undefined {
  return findInstance(instance)?.ramGiB;
}

// Instance and RAM must agree: a catalogue node always carries its catalogue RAM;
// any other RAM makes the node 'custom'.
function reconcile(instance: string, ramGB: number | undefined): { instance: string; ramGB: number } {
  const catalogue = instanceRam(instance);
  if (ramGB === undefined) return { instance, ramGB: catalogue ?? DEFAULT_SCENARIO.ramGB };
  if (catalogue !== undefined && catalogue === ramGB) return { instance, ramGB };
  return { instance: CUSTOM_INSTANCE, ramGB };
}

export function parse(params: URLSearchParams): { scenario: Scenario; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const read = (field: FieldName): string | number | undefined => {
    const raw = lastValue(params, PARAM_NAMES[field]);
    if (raw === undefined) return undefined;
    const r = parseField(field, raw);
    if (r.ok) return r.value;
    issues.push(r.issue);
    return undefined;
  };
  // Read in field order so issues come out in the order the form shows them.
  const raw = Object.fromEntries(FIELD_NAMES.map((f) => [f, read(f)])) as Record<FieldName, string | number | undefined>;
  const num = (field: FieldName, fallback: number): number => {
    const x = raw[field];
    return typeof x === 'number' ? x : fallback;
  };
  const node = reconcile(
    typeof raw.instance === 'string' ? raw.instance : DEFAULT_SCENARIO.instance,
    typeof raw.ram === 'number' ? raw.ram : undefined,
  );
  const scenario: Scenario = {
    instance: node.instance,
    ramGB: node.ramGB,
    rows: num('rows', DEFAULT_SCENARIO.rows),
    dim: num('dim', DEFAULT_SCENARIO.dim),
    dtype: canonicalDtype(String(raw.dtype ?? '')) ?? DEFAULT_SCENARIO.dtype,
    chunk: num('chunk', DEFAULT_SCENARIO.chunk),
    reduced: num('reduced', DEFAULT_SCENARIO.reduced),
    partitions: num('partitions', DEFAULT_SCENARIO.partitions),
    model: canonicalModel(String(raw.model ?? '')) ?? DEFAULT_SCENARIO.model,
  };
  return { scenario, issues };
}

function fieldValue(s: Scenario, field: FieldName): string | number {
  return field === 'ram' ? s.ramGB : s[field];
}

export function serialise(s: Scenario, opts: { full?: boolean } = {}): URLSearchParams {
  const out = new URLSearchParams();
  for (const field of FIELD_NAMES) {
    const value = fieldValue(s, field);
    if (opts.full || value !== fieldValue(DEFAULT_SCENARIO, field)) out.set(PARAM_NAMES[field], String(value));
  }
  return out;
}

// Invalid input leaves the scenario unchanged; callers show parseField's issue.
export function withField(s: Scenario, field: FieldName, value: string | number): Scenario {
  const r = parseField(field, typeof value === 'number' ? String(value) : value);
  if (!r.ok) return s;
  const x = r.value;
  switch (field) {
    case 'instance': {
      const ram = instanceRam(String(x));
      return { ...s, instance: String(x), ramGB: ram ?? s.ramGB };
    }
    case 'ram': {
      const ramGB = Number(x);
      return { ...s, ramGB, instance: instanceRam(s.instance) === ramGB ? s.instance : CUSTOM_INSTANCE };
    }
    case 'dtype':
      return { ...s, dtype: canonicalDtype(String(x)) ?? s.dtype };
    case 'model':
      return { ...s, model: canonicalModel(String(x)) ?? s.model };
    default:
      return { ...s, [field]: Number(x) };
  }
}

export function isValidScenario(s: Scenario): boolean {
  return FIELD_NAMES.every((f) => parseField(f, String(fieldValue(s, f))).ok) && reconcile(s.instance, s.ramGB).instance === s.instance;
}
