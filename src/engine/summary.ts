// One line that names the scenario a page is showing, for the scenario bar and printed pages.
import { formatNumber, formatRows, TIMES } from './format';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import type { Compute } from './compute';

const COMPUTE_WORDS: Record<Compute, string> = { dedicated: 'dedicated compute', standard: 'standard access mode', serverless: 'serverless', connect: 'Databricks Connect' };

function isDefault(s: Scenario): boolean {
  return (Object.keys(DEFAULT_SCENARIO) as (keyof Scenario)[]).every((k) => s[k] === DEFAULT_SCENARIO[k]);
}

// The cluster's settings, named only when the reader changed them: in the summary line and in the
// title of a copied link alike.
function clusterWords(s: Scenario): string[] {
  return [
    ...(s.compute !== DEFAULT_SCENARIO.compute ? [COMPUTE_WORDS[s.compute]] : []),
    ...(s.heap > 0 ? [`calibrated driver (heap ${formatNumber(s.heap, { decimals: 1 })} GB)`] : []),
    ...(s.notebooks !== DEFAULT_SCENARIO.notebooks ? [`${formatNumber(s.notebooks, { decimals: 0 })} notebooks attached`] : []),
    ...(s.maxresult !== DEFAULT_SCENARIO.maxresult ? [s.maxresult === 0 ? 'no result-size limit' : `maxResultSize ${formatNumber(s.maxresult, { decimals: 2 })} GiB`] : []),
  ];
}

export function scenarioSummary(s: Scenario): string {
  const node = s.instance === 'custom' ? 'Custom node' : s.instance;
  const parts = [
    `${node} (${formatNumber(s.ramGB, { decimals: 1 })} GB)`,
    `${formatRows(s.rows)} rows ${TIMES} ${formatNumber(s.dim, { decimals: 0 })}`,
    s.dtype,
    ...clusterWords(s),
    `${s.model === 'essay' ? 'essay' : 'measured'} numbers`,
  ];
  return `${parts.join(', ')}${isDefault(s) ? ' — the essay’s scenario' : ''}`;
}

/**
 * The scenario in a few words, for the title of a copied link: "E8ds_v5, 1M × 768 f64, measured", with
 * the cluster settings the reader changed ("serverless", "3 notebooks attached").
 * Azure's "Standard_" prefix is dropped; a custom node is named by its RAM.
 */
export function scenarioTag(s: Scenario): string {
  const node = s.instance === 'custom' ? `custom ${formatNumber(s.ramGB, { decimals: 1 })} GB node` : s.instance.replace(/^Standard_/, '');
  const work = `${formatRows(s.rows)} ${TIMES} ${formatNumber(s.dim, { decimals: 0 })} ${s.dtype}`;
  return [node, work, ...clusterWords(s), ...(s.model === 'measured' ? ['measured'] : [])].join(', ');
}
