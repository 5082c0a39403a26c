// @ts-check
// The post-build integration (csp-per-page) walks the built site with this.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file under `dir` whose name ends with `ext`, depth first.
 * @param {string} dir
 * @param {string} ext
 * @returns {AsyncGenerator<string>}
 */
export async function* filesIn(dir, ext) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(path, ext);
    else if (entry.name.endsWith(ext)) yield path;
  }
}
