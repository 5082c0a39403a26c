/**
 * The browser tests' web server: scripts/serve-dist.ts, serving the built site as a static host does it
 * in production, where Astro's content-hashed assets (/_astro/…) are cached as immutable. A test loads
 * its pages hundreds of times (the hostile URLs, the bad-input and keyboard checks); with `no-store` the
 * browser re-fetched and re-compiled every script, style sheet and font on each load, about a quarter of
 * those tests' time. Pages themselves stay uncached, and each test starts with an empty cache (a new
 * browser context), so a first load is still a cold one.
 *
 * serve-dist.ts itself keeps `no-store` (the perf script measures cold loads with it); this wrapper
 * only changes the header of hashed assets. Usage: tsx tests/e2e/support/serve.ts <port> [dir]
 */
import { ServerResponse, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';

const IMMUTABLE = /^\/_astro\/[^?#]+\.[A-Za-z0-9_-]{8}\.(?:js|mjs|css|woff2?|svg|png|wasm)(?:[?#]|$)/;

const writeHead = ServerResponse.prototype.writeHead;
ServerResponse.prototype.writeHead = function (this: ServerResponse & { req?: IncomingMessage }, status: number, ...rest: unknown[]) {
  const headers = rest.find((r): r is OutgoingHttpHeaders => typeof r === 'object' && r !== null);
  if (status === 200 && headers && IMMUTABLE.test(this.req?.url ?? '')) headers['cache-control'] = 'public, max-age=31536000, immutable';
  return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status, ...rest);
} as typeof ServerResponse.prototype.writeHead;

await import('../../../scripts/serve-dist');
