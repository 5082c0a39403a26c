// The quick-reference table: the essay's documented cells next to the engine's
// own ceiling (Python budget ÷ bytes per row) and the ~40 % practical PCA limit.
import { ESSAY_PCA_PRACTICAL_SHARE, type Range } from './essay.data';
import { CLOUD_CHOICES, ESSAY_INSTANCES, SHORT_LIST_INSTANCES, findInstance, nodesOn, type CloudChoice, type InstanceSpec } from './instances.data';
import type { Cloud } from './catalogue';
import { nodePythonBudget } from './node-split';
import { numpyPerRow } from './python-objects';
import type { Scenario } from './scenario';
import { GB, gibAsGB } from './units';
import { choiceParam, flagParam, optionalChoiceParam, type ParamSpecs } from './page-params';

export interface InstanceRow {
  spec: InstanceSpec;
  ramGB: number;
  ramDecimalGB: number;
  // Bytes: the Python budget as the table lists it, the essay's literal where it gives one, else the
  // node-split model.
  listedPython: Range;
  pythonFromEssay: boolean;
  // The listed budget as a share of the node's RAM (the essay's own shares, for the errata).
  pythonSharePct: Range;
  // Bytes: the Python budget every ceiling is computed from, the node-split model's for every node.
  pythonBudget: number;
  essayMaxRows?: number;
  essayPracticalRows?: number;
  ceilingRows: Range;
  practicalRows: Range;
  fits: boolean;
}

/** The Python budget as the table lists it: the essay's printed value where it has the node, else `computed`. */
function listedPythonBudget(spec: InstanceSpec, computed: number): { budget: Range; fromEssay: boolean } {
  if (spec.essayPythonGB) return { budget: { min: spec.essayPythonGB.min * GB, max: spec.essayPythonGB.max * GB }, fromEssay: true };
  return { budget: { min: computed, max: computed }, fromEssay: false };
}

// Rows of an in-memory array (no pandas, no PCA) that fit a Python budget.
export function ceilingRows(budgetBytes: number, dim: number, dtype: Scenario['dtype']): number {
  const perRow = numpyPerRow(Math.max(1, dim), dtype);
  return Math.floor(Math.max(0, budgetBytes) / perRow);
}

export function instanceRow(spec: InstanceSpec, s: Scenario): InstanceRow {
  const pythonBudget = nodePythonBudget(spec.ramGiB);
  const { budget, fromEssay } = listedPythonBudget(spec, pythonBudget);
  // One budget, so one ceiling; kept as a range because the table's figures are ranges.
  const rows = ceilingRows(pythonBudget, s.dim, s.dtype);
  const ceiling = { min: rows, max: rows };
  const practicalRows = Math.floor(rows * ESSAY_PCA_PRACTICAL_SHARE);
  const practical = { min: practicalRows, max: practicalRows };
  const ram = spec.ramGiB * GB;
  const row: InstanceRow = {
    spec,
    ramGB: spec.ramGiB,
    ramDecimalGB: gibAsGB(spec.ramGiB),
    listedPython: budget,
    pythonFromEssay: fromEssay,
    pythonSharePct: { min: (100 * budget.min) / ram, max: (100 * budget.max) / ram },
    pythonBudget,
    ceilingRows: ceiling,
    practicalRows: practical,
    fits: Math.max(0, s.rows) <= ceiling.min,
  };
  if (spec.essayMaxRows !== undefined) {
    row.essayMaxRows = spec.essayMaxRows;
    row.essayPracticalRows = Math.floor(spec.essayMaxRows * ESSAY_PCA_PRACTICAL_SHARE);
  }
  return row;
}

/** What 'node' means for a scenario: the handbook's short list for its own nodes and a custom one,
 *  else the whole catalogue of the node's cloud. */
export function besideCloud(s: Scenario, cloud: CloudChoice): 'short-list' | 'all' | Cloud {
  if (cloud !== 'node') return cloud;
  const node = findInstance(s.instance);
  return !node || node.shortList ? 'short-list' : node.cloud;
}

