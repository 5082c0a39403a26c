/**
 * The one owner of the query string. It reads the address once; each part of the page that keeps state
 * in the address registers a parameter group (the scenario store its fields, the planner `pca` and
 * `pipeline`) and gets back that group's value, parsed from the address, to read, set and follow. Every
 * write goes through here, with `history.replaceState`, so a copied address always reproduces the page.
 *
 * A parameter nobody owns is unknown: the load notice names it and the first write drops it, so a
 * re-shared link carries only what took effect. A widget may hydrate after the page script has looked
 * at the address, so a page declares the parameters its widgets own (`<meta name="handbook-url-params">`,
 * from the layout's `urlParams`): they are never unknown, and are kept as they are until their owner
 * registers. Declared parameters are written after the others, in their declared order.
 *
 * A value changes at once (its subscribers repaint the numbers); the address itself, and whoever
 * follows it, is written after the next paint, once for a burst of changes (after-paint.ts). `query()`
 * is always the new value, so a copy button never hands out the old address.
 */
import { afterNextPaint } from './after-paint';
import { listeners, type Listeners } from './listeners';

export interface ParamGroup<T, I> {
  /** The query parameters the group reads and writes. */
  readonly names: readonly string[];
  /** What Reset to essay restores. */
  readonly defaults: T;
  /** Total: any query gives a value, with an issue for each parameter that could not be used. */
  parse(params: URLSearchParams): { value: T; issues: I[] };
  /** Only what differs from the defaults. */
  serialise(value: T): URLSearchParams;
}

export interface ParamState<T, I> {
  get(): T;
  /** Sets the value and writes the address. */
  set(value: T): void;
  /** What the address asked for that could not be used, as the page was loaded. */
  readonly issues: readonly I[];
  subscribe(fn: (value: T) => void): () => void;
}

/** Where the query string lives: the location bar in the browser, a stand-in in tests. */
export interface Address {
  /** The query string as loaded, with or without its `?`. */
  readonly search: string;
  /** Replaces the query string ('' for none), keeping the path and the fragment. */
  replace(query: string): void;
}

export interface UrlState {
  register<T, I>(group: ParamGroup<T, I>): ParamState<T, I>;
  /** Parameters of the loaded address that no registered or declared group owns, each once. */
  unknown(): string[];
  /** What the loaded address asked of every registered group that could not be used as written. */
  issues(): readonly unknown[];
  /** Runs when a group registers (a widget hydrates) with issues of its own, for the load notice. */
  onIssues(fn: () => void): () => void;
  /** The query string of the current values, without `?` (the address bar catches up after the next paint). */
  query(): string;
  /** Follows the writes of the address; the callback gets the new query string. */
  subscribe(fn: (query: string) => void): () => void;
  /** Every group back to its defaults, in one write; then the reset listeners run. */
  reset(): void;
  /** For state a widget keeps outside the address that Reset to essay must restore too. */
  onReset(fn: () => void): () => void;
}

interface Registered {
  group: ParamGroup<unknown, unknown>;
  value: unknown;
  issues: readonly unknown[];
  changed: Listeners<unknown>;
}

/** Given the function that writes the address, returns what asks for a write (see createUrlState). */
export type WriteScheduler = (flush: () => void) => () => void;

/** Writes at once: the server render and the unit tests. */
const immediately: WriteScheduler = (flush) => flush;

export function createUrlState(address: Address, declared: readonly string[] = [], schedule: WriteScheduler = immediately): UrlState {
  const loaded = new URLSearchParams(address.search);
  const groups: Registered[] = [];
  const written = listeners<string>();
  const resets = listeners();
  const issued = listeners();
  let current = loaded.toString();
  let unwritten = false;

  const owner = (name: string) => groups.find((g) => g.group.names.includes(name));
  const unknown = () => [...new Set(loaded.keys())].filter((k) => !owner(k) && !declared.includes(k));

  function compose(): string {
    const all = new URLSearchParams();
    for (const g of groups) for (const [k, v] of g.group.serialise(g.value)) all.append(k, v);
    const out = new URLSearchParams([...all].filter(([k]) => !declared.includes(k)));
    for (const name of declared) {
      for (const v of (owner(name) ? all : loaded).getAll(name)) out.append(name, v);
    }
    return out.toString();
  }

  const flush = schedule(() => {
    if (!unwritten) return;
    unwritten = false;
    address.replace(current);
    written.emit(current);
  });

  function write(): void {
    current = compose();
    unwritten = true;
    flush();
  }

  function register<T, I>(group: ParamGroup<T, I>): ParamState<T, I> {
    const taken = group.names.filter((n) => groups.some((g) => g.group !== group && g.group.names.includes(n)));
    if (taken.length > 0) throw new Error(`Query parameters registered twice: ${taken.join(', ')}`);
    // A widget mounted twice registers twice: both share the one value.
    let e = groups.find((g) => g.group === group);
    if (!e) {
      const parsed = group.parse(loaded);
      e = { group: group as ParamGroup<unknown, unknown>, value: parsed.value, issues: parsed.issues, changed: listeners<unknown>() };
      groups.push(e);
      // Drop what the address asked for but could not be used.
      if (parsed.issues.length > 0 || unknown().length > 0) write();
      if (parsed.issues.length > 0) issued.emit();
    }
    const entry = e;
    return {
      get: () => entry.value as T,
      set(value) {
        entry.value = value;
        write();
        entry.changed.emit(value);
      },
      issues: entry.issues as readonly I[],
      subscribe: (fn) => entry.changed.add(fn as (v: unknown) => void),
    };
  }

  return {
    register,
    unknown,
    issues: () => groups.flatMap((g) => g.issues),
    onIssues: issued.add,
    query: () => current,
    subscribe: written.add,
    reset() {
      for (const g of groups) g.value = g.group.defaults;
      write();
      for (const g of groups) g.changed.emit(g.value);
      resets.emit();
    },
    onReset: resets.add,
  };
}

/** The address bar. */
const browserAddress = (): Address => ({
  search: location.search,
  replace(query) {
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  },
});

/** During the server render nothing is read or written: every group keeps its defaults. */
const serverAddress: Address = { search: '', replace() {} };

function declaredParams(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="handbook-url-params"]');
  return meta?.content.split(/\s+/).filter(Boolean) ?? [];
}

let page: UrlState | undefined;

/** The page's one owner of the query string; ES modules are page-wide, so every island shares it. */
export function urlState(): UrlState {
  page ??= typeof location === 'undefined' ? createUrlState(serverAddress) : createUrlState(browserAddress(), declaredParams(), afterNextPaint);
  return page;
}
