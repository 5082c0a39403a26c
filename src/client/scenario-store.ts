/**
 * The page's one scenario. ES modules are page-wide singletons, so every island and the prose
 * updater that import this module share it. It mirrors itself into the URL with replaceState so a
 * copied address always reproduces what the reader sees.
 */
import {
  DEFAULT_SCENARIO,
  PAGE_PARAMS,
  parse,
  serialise,
  unknownParams,
  withField,
  type FieldIssue,
  type FieldName,
  type Scenario,
} from '../engine/scenario';

export type Listener = (s: Scenario) => void;

export interface LoadReport {
  issues: FieldIssue[];
  unknown: string[];
}

const listeners = new Set<Listener>();
let current: Scenario = DEFAULT_SCENARIO;
let loaded: LoadReport = { issues: [], unknown: [] };
let started = false;

const inBrowser = () => typeof window !== 'undefined' && typeof location !== 'undefined';

/** Reads the URL once, on first use in the browser; during the server render the defaults stand. */
function start(): void {
  if (started || !inBrowser()) return;
  started = true;
  const params = new URLSearchParams(location.search);
  const result = parse(params);
  current = result.scenario;
  loaded = { issues: result.issues, unknown: unknownParams(params) };
  // Drop the ignored parts from the address so a re-shared link carries only what took effect.
  if (loaded.issues.length > 0 || loaded.unknown.length > 0) writeUrl(current);
}

function writeUrl(s: Scenario): void {
  if (!inBrowser()) return;
  const out = serialise(s);
  // Page-level parameters (the planner's pca and pipeline) are the page's business: keep them as they are.
  const here = new URLSearchParams(location.search);
  for (const name of PAGE_PARAMS) {
    const v = here.get(name);
    if (v !== null) out.set(name, v);
  }
  const query = out.toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  history.replaceState(history.state, '', url);
}

export function getScenario(): Scenario {
  start();
  return current;
}

/** Fields the URL asked for but that could not be used, and parameter names that mean nothing here. */
export function loadReport(): LoadReport {
  start();
  return loaded;
}

export function setScenario(next: Scenario): void {
  start();
  current = next;
  writeUrl(current);
  for (const fn of listeners) fn(current);
}

/** Applies one already-validated field value (widgets validate with parseField first). */
export function setField(field: FieldName, value: string | number): void {
  setScenario(withField(getScenario(), field, value));
}

export function resetScenario(): void {
  setScenario(DEFAULT_SCENARIO);
}

export function subscribe(fn: Listener): () => void {
  start();
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The query string of the current scenario ('' when it is the essay's). */
export function scenarioQuery(): string {
  return serialise(getScenario()).toString();
}
