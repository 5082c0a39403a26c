/**
 * A minimal static server for the built site, used by the browser tests and the perf script. It serves
 * one directory (HANDBOOK_DIST or dist/) on loopback, like a static host: directory index, 404 page, and
 * gzip for text when the browser accepts it (every static host compresses; Lighthouse's load simulation
 * uses the bytes actually transferred, so an uncompressed server would make it model a slower page).
 * Usage: tsx scripts/serve-dist.ts <port> [dir]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const port = Number(process.argv[2] ?? 4321);
const root = resolve(process.argv[3] ?? process.env.HANDBOOK_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml']);

function resolvePath(urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  const file = join(root, clean);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

createServer((req, res) => {
  let file: string | null = null;
  try {
    file = resolvePath(req.url ?? '/');
  } catch {
    file = null;
  }
  // A directory asked for without its slash gets one, as static hosts do.
  if (file && req.url && !req.url.split('?')[0]!.endsWith('/') && file.endsWith(`${sep}index.html`) && !req.url.endsWith('index.html')) {
    const [p, q] = req.url.split('?');
    res.writeHead(301, { location: `${p}/${q ? `?${q}` : ''}` });
    res.end();
    return;
  }
  const status = file ? 200 : 404;
  const target = file ?? join(root, '404.html');
  if (!existsSync(target)) {
    res.writeHead(404).end('not found');
    return;
  }
  const headers: Record<string, string> = { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
  const gzip = COMPRESSIBLE.has(extname(target)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
  res.writeHead(status, headers);
  const body = createReadStream(target);
  if (gzip) body.pipe(createGzip({ level: 6 })).pipe(res);
  else body.pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
