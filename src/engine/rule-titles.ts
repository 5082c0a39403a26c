// The titles of the rules of thumb (the essay's eight, then the handbook's own for executors), apart from the rest of each rule (rules.data.ts)
// because the job planner links the rules that apply by title and needs nothing else of them.
export type RuleId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  1: 'Budget for Python, not for the node',
  2: 'Never toPandas() a wide column',
  3: 'Turn float lists into arrays at once',
  4: 'Native memory is invisible to Python’s tools',
  5: 'Work in chunks',
  6: 'Prefer float32',
  7: 'The JVM does not shrink',
  8: 'Restart after an OOM',
  9: 'Budget every task slot’s batch at once',
  10: 'In applyInPandas, the largest group decides',
};
