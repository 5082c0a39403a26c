/**
 * Performance budgets (`npm run perf`). Builds the site into its own folder (timed, from a cold cache),
 * serves it, and for every page reports the bytes a first visit downloads — HTML, CSS and JS, gzip —
 * before widgets hydrate (the HTML, its stylesheets and the module scripts it loads with their static
 * imports) and after (loaded in Chromium and scrolled so every `client:scenario` island hydrates: all JS
 * actually fetched). It checks that no mermaid runtime ships, measures input-to-updated-output latency
 * in a widget (typing into a NumberField, 95th percentile), scores pages with Lighthouse (mobile) where
 * Lighthouse is installed, prints a table and exits non-zero when a budget is broken.
 *
 * Usage: npm run perf [-- --no-build] [-- --only /split/[,/jvm/…]] [-- --files] [-- --no-lighthouse]
 * Env: HANDBOOK_DIST / HANDBOOK_CACHE (default: folders under the OS temp dir), PERF_LATENCY_KEYS.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const KB = 1024;
// Issue 13's budgets. The JS of a widget page includes Svelte's runtime, once every widget hydrated.
const BUDGET = {
  jsWithWidgets: 45 * KB,
  jsWithoutWidgets: 5 * KB,
  html: 20 * KB,
  css: 15 * KB,
  p95Ms: 16,
  buildMs: 30_000,
  lighthousePerformance: 99,
  lighthouseOthers: 100,
};

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined;
// --no-lighthouse: sizes and latency only, for a quick look while working on the JS.
const skipLighthouse = args.includes('--no-lighthouse');
// --files: list every script a page fetched, with its gzip size, to see where the JS budget goes.
const listFiles = args.includes('--files');
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = resolve(process.env.HANDBOOK_DIST ?? join(tmpdir(), 'handbook-perf-dist'));
const cache = resolve(process.env.HANDBOOK_CACHE ?? join(tmpdir(), 'handbook-perf-cache'));
const keys = Number(process.env.PERF_LATENCY_KEYS ?? 50);

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)}`;
const failures: string[] = [];

// ---------------------------------------------------------------------------------------------------
// 1. Build
// ---------------------------------------------------------------------------------------------------
let buildMs: number | null = null;
if (!skipBuild) {
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  console.log(`Building into ${dist} (cold cache ${cache}) …`);
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    env: { ...process.env, HANDBOOK_DIST: dist, HANDBOOK_CACHE: cache },
    encoding: 'utf8',
  });
  buildMs = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    console.error('perf: the build failed.');
    process.exit(2);
  }
  if (buildMs > BUDGET.buildMs) failures.push(`build took ${(buildMs / 1000).toFixed(1)} s (budget < ${BUDGET.buildMs / 1000} s)`);
} else if (!existsSync(join(dist, 'index.html'))) {
  console.error(`perf: --no-build given but ${dist} holds no build.`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------
// 2. Static sizes: what the HTML asks for before any island hydrates
// ---------------------------------------------------------------------------------------------------
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const pages = walk(dist)
  .filter((f) => f.endsWith(`${sep}index.html`) && !f.includes(`${sep}pagefind${sep}`))
  .map((f) => '/' + relative(dist, f).split(sep).slice(0, -1).join('/'))
  .map((p) => (p === '/' ? '/' : `${p}/`))
  .filter((p) => !only || only.includes(p))
  .sort();

const fileOf = (url: string) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
const IMPORT_RE = /(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** A module and everything it statically imports (dynamic import() is what hydration fetches later). */
function moduleClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const file = fileOf(url);
  if (!existsSync(file)) return seen;
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(IMPORT_RE)) moduleClosure(new URL(m[1]!, `http://x${url}`).pathname, seen);
  return seen;
}

interface StaticSizes {
  html: number;
  css: number;
  jsBefore: number;
  islands: number;
  inlineScripts: number;
}

function staticSizes(path: string): StaticSizes {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  let css = 0;
  for (const m of text.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href && existsSync(fileOf(href))) css += gz(readFileSync(fileOf(href)));
  }
  const modules = new Set<string>();
  for (const m of text.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g)) moduleClosure(m[1]!, modules);
  for (const m of text.matchAll(/<script\b[^>]*src="([^"]+)"[^>]*type="module"/g)) moduleClosure(m[1]!, modules);
  let inline = 0;
  for (const m of text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    inline += Buffer.byteLength(m[1] ?? '');
    for (const i of (m[1] ?? '').matchAll(IMPORT_RE)) if (i[1]!.startsWith('/')) moduleClosure(i[1]!, modules);
  }
  let js = 0;
  for (const u of modules) if (existsSync(fileOf(u))) js += gz(readFileSync(fileOf(u)));
  return { html: gz(html), css, jsBefore: js, islands: (text.match(/<astro-island\b/g) ?? []).length, inlineScripts: inline };
}

