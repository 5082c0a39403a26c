/**
 * A chapter's widget settings in the address (src/engine/page-params.ts), as a parameter group of the
 * address's owner (url-state.ts), and as a widget reads them: the defaults while hydrating (the server
 * rendered those), the address's values once mounted, then every change, Reset to essay included.
 */
import { onMount } from 'svelte';
import { defaultsOf, readParams, writeParams, type ParamSpecs, type ParamValues } from '../engine/page-params';
import type { InputIssue } from '../engine/input';
import { urlState, type ParamState } from './url-state';


// One registration per set of settings, however many widgets read it (both toPandas cells share one).
const registered = new WeakMap<ParamSpecs, ParamState<unknown, InputIssue<string>>>();

export function pageParams<S extends ParamSpecs>(specs: S): ParamState<ParamValues<S>, InputIssue<string>> {
  let state = registered.get(specs);
  if (!state) {
    state = urlState().register({
      names: Object.keys(specs),
      defaults: defaultsOf(specs),
      parse: (params) => readParams(specs, params),
      serialise: (value) => writeParams(specs, value as ParamValues<S>),
    });
    registered.set(specs, state);
  }
  return state as ParamState<ParamValues<S>, InputIssue<string>>;
}

export interface LiveParams<S extends ParamSpecs> {
  readonly value: ParamValues<S>;
  set(patch: Partial<ParamValues<S>>): void;
}

/** Call during component initialisation (it registers an onMount). */
export function liveParams<S extends ParamSpecs>(specs: S): LiveParams<S> {
  const state = pageParams(specs);
  let value = $state.raw(defaultsOf(specs));
  onMount(() => {
    value = state.get();
    return state.subscribe((v) => (value = v));
  });
  return {
    get value() {
      return value;
    },
    set(patch) {
      state.set({ ...state.get(), ...patch });
    },
  };
}
