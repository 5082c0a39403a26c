/**
 * Pins every published id of the built site in tests/e2e/pinned-ids.json: rule ids and their slug
 * anchors, cell ids, heading ids and glossary entries, per page. It only ever ADDS: an id published once
 * stays pinned, and tests/e2e/permalinks.spec.ts fails when a pinned id disappears from its page, unless
 * an alias anchor (`aliases:` in the chapter's frontmatter) keeps the old address working.
 *
 *   npx tsx scripts/pin-ids.ts [dist-folder]      (default: $HANDBOOK_DIST or dist)
 *   npx tsx scripts/pin-ids.ts --check [dist]     (report what would be added, write nothing)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { collectPublishedIds, builtPages, type PinnedIds } from '../tests/e2e/support/published-ids';

const PIN_FILE = 'tests/e2e/pinned-ids.json';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = args.find((a) => !a.startsWith('--')) ?? process.env.HANDBOOK_DIST ?? 'dist';
if (!existsSync(dist)) {
  console.error(`No built site at ${dist}: run npm run build first.`);
  process.exit(1);
}

const pinned: PinnedIds = existsSync(PIN_FILE) ? (JSON.parse(readFileSync(PIN_FILE, 'utf8')) as PinnedIds) : {};
const added: string[] = [];
for (const page of builtPages(dist)) {
  const ids = collectPublishedIds(readFileSync(page.file, 'utf8'));
  const before = new Set(pinned[page.path] ?? []);
  for (const id of ids) {
    if (!before.has(id)) {
      before.add(id);
      added.push(`${page.path}#${id}`);
    }
  }
  if (before.size > 0) pinned[page.path] = [...before].sort();
}

const sorted: PinnedIds = Object.fromEntries(Object.keys(pinned).sort().map((k) => [k, pinned[k]!]));
const total = Object.values(sorted).reduce((n, ids) => n + ids.length, 0);
if (check) {
  console.log(added.length === 0 ? `All ${total} published ids are pinned.` : `Not yet pinned (${added.length}):\n${added.join('\n')}`);
} else {
  writeFileSync(PIN_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`Pinned ${added.length} new id(s); ${total} in ${PIN_FILE}.`);
}
