/**
 * The page's one scenario. ES modules are page-wide singletons, so every island and the prose
 * updater that import this module share it. Its fields are a parameter group of the address's owner
 * (url-state.ts), so a copied address always reproduces what the reader sees; parse and serialise are
 * the engine's.
 */
import {
  DEFAULT_SCENARIO,
  FIELD_NAMES,
  parse,
  serialise,
  withField,
  type FieldIssue,
  type FieldName,
  type Scenario,
} from '../engine/scenario';
import { urlState, type ParamGroup } from './url-state';

export const SCENARIO_PARAMS: ParamGroup<Scenario, FieldIssue> = {
  names: FIELD_NAMES,
  defaults: DEFAULT_SCENARIO,
  parse(params) {
    const { scenario, issues } = parse(params);
    return { value: scenario, issues };
  },
  serialise: (s) => serialise(s),
};

const state = urlState().register(SCENARIO_PARAMS);

export function getScenario(): Scenario {
  return state.get();
}

export function setScenario(next: Scenario): void {
  state.set(next);
}

/** Applies one already-validated field value (widgets validate with parseField first). */
export function setField(field: FieldName, value: string | number): void {
  setScenario(withField(getScenario(), field, value));
}

export function subscribe(fn: (s: Scenario) => void): () => void {
  return state.subscribe(fn);
}

/** The query string of the current scenario ('' when it is the essay's), for links to other pages. */
export function scenarioQuery(): string {
  return serialise(getScenario()).toString();
}
