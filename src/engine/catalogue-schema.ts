// The node catalogue's schema: what a valid entry is, checked where the build publishes the catalogue
// (src/pages/instances.json.ts), so a wrong or missing field fails the build and names the entry.
import * as v from 'valibot';
import { CLOUDS, FAMILIES, type CatalogueEntry } from './catalogue';

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