/** The essay's five rows as it printed them, then, unless `essayOnly`, the nodes chosen beside them. */
export function instanceTable(s: Scenario, which: 'essay' | CloudChoice = 'node'): InstanceRow[] {
  const beside = which === 'essay' ? undefined : besideCloud(s, which);
  const others =
    beside === undefined
      ? []
      : beside === 'short-list'
        ? SHORT_LIST_INSTANCES.filter((i) => !i.fromEssay)
        : nodesOn(beside).filter((i) => !i.fromEssay);
  return [...ESSAY_INSTANCES, ...others].map((i) => instanceRow(i, s));
}

export function instanceRowById(id: string, s: Scenario): InstanceRow | undefined {
  const spec = findInstance(id);
  return spec ? instanceRow(spec, s) : undefined;
}

// The node the reader's scenario fits with least spare: among the rows whose practical limit (the
// lower end, ~40 % of the computed ceiling, for chunked PCA) holds the scenario's rows, the one with
// the smallest such limit; ties go to less RAM. Undefined when no node is big enough.
export function bestFitInstance(rows: readonly InstanceRow[], s: Scenario): string | undefined {
  const need = Math.max(0, s.rows);
  let best: InstanceRow | undefined;
  for (const r of rows) {
    if (r.practicalRows.min < need) continue;
    if (
      !best ||
      r.practicalRows.min < best.practicalRows.min ||
      (r.practicalRows.min === best.practicalRows.min && r.ramGB < best.ramGB)
    ) {
      best = r;
    }
  }
  return best?.spec.id;
}

// Whether a row's practical limit (lower end) holds the scenario's rows.
export function fitsPractical(row: InstanceRow, s: Scenario): boolean {
  return row.practicalRows.min >= Math.max(0, s.rows);
}

export type InstanceSortKey = 'node' | 'ram' | 'python' | 'essay-rows' | 'ceiling' | 'practical';
export type SortDirection = 'ascending' | 'descending';

/** The instance table's settings in the address: `catalogue`, `beside`, `sort`, `order` (page-params.ts). */
export const INSTANCE_PARAMS = {
  catalogue: flagParam('Catalogue', ['all', 'essay'], true),
  // Which nodes stand beside the essay's: the reader's node's cloud unless a link says otherwise.
  // Named apart from the planner's `cloud`: the address has one owner per name on every page.
  beside: choiceParam<CloudChoice>('Beside the essay’s nodes', CLOUD_CHOICES, 'node'),
  // Never chosen: the table keeps the essay's order.
  sort: optionalChoiceParam<InstanceSortKey>('Sort', ['node', 'ram', 'python', 'essay-rows', 'ceiling', 'practical']),
  order: choiceParam<SortDirection>('Order', ['ascending', 'descending'], 'ascending'),
} satisfies ParamSpecs;

function sortValue(r: InstanceRow, key: Exclude<InstanceSortKey, 'node'>): number | undefined {
  switch (key) {
    case 'ram':
      return r.ramGB;
    case 'python':
      return (r.listedPython.min + r.listedPython.max) / 2;
    case 'essay-rows':
      return r.essayMaxRows;
    case 'ceiling':
      return r.ceilingRows.min;
    case 'practical':
      return r.practicalRows.min;
  }
}

// Stable sort; rows without a value in that column (the essay's rows for catalogue nodes) go last
// whichever the direction, and equal values keep the catalogue's order.
export function sortInstanceRows(rows: readonly InstanceRow[], key: InstanceSortKey, dir: SortDirection): InstanceRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => {
    if (key === 'node') return sign * a.r.spec.id.localeCompare(b.r.spec.id, 'en', { numeric: true }) || a.i - b.i;
    const va = sortValue(a.r, key);
    const vb = sortValue(b.r, key);
    if (va === undefined || vb === undefined) return va === vb ? a.i - b.i : va === undefined ? 1 : -1;
    return sign * (va - vb) || a.i - b.i;
  });
  return indexed.map((x) => x.r);
}
