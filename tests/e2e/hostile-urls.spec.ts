/**
 * Hostile URLs: a few hundred generated query strings (seeded, so a failure replays) — random names
 * and values, over-long values, repeated keys, HTML and script payloads, unicode — load every chapter
 * without a console error, without running any script they carry, and with a notice that names what
 * was ignored. Which values count as bad is decided here from the documented field rules (names fixed
 * in DEVELOPERS.md), not by asking the engine.
 */
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { test, expect, BROKEN_TEXT } from './support/fixtures';
import { evaluateWithHelpers, hydrateAll, recordCspViolations, trackRequests, widgetPages } from './support/hardening';

const SEED = Number(process.env.HOSTILE_SEED ?? 20_250_607);
const PER_PAGE = Number(process.env.HOSTILE_PER_PAGE ?? 40);

const FIELDS = ['instance', 'ram', 'rows', 'dim', 'dtype', 'chunk', 'reduced', 'model', 'partitions', 'maxresult', 'notebooks', 'heap', 'overhead', 'avail', 'compute'] as const;
// Sizes in GB where 0 means "not set" (no result limit, not calibrated): 0 is good for these.
const ZERO_OK = new Set<string>(['maxresult', 'heap', 'overhead', 'avail']);
type Field = (typeof FIELDS)[number];
/** Parameters a page owns (the planner's); they are neither scenario fields nor "unknown". */
// Widget settings some page owns (src/engine/page-params.ts, the planner's): never drawn as unknown names.
const PAGE_OWNED = new Set(['pca', 'pipeline', 'executors', 'op', 'arrow', 'npdtype', 'prefetch', 'meta', 'interp', 'frame', 'jvm', 'jvmgb', 'threads', 'catalogue', 'sort', 'order']);

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '</textarea></title><script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '\u202e<b>gnp.exe</b>',
  '<style>*{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'alert(document.domain)',
];

// Values that no numeric field accepts (but maxresult takes 0), and values every numeric field accepts (conservative ranges
// well inside the documented limits).
const NUMERIC_BAD = ['', '   ', '-1', '0', '-0', 'NaN', 'Infinity', '1e309', '1,5', 'abc', '0x10', '1/2', '١٢٣', '💥', '9'.repeat(400)];
const NUMERIC_GOOD: Record<Exclude<Field, 'instance' | 'dtype' | 'model' | 'compute'>, fc.Arbitrary<string>> = {
  ram: fc.integer({ min: 2, max: 1000 }).map(String),
  rows: fc.integer({ min: 1, max: 1_000_000 }).map(String),
  dim: fc.integer({ min: 1, max: 4096 }).map(String),
  chunk: fc.integer({ min: 1, max: 1_000_000 }).map(String),
  reduced: fc.integer({ min: 1, max: 1024 }).map(String),
  partitions: fc.integer({ min: 1, max: 1000 }).map(String),
  maxresult: fc.integer({ min: 0, max: 64 }).map(String),
  heap: fc.integer({ min: 0, max: 64 }).map(String),
  overhead: fc.integer({ min: 0, max: 8 }).map(String),
  avail: fc.integer({ min: 0, max: 256 }).map(String),
  notebooks: fc.integer({ min: 1, max: 145 }).map(String),
};
const CHOICES: Record<'instance' | 'dtype' | 'model' | 'compute', string[]> = {
  compute: ['dedicated', 'standard', 'serverless', 'connect'],
  instance: ['Standard_DS4_v2', 'custom'],
  dtype: ['f16', 'bf16', 'f32', 'f64'],
  model: ['essay', 'measured'],
};
const INTEGER_FIELDS = new Set<Field>(['rows', 'dim', 'chunk', 'reduced', 'partitions', 'notebooks']);

