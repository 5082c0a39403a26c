// A prose figure may be pinned to one model (what the essay says), one dtype (the output of a code
// cell whose code fixes the dtype) or the essay's whole scenario (a sentence about the essay's own
// example, which says so), whatever the reader's scenario says about them. The pins travel in
// the figure's data attributes, so they are read back from text and anything unknown is ignored.
import { DEFAULT_SCENARIO, MODELS, type Model, type Scenario } from './scenario';
import { DTYPES, type Dtype } from './units';

export interface Pins {
  model?: string | undefined;
  dtype?: string | undefined;
  /** 'essay': every input is the essay's. */
  scenario?: string | undefined;
}

export function pinned(s: Scenario, pins: Pins): Scenario {
  if (pins.scenario === 'essay') s = DEFAULT_SCENARIO;
  const model = MODELS.find((m): m is Model => m === pins.model);
  const dtype = DTYPES.find((d): d is Dtype => d === pins.dtype);
  if (!model && !dtype) return s;
  return { ...s, model: model ?? s.model, dtype: dtype ?? s.dtype };
}