// ---------------------------------------------------------------------------------------------------
// 3. In Chromium: everything fetched once every island has hydrated
// ---------------------------------------------------------------------------------------------------
async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function startServer(): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/serve-dist.ts'), String(port), dist], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${origin}/`);
      if (r.ok) return { origin, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('perf: the static server did not start');
}

async function hydrateAll(page: Page): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const pending = await page.evaluate(async () => {
      for (const el of document.querySelectorAll('astro-island[ssr]')) {
        (el.firstElementChild ?? el).scrollIntoView({ block: 'center', behavior: 'instant' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      return document.querySelectorAll('astro-island[ssr]').length;
    });
    if (pending === 0) return 0;
    if (Date.now() > deadline) return pending;
    await page.waitForTimeout(100);
  }
}

interface Fetched {
  js: number;
  css: number;
  fonts: number;
  files: Map<string, Buffer>;
  notHydrated: number;
}

async function afterHydration(browser: Browser, origin: string, path: string): Promise<Fetched> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const files = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    const url = res.url();
    if (!url.startsWith(origin) || res.status() !== 200) return;
    pending.push(
      res
        .body()
        .then((b) => void files.set(new URL(url).pathname, b))
        .catch(() => undefined),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const notHydrated = await hydrateAll(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  let js = 0;
  let css = 0;
  let fonts = 0;
  for (const [p, b] of files) {
    if (/\.m?js$/.test(p)) js += gz(b);
    else if (p.endsWith('.css')) css += gz(b);
    else if (/\.woff2?$/.test(p)) fonts += b.length;
  }
  return { js, css, fonts, files, notHydrated };
}

// ---------------------------------------------------------------------------------------------------
// 4. Input-to-updated-output latency: typing into a NumberField
// ---------------------------------------------------------------------------------------------------
interface Latency {
  field: string;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  // Every script the page had fetched once the reader had typed: on top of hydration, the definitions
  // prose figures load on the first scenario change. Reported, not budgeted (the budget is per visit).
  jsAfterInput: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

async function latency(browser: Browser, origin: string, path: string): Promise<Latency | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (res) => {
    const url = res.url();
    if (url.startsWith(origin) && res.status() === 200 && /\.m?js$/.test(new URL(url).pathname)) {
      scripts.set(url, res.body().then(gz, () => 0));
    }
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await hydrateAll(page);
  // NumberFields: text inputs in an island, described by their message element.
  const fields = page.locator('astro-island input[type="text"][aria-describedby]');
  const n = await fields.count();
  let result: Latency | null = null;
  for (let i = 0; i < n && !result; i++) {
    const input = fields.nth(i);
    if (!(await input.isVisible()) || !(await input.isEditable())) continue;
    const label = await input.evaluate((el) => `#${el.id} "${(el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''}"`);
    const current = (await input.inputValue()).replace(/[^0-9.]/g, '');
    await input.scrollIntoViewIfNeeded();
    await input.fill(current && Number(current) > 0 ? current : '100');
    if ((await input.getAttribute('aria-invalid')) === 'true') await input.fill('100');
    if ((await input.getAttribute('aria-invalid')) === 'true') continue;
    await input.press('End');
    // A field hands on a typed value when the typist presses Enter or pauses (components/ui/NumberField),
    // so each sample is a digit typed and then Enter. Start: the Enter keydown's own timestamp (when
    // Chromium created the event). End: the first DOM change it caused, after forcing style and layout
    // so the measured work includes them.
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[]; __t0: number | null };
      w.__lat = [];
      w.__t0 = null;
      document.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__t0 = e.timeStamp), true);
      const main = document.querySelector('main')!;
      new MutationObserver(() => {
        if (w.__t0 === null) return;
        void document.body.offsetHeight;
        const end = performance.now();
        w.__lat.push(end - w.__t0);
        performance.measure('input-to-output', { start: w.__t0, end });
        w.__t0 = null;
      }).observe(main, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-value', 'data-min', 'data-max', 'style', 'class'] });
    });
    for (let k = 0; k < keys; k++) {
      await input.press('Backspace');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      // A digit other than the one deleted, so every Enter hands on a new value.
      await input.press(String((k + 1) % 10));
      await input.press('Enter');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    await page.waitForLoadState('networkidle');
    const jsAfterInput = (await Promise.all(scripts.values())).reduce((a, b) => a + b, 0);
    if (lat.length >= keys) result = { field: label, samples: lat.length, p50: pct(lat, 50), p95: pct(lat, 95), max: Math.max(...lat), jsAfterInput };
  }
  await context.close();
  return result;
}

