// The reader's inputs: defaults (the essay's scenario), limits, and a total
// parse/serialise pair for URL query strings. Parsing untrusted text never
// throws and never yields NaN, Infinity or a negative size.
import { ESSAY_SCENARIO } from './essay.data';
import { CUSTOM_INSTANCE, INSTANCES, findInstance } from './instances.data';
import { oneOf, parseChoice, parseNumber, queryReader, type ChoiceRule, type InputIssue, type NumberRule, type Parsed } from './input';
import { COMPUTES, type Compute } from './compute';
import { SPARK_DEFAULTS } from './spark-defaults';
import { DTYPES, GiB, type Dtype } from './units';

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
  /** spark.driver.maxResultSize in GiB, as Spark's `g` suffix counts; 0 is Spark's "no limit". */
  maxresult: number;
  /** Notebooks attached to the cluster: each runs its own Python REPL on the driver. */
  notebooks: number;
  /** Calibration read off the reader's driver (calibration.ts), in GB; 0 where the model guesses: the
   *  JVM's max heap, its overhead (0: Spark's formula from the heap) and the memory the kernel gives
   *  the driver (0: the node's RAM). */
  heap: number;
  overhead: number;
  avail: number;
  /** The compute the notebook runs on (compute.ts); the essay's is dedicated. */
  compute: Compute;
  model: Model;
}

export type NumberFieldName = 'ram' | 'rows' | 'dim' | 'chunk' | 'reduced' | 'partitions' | 'maxresult' | 'notebooks' | 'heap' | 'overhead' | 'avail';
export type FieldName = NumberFieldName | 'instance' | 'dtype' | 'compute' | 'model';

export type FieldIssue = InputIssue<FieldName>;

export const MODELS: readonly Model[] = ['essay', 'measured'];

// The default partition count: the essay's 312,000 rows in Arrow batches of 10,000 make 32. A real
// DataFrame's partitions come from its input splits and shuffles, not from the batch size, so the
// chapters ask the reader to type their own (df.rdd.getNumPartitions()).
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
  maxresult: SPARK_DEFAULTS.maxResultSizeBytes / GiB,
  notebooks: 1,
  heap: 0,
  overhead: 0,
  avail: 0,
  compute: 'dedicated',
  model: 'essay',
});

export const FIELD_NAMES: readonly FieldName[] = [
  'instance', 'ram', 'rows', 'dim', 'dtype', 'chunk', 'reduced', 'partitions', 'maxresult', 'notebooks', 'heap', 'overhead', 'avail', 'compute', 'model',
];

// Caps keep every product finite and meaningful: 1e10 rows × 65,536 dims × 8 B
// is 5e15 B, far inside float64's exact-integer range (9e15). 24,000 GB covers
// the largest Azure VMs (~11.4 TiB M-series) with margin. 65,536 dims is 5× the
// widest embedding models in use (~12K). Chunk may exceed rows: the model clamps.
/** An amount of memory a reader types in place of a model's (a ledger line, a JVM): more than nothing,
 *  at most the largest Azure VM's RAM with margin. */
export const GB_AMOUNT = { min: 0, minExclusive: true, max: 24_000, unit: 'GB' } as const satisfies Omit<NumberRule, 'label'>;

// The smallest node the handbook sizes: its driver heap (10/28 of the node, the essay's diagram) must
// clear the 450 MiB Spark starts with (spark-defaults.ts); 1.4 GB gives 0.5 GB.
export const MIN_RAM_GB = 1.4;

export const FIELD_RULES: Record<NumberFieldName, NumberRule> & {
  instance: ChoiceRule<string>;
  dtype: ChoiceRule<Dtype>;
  compute: ChoiceRule<Compute>;
  model: ChoiceRule<Model>;
} = {
  // The catalogue is too long to list in a message: it names the kinds of name it knows.
  instance: oneOf(
    'Node type',
    [...INSTANCES.map((i) => i.id), CUSTOM_INSTANCE],
    'pick a node type from the list (AWS, Azure or Google Cloud names, such as r5.xlarge, Standard_E8ds_v5 or n2-highmem-8) or custom',
  ),
  ram: {
    label: 'Node RAM',
    min: MIN_RAM_GB,
    max: 24_000,
    unit: 'GB',
    minWhy: "the driver's heap in this handbook's split (10 GB of every 28) would be under 0.5 GB, and Spark (UnifiedMemoryManager.scala) will not start a heap below 450 MiB",
  },
  rows: { label: 'Rows', min: 1, max: 1e10, integer: true },
  dim: { label: 'Embedding dimension', min: 1, max: 65_536, integer: true },
  dtype: oneOf('Dtype', DTYPES),
  chunk: { label: 'PCA chunk rows', min: 1, max: 1e10, integer: true },
  reduced: { label: 'Reduced dimension', min: 1, max: 65_536, integer: true },
  partitions: { label: 'Spark partitions', min: 1, max: 1_000_000, integer: true },
  maxresult: { label: 'spark.driver.maxResultSize', min: 0, max: 24_000, unit: 'GiB' },
  // Databricks: "A cluster has a maximum number of execution contexts (145)" (notebooks/execution-context).
  notebooks: { label: 'Notebooks attached', min: 1, max: 145, integer: true },
  // Calibration (0 = not calibrated): sizes under the same ceiling as node RAM.
  heap: { label: 'Calibrated driver heap', min: 0, max: 24_000, unit: 'GB' },
  overhead: { label: 'Calibrated driver overhead', min: 0, max: 24_000, unit: 'GB' },
  avail: { label: 'Calibrated driver memory', min: 0, max: 24_000, unit: 'GB' },
  compute: oneOf('Compute', COMPUTES),
  model: oneOf('Model', MODELS, `use ${MODELS.join(' or ')}`),
};