/** 'bad' when the documented rules reject the value, 'good' when they accept it, 'unsure' otherwise. */
function verdict(field: Field, raw: string): 'bad' | 'good' | 'unsure' {
  const t = raw.trim();
  if (t === '') return 'bad';
  if (field === 'dtype' || field === 'model' || field === 'compute') {
    if (CHOICES[field].includes(raw)) return 'good';
    return CHOICES[field].includes(t.toLowerCase()) ? 'unsure' : 'bad';
  }
  if (field === 'instance') {
    if (CHOICES.instance.includes(raw)) return 'good';
    return /^[A-Za-z0-9_ .-]{1,64}$/.test(t) ? 'unsure' : 'bad';
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return 'bad';
  const n = Number(t);
  // spark.driver.maxResultSize and the calibration: 0 means unset, and sizes need not be whole.
  if (ZERO_OK.has(field)) {
    if (!Number.isFinite(n) || n < 0 || n > 24_000) return 'bad';
    return t.length <= 7 && /^\d+(\.\d{1,2})?$/.test(t) ? 'good' : 'unsure';
  }
  if (!Number.isFinite(n) || n <= 0 || n > 1e12) return 'bad';
  if (INTEGER_FIELDS.has(field) && !Number.isInteger(n)) return 'bad';
  const limit: Record<string, number> = { ram: 1000, rows: 1e6, dim: 4096, chunk: 1e6, reduced: 1024, partitions: 1000, notebooks: 145 };
  return t.length <= 7 && n >= (field === 'ram' ? 1.4 : 1) && n <= limit[field]! && /^\d+(\.\d{1,2})?$/.test(t) ? 'good' : 'unsure';
}

// --- generators -------------------------------------------------------------------------------------
const unicodeText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const asciiName = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_.\-[\]]{0,15}$/);
const unknownName = fc
  .oneof(
    asciiName,
    unicodeText,
    fc.constantFrom(...PAYLOADS),
    fc.constantFrom('ROWS', 'Rows', 'rows ', ' dim', 'dtype[]', 'model.x', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
    fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 400 }),
  )
  .filter((n) => n.trim() !== '' && !(FIELDS as readonly string[]).includes(n) && !PAGE_OWNED.has(n));

function knownValue(field: Field): fc.Arbitrary<string> {
  const good = field in NUMERIC_GOOD ? NUMERIC_GOOD[field as keyof typeof NUMERIC_GOOD] : fc.constantFrom(...CHOICES[field as 'dtype']);
  return fc.oneof(
    { weight: 3, arbitrary: good },
    { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
    // 0 is good for the fields where it means unset, bad everywhere else.
    { weight: 2, arbitrary: fc.constantFrom(...NUMERIC_BAD.filter((v) => !ZERO_OK.has(field) || !['0', '-0'].includes(v))) },
    { weight: 1, arbitrary: unicodeText },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 500, maxLength: 3000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 9 }).map((d) => String(d).repeat(300)) },
    { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  );
}

const pair: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.constantFrom(...FIELDS).chain((f) => knownValue(f).map((v): [string, string] => [f, v])),
  fc.tuple(unknownName, fc.oneof(fc.constantFrom(...PAYLOADS), unicodeText, fc.constant(''))),
);
// Repeated keys come from drawing the same field twice.
const query = fc.array(pair, { minLength: 1, maxLength: 7 }).map((pairs) => new URLSearchParams(pairs).toString());

const HANDCRAFTED = [
  'rows=<script>alert(1)</script>&dtype=f99',
  '<img src=x onerror=alert(1)>=1',
  'rows=1e309&dim=-1&dtype=<svg/onload=alert(1)>',
  '__proto__[polluted]=1&constructor[prototype][x]=2',
  'rows=312000&rows=abc&rows=<b>x</b>',
  'ram=%00&model=essay%00measured',
  'instance=../../etc/passwd&ram=28',
  '&&&=&==&rows',
  'rows=%E0%A4%A&dim=%', // malformed percent-encoding
  `chunk=${'9'.repeat(5000)}`,
];

function expectedNames(q: string): { named: string[]; fields: Field[]; clean: Field[] } {
  const params = new URLSearchParams(q);
  const named: string[] = [];
  const fields: Field[] = [];
  const clean: Field[] = [];
  for (const key of new Set(params.keys())) {
    if (PAGE_OWNED.has(key)) continue;
    if ((FIELDS as readonly string[]).includes(key)) {
      const verdicts = params.getAll(key).map((v) => verdict(key as Field, v));
      if (verdicts.every((v) => v === 'bad')) fields.push(key as Field);
      if (verdicts.every((v) => v === 'good')) clean.push(key as Field);
    } else if (key.trim() !== '') {
      named.push(key);
    }
  }
  return { named, fields, clean };
}

/** What the loaded page did with the query, read in one round trip. */
async function readPage(page: Page) {
  return evaluateWithHelpers(
    page,
    (_: null, { collectFigures }) => {
      const notice = document.querySelector<HTMLElement>('[data-scenario-notice]');
      const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']);
      const handlers = [...document.querySelectorAll('*')]
        .filter((el) => [...el.attributes].some((a) => a.name.startsWith('on') || (URL_ATTRS.has(a.name) && /^\s*javascript:/i.test(a.value))))
        .map((el) => el.outerHTML.slice(0, 80));
      // The notice quotes what the link asked for; that quote is the reader's text, not output.
      const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
      for (const el of main?.querySelectorAll('[data-scenario-notice], script, style, template') ?? []) el.remove();
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned === undefined ? null : String((window as unknown as { __pwned?: unknown }).__pwned),
        notice: notice && !notice.hidden ? (notice.textContent ?? '') : null,
        noticeFields: notice?.dataset.fields ?? null,
        handlers,
        text: main?.textContent ?? '',
        figs: collectFigures(),
        csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
      };
    },
    null,
  );
}

