// The settings a chapter's widgets keep in the address besides the scenario, so that a copied link
// reproduces a cell exactly: the cluster's executors and operation, Arrow and the dtype for the collect,
// prefetch for the stream, the reader's own ledger lines. Each is read through the one validator
// (input.ts) and written only when it differs from its default, as the scenario's fields are.
import { INTERPRETER_GB_RULE, METADATA_GB_RULE } from './budget';
import type { ChapterSlug } from './chapters';
import { DEFAULT_EXECUTORS, EXECUTORS_RULE, OPERATIONS, type Operation } from './cluster';
import { JVM_GB_RULE, THREADS_RULE } from './figures-jvm';
import type { InstanceSortKey, SortDirection } from './instances';
import { oneOf, parseChoice, parseNumber, queryReader, type InputIssue, type NumberRule, type Parsed } from './input';

export interface ParamSpec<T> {
  readonly default: T;
  parse(raw: string): Parsed<T>;
  /** The value as the address writes it. */
  text(value: T): string;
}

type Specs = Readonly<Record<string, ParamSpec<unknown>>>;
export type ParamValues<S extends Specs> = { -readonly [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never };

const number = (rule: NumberRule, fallback: number): ParamSpec<number> => ({
  default: fallback,
  parse: (raw) => parseNumber(rule, raw),
  text: String,
});

// A value the reader typed in place of the model's (a ledger line, a JVM size); absent means the model's.
const edit = (rule: NumberRule): ParamSpec<number | undefined> => ({
  default: undefined,
  parse: (raw) => parseNumber(rule, raw),
  text: String,
});

const choice = <T extends string>(label: string, choices: readonly T[], fallback: T): ParamSpec<T> => ({
  default: fallback,
  parse: (raw) => parseChoice(oneOf(label, choices), raw),
  text: (v) => v,
});

// A yes/no setting, written as one of two words so a link reads plainly (arrow=off).
const flag = (label: string, [yes, no]: readonly [string, string], fallback: boolean): ParamSpec<boolean> => ({
  default: fallback,
  parse: (raw) => {
    const r = parseChoice(oneOf(label, [yes, no]), raw);
    return r.ok ? { ok: true, value: r.value === yes } : r;
  },
  text: (v) => (v ? yes : no),
});

export const TOPOLOGY_PARAMS = {
  executors: number(EXECUTORS_RULE, DEFAULT_EXECUTORS),
  op: choice<Operation>('Operation', OPERATIONS.map((o) => o.id), 'toPandas'),
} satisfies Specs;

export const COLLECT_PARAMS = {
  arrow: flag('Arrow', ['on', 'off'], true),
  npdtype: flag('np.array dtype', ['given', 'none'], true),
  prefetch: flag('Prefetch', ['on', 'off'], false),
} satisfies Specs;

export const LEDGER_PARAMS = {
  meta: edit(METADATA_GB_RULE),
  interp: edit(INTERPRETER_GB_RULE),
  frame: flag('Frame', ['alive', 'deleted'], false),
} satisfies Specs;

export const JVM_PARAMS = {
  jvm: choice('JVM allocation', ['split', 'typed'] as const, 'split'),
  jvmgb: edit(JVM_GB_RULE),
  threads: edit(THREADS_RULE),
} satisfies Specs;

const SORT_KEYS: readonly InstanceSortKey[] = ['node', 'ram', 'python', 'essay-rows', 'ceiling', 'practical'];

// A sort that was never chosen is absent: the table keeps the essay's order.
const sortKey: ParamSpec<InstanceSortKey | undefined> = {
  default: undefined,
  parse: (raw) => parseChoice(oneOf('Sort', SORT_KEYS), raw),
  text: (v) => v ?? '',
};

export const INSTANCE_PARAMS = {
  catalogue: flag('Catalogue', ['all', 'essay'], true),
  sort: sortKey,
  order: choice<SortDirection>('Order', ['ascending', 'descending'], 'ascending'),
} satisfies Specs;

/** Which chapter's widgets own which settings; the page declares them so none reads as unknown. */
export const CHAPTER_PARAMS: Partial<Record<ChapterSlug, readonly Specs[]>> = {
  jvm: [JVM_PARAMS],
  nodes: [TOPOLOGY_PARAMS],
  topandas: [COLLECT_PARAMS],
  budget: [LEDGER_PARAMS, INSTANCE_PARAMS],
};

/** The query names a chapter's widgets own. */
export const chapterParamNames = (slug: ChapterSlug): string[] => (CHAPTER_PARAMS[slug] ?? []).flatMap((specs) => Object.keys(specs));

export function defaultsOf<S extends Specs>(specs: S): ParamValues<S> {
  return Object.fromEntries(Object.entries(specs).map(([k, spec]) => [k, spec.default])) as ParamValues<S>;
}

/** Total: any query gives values, the refused ones at their defaults, each with an issue. */
export function readParams<S extends Specs>(specs: S, params: URLSearchParams): { value: ParamValues<S>; issues: InputIssue<string>[] } {
  const { read, issues } = queryReader<string>(params);
  const value = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => {
      const v = read(name, (raw) => spec.parse(raw));
      return [name, v === undefined ? spec.default : v];
    }),
  ) as ParamValues<S>;
  return { value, issues };
}

/** Only the settings that differ from their defaults. */
export function writeParams<S extends Specs>(specs: S, value: ParamValues<S>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, spec] of Object.entries(specs)) {
    const v = (value as Record<string, unknown>)[name];
    if (v !== spec.default && v !== undefined) out.set(name, spec.text(v));
  }
  return out;
}