export function parseField(field: FieldName, raw: string): Parsed<string | number> {
  const rule = FIELD_RULES[field];
  return 'min' in rule ? parseNumber(rule, raw) : parseChoice(rule, raw);
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
  const { read, issues } = queryReader<FieldName>(params);
  const D = DEFAULT_SCENARIO;
  const number = (field: NumberFieldName, fallback: number) => read(field, (raw) => parseNumber(FIELD_RULES[field], raw)) ?? fallback;
  // Read in field order (an object literal evaluates in source order) so issues come out in the
  // order the form shows them.
  const named = read('instance', (raw) => parseChoice(FIELD_RULES.instance, raw));
  const instance = named ?? D.instance;
  const ram = read('ram', (raw) => parseNumber(FIELD_RULES.ram, raw));
  const node = reconcile(instance, ram);
  const catalogueRam = instanceRam(instance);
  // A link that names a node and a RAM it does not have: the RAM wins, and the notice says so.
  if (named !== undefined && ram !== undefined && catalogueRam !== undefined && node.instance === CUSTOM_INSTANCE) {
    issues.push({
      field: 'ram',
      value: String(ram),
      message: `${instance} has ${catalogueRam} GB, so the page sizes a custom ${ram} GB node.`,
      used: true,
    });
  }
  const scenario: Scenario = {
    ...node,
    rows: number('rows', D.rows),
    dim: number('dim', D.dim),
    dtype: read('dtype', (raw) => parseChoice(FIELD_RULES.dtype, raw)) ?? D.dtype,
    chunk: number('chunk', D.chunk),
    reduced: number('reduced', D.reduced),
    partitions: number('partitions', D.partitions),
    maxresult: number('maxresult', D.maxresult),
    notebooks: number('notebooks', D.notebooks),
    heap: number('heap', D.heap),
    overhead: number('overhead', D.overhead),
    avail: number('avail', D.avail),
    compute: read('compute', (raw) => parseChoice(FIELD_RULES.compute, raw)) ?? D.compute,
    model: read('model', (raw) => parseChoice(FIELD_RULES.model, raw)) ?? D.model,
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
    if (opts.full || value !== fieldValue(DEFAULT_SCENARIO, field)) out.set(field, String(value));
  }
  return out;
}

// Invalid input leaves the scenario unchanged; callers show parseField's message.
export function withField(s: Scenario, field: FieldName, value: string | number): Scenario {
  const raw = String(value);
  const apply = <T>(r: Parsed<T>, next: (x: T) => Scenario): Scenario => (r.ok ? next(r.value) : s);
  switch (field) {
    case 'instance':
      return apply(parseChoice(FIELD_RULES.instance, raw), (instance) => ({ ...s, instance, ramGB: instanceRam(instance) ?? s.ramGB }));
    case 'ram':
      return apply(parseNumber(FIELD_RULES.ram, raw), (ramGB) => ({ ...s, ramGB, instance: instanceRam(s.instance) === ramGB ? s.instance : CUSTOM_INSTANCE }));
    case 'dtype':
      return apply(parseChoice(FIELD_RULES.dtype, raw), (dtype) => ({ ...s, dtype }));
    case 'model':
      return apply(parseChoice(FIELD_RULES.model, raw), (model) => ({ ...s, model }));
    case 'compute':
      return apply(parseChoice(FIELD_RULES.compute, raw), (compute) => ({ ...s, compute }));
    default:
      return apply(parseNumber(FIELD_RULES[field], raw), (n) => ({ ...s, [field]: n }));
  }
}