// ---------------------------------------------------------------------------------------------------
// 5. Lighthouse, where installed
// ---------------------------------------------------------------------------------------------------
function findLighthouse(): string | null {
  for (const p of [join(root, 'node_modules/.bin/lighthouse'), join(root, '.tools/node_modules/.bin/lighthouse')]) if (existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v lighthouse'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

function chromiumPath(): string | undefined {
  const opts = chromiumLaunchOptions({ fullBrowser: true });
  return opts.executablePath ?? (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
}

/** What keeps a page's scores from their budgets: performance ≥ 99, the other categories 100. */
function lighthouseMisses(scores: Record<string, number> | string): string[] {
  if (typeof scores === 'string') return [`failed: ${scores}`];
  return Object.entries(scores).flatMap(([category, score]) => {
    const min = category === 'performance' ? BUDGET.lighthousePerformance : BUDGET.lighthouseOthers;
    return score < min ? [`${category} ${score} < ${min}`] : [];
  });
}

function lighthouseScores(bin: string, url: string): Record<string, number> | string {
  const r = spawnSync(
    bin,
    [url, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumPath() ?? '' }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  if (r.status !== 0) return (r.stderr || r.stdout || 'failed').split('\n').find((l) => l.trim()) ?? 'failed';
  try {
    const report = JSON.parse(r.stdout) as { categories: Record<string, { score: number | null }> };
    return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
  } catch {
    return 'unreadable report';
  }
}

// ---------------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------------
const { origin, child } = await startServer();
// The reader's browser, not the headless shell, so input→output times stay comparable between runs.
const browser = await chromium.launch(chromiumLaunchOptions({ fullBrowser: true }));
const MERMAID = /\bmermaid\b|flowchart-v2|sequenceDiagram|dagre/i;
const shippedWithMermaid = new Set<string>();
for (const f of walk(dist).filter((p) => /\.m?js$/.test(p))) {
  if (MERMAID.test(readFileSync(f, 'utf8'))) shippedWithMermaid.add(relative(dist, f));
}

interface Row extends StaticSizes {
  path: string;
  jsAfter: number;
  cssAfter: number;
  fonts: number;
  notHydrated: number;
  latency: Latency | null;
  problems: string[];
}
const rows: Row[] = [];
try {
  for (const path of pages) {
    const s = staticSizes(path);
    const after = await afterHydration(browser, origin, path);
    for (const [p, b] of after.files) if (/\.m?js$/.test(p) && MERMAID.test(b.toString('utf8'))) shippedWithMermaid.add(p);
    const lat = s.islands > 0 ? await latency(browser, origin, path) : null;
    const problems: string[] = [];
    const jsBudget = s.islands > 0 ? BUDGET.jsWithWidgets : BUDGET.jsWithoutWidgets;
    const jsTotal = Math.max(after.js, s.jsBefore);
    if (jsTotal > jsBudget) problems.push(`JS ${kb(jsTotal)} KB > ${kb(jsBudget)} KB`);
    if (s.html > BUDGET.html) problems.push(`HTML ${kb(s.html)} KB > ${kb(BUDGET.html)} KB`);
    if (Math.max(s.css, after.css) > BUDGET.css) problems.push(`CSS ${kb(Math.max(s.css, after.css))} KB > ${kb(BUDGET.css)} KB`);
    if (lat && lat.p95 > BUDGET.p95Ms) problems.push(`p95 ${lat.p95.toFixed(1)} ms > ${BUDGET.p95Ms} ms`);
    if (after.notHydrated > 0) problems.push(`${after.notHydrated} island(s) never hydrated`);
    if (listFiles) {
      const js = [...after.files].filter(([p]) => /\.m?js$/.test(p)).map(([p, b]) => [p, gz(b)] as const);
      console.log(`\n${path}`);
      for (const [p, n] of js.sort((a, b) => b[1] - a[1])) console.log(`  ${kb(n).padStart(6)} ${p}`);
    }
    rows.push({ path, ...s, jsAfter: after.js, cssAfter: after.css, fonts: after.fonts, notHydrated: after.notHydrated, latency: lat, problems });
    for (const p of problems) failures.push(`${path}: ${p}`);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
} finally {
  await browser.close();
}

// Lighthouse (before the server stops).
const lh = skipLighthouse ? null : findLighthouse();
const lighthouse = new Map<string, Record<string, number> | string>();
if (lh) {
  for (const path of pages.filter((p) => rows.find((r) => r.path === p)!.islands > 0 || p === '/')) {
    // Other load on the machine only ever lowers a score, so a page under budget gets one more run.
    let scores = lighthouseScores(lh, `${origin}${path}`);
    if (lighthouseMisses(scores).length > 0) scores = lighthouseScores(lh, `${origin}${path}`);
    lighthouse.set(path, scores);
    for (const miss of lighthouseMisses(scores)) failures.push(`${path}: Lighthouse ${miss}`);
  }
}
child.kill();

// ---------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------
const table: string[][] = [
  ['page', 'islands', 'HTML gz', 'CSS gz', 'JS before', 'JS after', 'JS after input', 'JS budget', 'fonts', 'p95 input→output', 'status'],
];
for (const r of rows) {
  table.push([
    r.path,
    String(r.islands),
    kb(r.html),
    kb(Math.max(r.css, r.cssAfter)),
    kb(r.jsBefore),
    kb(r.jsAfter),
    r.latency ? kb(r.latency.jsAfterInput) : '—',
    kb(r.islands > 0 ? BUDGET.jsWithWidgets : BUDGET.jsWithoutWidgets),
    kb(r.fonts),
    r.latency ? `${r.latency.p95.toFixed(1)} ms (n=${r.latency.samples})` : '—',
    r.problems.length === 0 ? 'ok' : `OVER: ${r.problems.join('; ')}`,
  ]);
}
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) => `| ${row.map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log('');
console.log('Sizes in KB (1024 B), gzip level 6; fonts are woff2 as fetched. "JS before": the page\'s module scripts and');
console.log('their static imports; "JS after": every script fetched once all islands hydrated (412×823 viewport);');
console.log('"JS after input": also what typing into a widget fetched (prose figures\' definitions), for information.');
console.log(line(table[0]!));
console.log(`|${widths.map((w, i) => (i === 0 || i === widths.length - 1 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
console.log('');
console.log(`Budgets: JS ≤ ${kb(BUDGET.jsWithWidgets)} KB (page with widgets) / ≤ ${kb(BUDGET.jsWithoutWidgets)} KB (without); HTML ≤ ${kb(BUDGET.html)} KB; CSS ≤ ${kb(BUDGET.css)} KB; p95 ≤ ${BUDGET.p95Ms} ms; build < ${BUDGET.buildMs / 1000} s; Lighthouse (mobile) performance ≥ ${BUDGET.lighthousePerformance}, the others ${BUDGET.lighthouseOthers}.`);
console.log(`Machine: ${cpus().length} CPU(s), load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) at the end of the run; latency is sensitive to other load.`);
console.log(buildMs === null ? 'Build: not measured (--no-build).' : `Build (npm run build, cold cache): ${(buildMs / 1000).toFixed(1)} s.`);
for (const r of rows.filter((x) => x.latency)) {
  const l = r.latency!;
  console.log(`Latency ${r.path} ${l.field}: p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, max ${l.max.toFixed(1)} ms over ${l.samples} values typed and entered.`);
}
const widgetPages = rows.filter((r) => r.islands > 0);
if (widgetPages.length > 0 && widgetPages.every((r) => !r.latency)) {
  failures.push('no NumberField accepted typed input on any widget page, so input latency was not measured');
}
if (shippedWithMermaid.size > 0) failures.push(`mermaid runtime in shipped JS: ${[...shippedWithMermaid].join(', ')}`);
console.log(shippedWithMermaid.size === 0 ? 'Mermaid: no mermaid runtime in any shipped or fetched JS.' : `Mermaid: FOUND in ${[...shippedWithMermaid].join(', ')}`);
if (!lh) {
  console.log('Lighthouse: skipped (not installed; it is not a project dependency — with Node >= 22.19 and a Chromium, `npm i -g lighthouse` enables it).');
} else {
  for (const [path, scores] of lighthouse) {
    console.log(`Lighthouse (mobile) ${path}: ${typeof scores === 'string' ? `failed: ${scores}` : Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
console.log('');
if (failures.length > 0) {
  console.log(`Budgets broken (${failures.length}):`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log('All budgets met.');
