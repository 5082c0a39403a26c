// The node types the engine sizes: every entry of the cloud catalogue (catalogue.ts), with the essay's
// quick-reference literals on its five Azure rows. RAM is the provider's number as stated, which AWS and
// Azure give in GiB and the essay (like the Databricks cluster page) writes as "GB"; the engine takes it
// as stated and reports the decimal equivalent separately (see units.gibAsGB).
import { CLOUDS, NODE_CATALOGUE, type Cloud, type Family } from './catalogue';
import type { Range } from './essay.data';

export interface InstanceSpec {
  id: string;
  ramGiB: number;
  cores: number;
  cloud: Cloud;
  family: Family;
  series: string;
  /** The provider's page the RAM and vCPUs come from. */
  source: string;
  fromEssay: boolean;
  /** In the handbook's short list: the essay's five nodes and six common Azure drivers, the rows the
   *  budget chapter's table shows by default and whose figures have published ids. */
  shortList: boolean;
  // The essay's quick-reference literals, only for its five rows.
  essayPythonGB?: Range;
  essayMaxRows?: number;
}

// The essay's table, in its order, with what it printed for each node.
const ESSAY_TABLE: Readonly<Record<string, { essayPythonGB: Range; essayMaxRows: number }>> = {
  Standard_DS3_v2: { essayPythonGB: { min: 5, max: 6 }, essayMaxRows: 500_000 },
  Standard_DS4_v2: { essayPythonGB: { min: 12, max: 12 }, essayMaxRows: 1_500_000 },
  Standard_DS5_v2: { essayPythonGB: { min: 25, max: 25 }, essayMaxRows: 3_000_000 },
  Standard_E4ds_v5: { essayPythonGB: { min: 14, max: 14 }, essayMaxRows: 1_800_000 },
  Standard_E8ds_v5: { essayPythonGB: { min: 30, max: 30 }, essayMaxRows: 4_000_000 },
};
// Common Databricks drivers on Azure beside the essay's, in the order the table lists them.
const COMMON_DRIVERS = ['Standard_DS12_v2', 'Standard_DS13_v2', 'Standard_D4ds_v5', 'Standard_D8ds_v5', 'Standard_E16ds_v5', 'Standard_E32ds_v5'];
const SHORT_LIST = [...Object.keys(ESSAY_TABLE), ...COMMON_DRIVERS];

export const INSTANCES: readonly InstanceSpec[] = NODE_CATALOGUE.map((n) => {
  const essay = ESSAY_TABLE[n.name];
  const spec: InstanceSpec = {
    id: n.name,
    ramGiB: n.memoryGiB,
    cores: n.vcpus,
    cloud: n.cloud,
    family: n.family,
    series: n.series,
    source: n.source,
    fromEssay: essay !== undefined,
    shortList: SHORT_LIST.includes(n.name),
  };
  return essay ? { ...spec, ...essay } : spec;
});

const BY_ID = new Map(INSTANCES.map((i) => [i.id, i]));

/** The node of that exact name (names are case-sensitive, as the providers write them). */
export function findInstance(id: string): InstanceSpec | undefined {
  return BY_ID.get(id);
}

function listed(ids: readonly string[]): InstanceSpec[] {
  return ids.map((id) => {
    const spec = findInstance(id);
    if (!spec) throw new Error(`${id} is in the handbook's short list but not in the node catalogue`);
    return spec;
  });
}

/** The essay's five nodes, in its table's order. */
export const ESSAY_INSTANCES: readonly InstanceSpec[] = listed(Object.keys(ESSAY_TABLE));

/** The essay's five nodes, then the six common drivers: the nodes with published figure ids. */
export const SHORT_LIST_INSTANCES: readonly InstanceSpec[] = listed(SHORT_LIST);

export const CUSTOM_INSTANCE = 'custom';

/** Smallest first: by RAM, then by cores (fewer cores is the cheaper node of the same size), then name. */
export const bySize = (a: InstanceSpec, b: InstanceSpec): number => a.ramGiB - b.ramGiB || a.cores - b.cores || a.id.localeCompare(b.id);

/** Which clouds' nodes a page weighs or lists: the scenario node's own cloud, one cloud, or all three. */
export type CloudChoice = 'node' | 'all' | Cloud;
export const CLOUD_CHOICES: readonly CloudChoice[] = ['node', ...CLOUDS.map((c) => c.id), 'all'];

/** The catalogue's nodes on one cloud (or all) and of one family (or all), smallest first. */
export function nodesOn(cloud: 'all' | Cloud, family: 'all' | Family = 'all'): InstanceSpec[] {
  return INSTANCES.filter((n) => (cloud === 'all' || n.cloud === cloud) && (family === 'all' || n.family === family)).sort(bySize);
}
