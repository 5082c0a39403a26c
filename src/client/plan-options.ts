/**
 * The job planner's options in the address (`pca`, `pipeline`): a parameter group of url-state.ts,
 * parsed and written by the engine's planner. /plan/ declares these names in its markup, since the
 * planner may hydrate after the page script has read the address.
 */
import { DEFAULT_PLAN_OPTIONS, PLAN_PARAMS, planParams, readPlanParams, type PlanOptions, type PlanParam } from '../engine/planner';
import type { InputIssue } from '../engine/input';
import { urlState, type ParamGroup } from './url-state';

export const PLAN_OPTION_PARAMS: ParamGroup<Required<PlanOptions>, InputIssue<PlanParam>> = {
  names: PLAN_PARAMS,
  defaults: DEFAULT_PLAN_OPTIONS,
  parse(params) {
    const { options, issues } = readPlanParams(params);
    return { value: options, issues };
  },
  serialise: (options) => planParams(options),
};

export const planOptions = urlState().register(PLAN_OPTION_PARAMS);
