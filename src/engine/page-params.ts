// What a widget setting in the address is: besides the scenario, a widget keeps its own settings there
// (the cluster's executors, Arrow for the collect, the reader's ledger lines…), so a copied link
// reproduces a cell exactly. Each setting is read through the one validator (input.ts) and written only
// when it differs from its default, as the scenario's fields are. The settings themselves are declared
// beside the model that reads them (cluster.ts, topandas.ts, budget.ts, figures-jvm.ts, instances.ts);
// src/lib/chapter-params.ts lists which chapter owns which.
import { oneOf, parseChoice, parseNumber, queryReader, type ChoiceRule, type InputIssue, type NumberRule, type Parsed } from './input';

export interface ParamSpec<T> {
  readonly default: T;
  parse(raw: string): Parsed<T>;
  /** The value as the address writes it. */
  text(value: T): string;
}

export type ParamSpecs = Readonly<Record<string, ParamSpec<unknown>>>;
export type ParamValues<S extends ParamSpecs> = { -readonly [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never };

export const numberParam = (rule: NumberRule, fallback: number): ParamSpec<number> => ({
  default: fallback,
  parse: (raw) => parseNumber(rule, raw),
  text: String,
});

// A value the reader typed in place of the model's (a ledger line, a JVM size); absent means the model's.
export const editParam = (rule: NumberRule): ParamSpec<number | undefined> => ({
  default: undefined,
  parse: (raw) => parseNumber(rule, raw),
  text: String,
});

/** A setting that is one of a rule's choices (input.ts), for a rule declared elsewhere. */
export const ruleParam = <T extends string>(rule: ChoiceRule<T>, fallback: T): ParamSpec<T> => ({
  default: fallback,
  parse: (raw) => parseChoice(rule, raw),
  text: (v) => v,
});

export const choiceParam = <T extends string>(label: string, choices: readonly T[], fallback: T): ParamSpec<T> => ruleParam(oneOf(label, choices), fallback);

// A yes/no setting, written as one of two words so a link reads plainly (arrow=off).
export const flagParam = (label: string, [yes, no]: readonly [string, string], fallback: boolean): ParamSpec<boolean> => ({
  default: fallback,
  parse: (raw) => {
    const r = parseChoice(oneOf(label, [yes, no]), raw);
    return r.ok ? { ok: true, value: r.value === yes } : r;
  },
  text: (v) => (v ? yes : no),
});

/** A choice that may be absent (a table never sorted keeps its own order). */
export const optionalChoiceParam = <T extends string>(label: string, choices: readonly T[]): ParamSpec<T | undefined> => ({
  default: undefined,
  parse: (raw) => parseChoice(oneOf(label, choices), raw),
  text: (v) => v ?? '',
});

export function defaultsOf<S extends ParamSpecs>(specs: S): ParamValues<S> {
  return Object.fromEntries(Object.entries(specs).map(([k, spec]) => [k, spec.default])) as ParamValues<S>;
}

/** Total: any query gives values, the refused ones at their defaults, each with an issue. */
export function readParams<S extends ParamSpecs>(specs: S, params: URLSearchParams): { value: ParamValues<S>; issues: InputIssue<string>[] } {
  const { read, issues } = queryReader<string>(params);
  const value = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => {
      const v = read(name, (raw) => spec.parse(raw));
      return [name, v === undefined ? spec.default : v];
    }),
  ) as ParamValues<S>;
  return { value, issues };
}

/** Only the settings that differ from their defaults; every one with `full` (a link that must not
 *  depend on today's defaults). */
export function writeParams<S extends ParamSpecs>(specs: S, value: ParamValues<S>, { full = false }: { full?: boolean } = {}): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, spec] of Object.entries(specs)) {
    const v = (value as Record<string, unknown>)[name];
    if (v !== undefined && (full || v !== spec.default)) out.set(name, spec.text(v));
  }
  return out;
}
