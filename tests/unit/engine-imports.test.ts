// The engine ships to the browser and must stay pure: it may import only its own
// files and valibot. This test reads every engine source file and fails on anything else.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/engine');
const ALLOWED_PACKAGES = new Set(['valibot']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// Static imports, re-exports, side-effect imports, dynamic import() and require().
const SPECIFIER = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]*\s+from\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

export function violations(file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(SPECIFIER)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      if (relative(ENGINE, target).startsWith('..')) out.push(`${spec} (leaves src/engine)`);
    } else if (!ALLOWED_PACKAGES.has(spec)) {
      out.push(spec);
    }
  }
  for (const g of ['document.', 'window.', 'localStorage', 'process.', 'globalThis.']) {
    if (source.includes(g)) out.push(`uses global ${g}`);
  }
  return out;
}

describe('engine purity', () => {
  const files = walk(ENGINE);

  it('contains only TypeScript modules', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !f.endsWith('.ts'))).toEqual([]);
  });

  it.each(files.map((f) => [relative(ENGINE, f), f]))('%s imports only engine files and valibot', (_name, file) => {
    expect(violations(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the checker itself catches forbidden imports', () => {
    const f = join(ENGINE, 'x.ts');
    expect(violations(f, "import { readFileSync } from 'node:fs';")).toEqual(['node:fs']);
    expect(violations(f, "import type { Foo } from '../lib/foo';")).toEqual(['../lib/foo (leaves src/engine)']);
    expect(violations(f, "export * from 'svelte/store';")).toEqual(['svelte/store']);
    expect(violations(f, "const m = await import('astro:content');")).toEqual(['astro:content']);
    expect(violations(f, "import './side-effect';\nimport * as v from 'valibot';")).toEqual([]);
    expect(violations(f, 'const w = window.innerWidth;')).toEqual(['uses global window.']);
  });
});