/** Each page's queries are split over PARTS tests so that the two CI workers share the work evenly. */
const PARTS = 2;

for (const path of widgetPages()) {
  const seed = SEED + [...path].reduce((a, c) => a + c.charCodeAt(0), 0);
  const queries = [...HANDCRAFTED, ...fc.sample(query, { seed, numRuns: Math.max(0, PER_PAGE - HANDCRAFTED.length) })];
  for (let part = 0; part < PARTS; part++) {
    const from = Math.floor((queries.length * part) / PARTS);
    const to = Math.floor((queries.length * (part + 1)) / PARTS);
    test(`hostile query strings on ${path} (${from + 1}–${to} of ${queries.length})`, async ({ page, watch }) => {
      test.setTimeout(180_000);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await recordCspViolations(page);
      const network = trackRequests(page);
      const problems: string[] = [];
      for (const q of queries.slice(from, to)) {
        const where = `${path}?${q.length > 120 ? `${q.slice(0, 120)}…` : q} (seed ${seed})`;
        const errorsBefore = watch.consoleErrors.length;
        const res = await page.goto(`${path}?${q}`, { waitUntil: 'load' });
        if (res?.status() !== 200) problems.push(`${where}: HTTP ${res?.status()}`);
        await hydrateAll(page);
        // The scenario script loads lazily, apart from the islands: read the page once it has arrived.
        await network.quiet();
        const { named, fields, clean } = expectedNames(q);
        let state = await readPage(page);
        // A notice is due but not (yet) there: give the page up to two seconds before calling it missing.
        if (named.length + fields.length > 0 && state.notice === null) {
          const shown = await page
            .waitForFunction(() => document.querySelector<HTMLElement>('[data-scenario-notice]')?.hidden === false, null, { timeout: 2000 })
            .then(
              () => true,
              () => false,
            );
          if (shown) state = await readPage(page);
        }
        if (state.pwned !== null) problems.push(`${where}: script ran (window.__pwned = ${state.pwned})`);
        if (state.handlers.length > 0) problems.push(`${where}: inline handlers in the DOM: ${state.handlers.join(' | ')}`);
        const broken = BROKEN_TEXT.exec(state.text);
        if (broken) problems.push(`${where}: page shows "${broken[0]}" in …${state.text.slice(Math.max(0, broken.index - 80), broken.index + 40)}…`);
        if (state.figs.broken.length > 0) problems.push(`${where}: ${state.figs.broken.slice(0, 3).join('; ')}`);

        // The notice may quote the reader's own values, but its own words must not say NaN/Infinity/…
        if (state.notice) {
          let own = state.notice;
          for (const v of new URLSearchParams(q).values()) {
            const t = v.trim();
            for (const quoted of [t, t.slice(0, 40), t.slice(0, 23), t.slice(0, 39)]) if (quoted) own = own.split(quoted).join(' ');
          }
          const bad = BROKEN_TEXT.exec(own);
          if (bad) problems.push(`${where}: the notice's own words show "${bad[0]}": ${state.notice.slice(0, 200)}`);
        }
        if (named.length + fields.length > 0) {
          if (state.notice === null) problems.push(`${where}: no notice, expected one naming ${[...fields, ...named].join(', ')}`);
          else {
            for (const f of fields) if (!state.notice.includes(f)) problems.push(`${where}: notice does not name field "${f}"`);
            for (const n of named) {
              const head = n.slice(0, 16);
              if (!state.notice.includes(head)) problems.push(`${where}: notice does not name parameter "${head}"`);
            }
            const listed = state.noticeFields?.split(' ') ?? [];
            for (const f of clean) if (listed.includes(f)) problems.push(`${where}: notice lists "${f}" although every value was good`);
          }
        }
        if (state.csp.length > 0) problems.push(`${where}: CSP violations (a payload reached the DOM as markup): ${state.csp.join(' | ')}`);
        if (watch.consoleErrors.length > errorsBefore) problems.push(`${where}: console error ${watch.consoleErrors.slice(errorsBefore).join(' | ')}`);
        if (problems.length > 15) break;
      }
      expect(dialogs, 'dialogs opened by a payload').toEqual([]);
      expect(problems).toEqual([]);
      console.log(`${path}: hostile query strings ${from + 1}–${to} of ${queries.length} (seed ${seed})`);
    });
  }
}
