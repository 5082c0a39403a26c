// The cloud node catalogue: every node type the handbook lets a reader pick, on AWS, Azure and Google
// Cloud, with the vCPUs and memory its provider's size table gives. The entries live in
// catalogue.data.ts; this module says what an entry is, and catalogue-schema.ts refuses a malformed one
// when the site is built, so a typo in the data fails the build instead of printing NaN.
import { CATALOGUE_DATA } from './catalogue.data';

export type Cloud = 'aws' | 'azure' | 'gcp';
/** The handbook's grouping by memory per vCPU, close to the providers' and Databricks' own categories. */
export type Family = 'general' | 'memory' | 'storage' | 'compute';

export interface CatalogueEntry {
  cloud: Cloud;
  /** The provider's name for the size, as Databricks' node type list and the address's `instance=` carry it. */
  name: string;
  vcpus: number;
  /** Memory as the provider's table states it (see CLOUDS for the unit each provider means). */
  memoryGiB: number;
  family: Family;
  /** The provider's series, e.g. 'r5', 'Edsv5', 'n2-highmem'. */
  series: string;
  /** https address of the provider page the numbers come from. */
  source: string;
}

export interface CloudInfo {
  id: Cloud;
  label: string;
  /** What the provider's size tables state about the memory unit, in one sentence. */
  memoryUnit: string;
  /** The unit as the provider's tables print it, for a node's size in a list. */
  unitLabel: 'GiB' | 'GB';
  /** The page that says so. */
  memoryUnitSource: string;
  /** What the catalogue leaves out for this cloud, and why. */
  note?: string;
}

export const CLOUDS: readonly CloudInfo[] = [
  {
    id: 'aws',
    label: 'AWS',
    unitLabel: 'GiB',
    memoryUnit: 'Amazon’s instance-type tables head the column “Memory (GiB)”, so i3.large’s 15.25 is GiB.',
    memoryUnitSource: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html',
  },
  {
    id: 'azure',
    label: 'Azure',
    unitLabel: 'GiB',
    memoryUnit:
      'Microsoft’s size tables give memory in GiB (“Memory: GiB”, “8 GiB/vCPU” on the Esv3 page); the newer per-series pages head the same numbers “Memory (GB)”.',
    memoryUnitSource: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/ev3-esv3-series',
  },
  {
    id: 'gcp',
    label: 'Google Cloud',
    unitLabel: 'GB',
    memoryUnit:
      'Google’s machine-type tables state memory in “GB” and define that GB, for Compute Engine memory, as 2^30 bytes (a GiB).',
    memoryUnitSource: 'https://cloud.google.com/compute/vm-instance-pricing',
    note:
      'No storage-optimised family: the handbook found no Databricks page offering one on Google Cloud (the part of Databricks’ GCP node-type reference it could read names a2, a3, c2, c3, n2 and n2d types), so Google’s storage-optimised machine series are left out.',
  },
];

export const FAMILIES: readonly { id: Family; label: string }[] = [
  { id: 'general', label: 'General purpose' },
  { id: 'memory', label: 'Memory optimised' },
  { id: 'storage', label: 'Storage optimised' },
  { id: 'compute', label: 'Compute optimised' },
];

/** A cloud's name as pages write it ("Google Cloud"). */
export function cloudLabel(c: Cloud): string {
  return CLOUDS.find((x) => x.id === c)?.label ?? c;
}

/** A family's name as pages write it ("Memory optimised"). */
export function familyLabel(f: Family): string {
  return FAMILIES.find((x) => x.id === f)?.label ?? f;
}

// The entries as typed; the build checks them against the schema (catalogue-schema.ts) where it publishes
// them, /instances.json, so the browser never re-checks data the build already proved.
export const NODE_CATALOGUE: readonly CatalogueEntry[] = CATALOGUE_DATA;
