// Prose that depends on a figure's sign. A sentence such as "the remaining 6.7 GB is not spare" is
// false when the ledger is short; the page then shows the other sentence, "the ledger is short by …".
// The static HTML and the live repaint both decide through holds(), so they cannot disagree.
import type { FigureValue } from './figure-spec';

export const CONDITIONS = ['positive', 'zero'] as const;
export type Condition = (typeof CONDITIONS)[number];

const isCondition = (c: string | undefined): c is Condition => CONDITIONS.some((x) => x === c);

/** Whether a figure's value meets the condition; a range is judged by its upper end. */
export function holds(v: FigureValue, condition: string | undefined): boolean {
  if (!isCondition(condition)) return true;
  const n = v.value ?? v.max ?? 0;
  return condition === 'positive' ? n > 0 : n <= 0;
}

export interface ConditionAttrs {
  'data-when-figure': string;
  'data-when': Condition;
  'data-model': string | undefined;
  hidden: boolean;
}

/** The attributes of an element shown only while `v` (the figure `v.id`) meets the condition. */
export function conditionAttrs(v: FigureValue, condition: Condition, model?: string): ConditionAttrs {
  return { 'data-when-figure': v.id, 'data-when': condition, 'data-model': model, hidden: !holds(v, condition) };
}
