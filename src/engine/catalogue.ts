// The cloud node catalogue: every node type the handbook lets a reader pick, on AWS, Azure and Google
// Cloud, with the vCPUs and memory its provider's size table gives. The entries live in
// catalogue.data.ts; this module says what an entry is and refuses a malformed one, so a typo in the
// data fails the build (the module is evaluated when the site is built) instead of printing NaN.
import * as v from 'valibot';
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
  /** The page that says so. */
  memoryUnitSource: string;
  /** What the catalogue leaves out for this cloud, and why. */
  note?: string;
}

export const CLOUDS: readonly CloudInfo[] = [
  {
    id: 'aws',
    label: 'AWS',
    memoryUnit: 'Amazon’s instance-type tables head the column “Memory (GiB)”, so i3.large’s 15.25 is GiB.',
    memoryUnitSource: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html',
  },
  {
    id: 'azure',
    label: 'Azure',
    memoryUnit:
      'Microsoft’s size tables give memory in GiB (“Memory: GiB”, “8 GiB/vCPU” on the Esv3 page); the newer per-series pages head the same numbers “Memory (GB)”.',
    memoryUnitSource: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/ev3-esv3-series',
  },
  {
    id: 'gcp',
    label: 'Google Cloud',
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

const CLOUD_IDS = CLOUDS.map((c) => c.id);
const FAMILY_IDS = FAMILIES.map((f) => f.id);

// A name travels bare in the address (`instance=r5.xlarge`), so it keeps to characters a query string
// carries unescaped; every provider's size names fit.
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const ENTRY = v.strictObject({
  cloud: v.picklist(CLOUD_IDS, `must be one of ${CLOUD_IDS.join(', ')}`),
  name: v.pipe(
    v.string('must be text'),
    v.nonEmpty('must not be empty'),
    v.regex(NAME_RE, 'must be letters, digits, “_”, “.” or “-” (it is carried bare in the address)'),
  ),
  vcpus: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1')),
  memoryGiB: v.pipe(v.number('must be a number'), v.finite('must be finite'), v.gtValue(0, 'must be more than 0')),
  family: v.picklist(FAMILY_IDS, `must be one of ${FAMILY_IDS.join(', ')}`),
  series: v.pipe(v.string('must be text'), v.nonEmpty('must not be empty')),
  source: v.pipe(v.string('must be text'), v.url('must be an address'), v.startsWith('https://', 'must be an https address')),
});

/** How an error names an entry: its cloud and name where it has them, else its place in the list. */
function entryLabel(entry: unknown, index: number): string {
  const e = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
  const name = typeof e.name === 'string' && e.name !== '' ? e.name : undefined;
  const cloud = typeof e.cloud === 'string' ? e.cloud : undefined;
  return name ? `${cloud ?? '?'} ${name} (#${index})` : `#${index}${cloud ? ` (${cloud})` : ''}`;
}

// JSON would print Infinity and NaN as null; a number prints as itself.
function got(value: unknown): string {
  return typeof value === 'number' || value === undefined ? String(value) : (JSON.stringify(value) ?? String(value));
}

function issueText(issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.[0]?.key;
  if (key === undefined) return `the entry is not an object (got ${got(issue.input)})`;
  const field = String(key);
  // The strict object reports a missing key as expecting it, and an unknown key as expecting nothing.
  if (issue.type === 'strict_object') return issue.expected === 'never' ? `${field} is not a catalogue field` : `${field} is missing`;
  return `${field} ${issue.message} (got ${got(issue.input)})`;
}

/**
 * Checks raw entries: each against the schema, then the names against each other. Throws on the first
 * fault, naming the entry and the field. Names must be unique across all clouds, not only within one,
 * because the address's `instance=` carries the bare name.
 */
export function checkCatalogue(entries: readonly unknown[]): CatalogueEntry[] {
  const seen = new Map<string, number>();
  return entries.map((entry, index) => {
    const r = v.safeParse(ENTRY, entry, { abortEarly: true });
    if (!r.success) throw new Error(`Node catalogue entry ${entryLabel(entry, index)}: ${issueText(r.issues[0])}.`);
    const first = seen.get(r.output.name);
    if (first !== undefined) {
      throw new Error(
        `Node catalogue entry ${entryLabel(entry, index)}: name repeats entry #${first}; names must be unique across clouds because the address carries the bare name.`,
      );
    }
    seen.set(r.output.name, index);
    return r.output;
  });
}

export const NODE_CATALOGUE: readonly CatalogueEntry[] = Object.freeze(checkCatalogue(CATALOGUE_DATA).map((e) => Object.freeze(e)));

const BY_NAME = new Map(NODE_CATALOGUE.map((e) => [e.name, e]));

/** The entry of that exact name (names are case-sensitive, as the providers write them). */
export function findNode(name: string): CatalogueEntry | undefined {
  return BY_NAME.get(name);
}
