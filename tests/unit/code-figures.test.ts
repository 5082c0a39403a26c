// Code cells that follow the scenario (src/lib/code-figures.ts): the essay's values go in as Python
// writes them, each value's token becomes a figure, and a value Shiki cannot keep as one token fails
// the build instead of silently freezing.
import { readFileSync } from 'node:fs';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { pythonLiteral } from '../../src/engine/figure-element';
import { liveCode } from '../../src/lib/code-figures';

const ESSAY = JSON.parse(readFileSync('tests/fixtures/figures.json', 'utf8')).scenario as { dim: number; rows: number; chunkRows: number };

const render = (code: string) =>
  codeToHtml(liveCode(code).code, {
    lang: 'python',
    themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    defaultColor: false,
    transformers: [liveCode(code).transformer],
  });

describe('Python literals', () => {
  it('group integers with underscores from five digits on, as the essay’s code does', () => {
    expect(pythonLiteral(1536)).toBe('1536');
    expect(pythonLiteral(50_000)).toBe('50_000');
    expect(pythonLiteral(312_000)).toBe('312_000');
    expect(pythonLiteral(10_000_000_000)).toBe('10_000_000_000');
    expect(pythonLiteral(-12_345)).toBe('-12_345');
    expect(pythonLiteral(0.5)).toBe('0.5');
  });
});

describe('live code', () => {
  it('puts the essay’s values where the markers are', () => {
    const { code } = liveCode('DIM, ROWS = {{scenario.dim}}, {{scenario.rows}}\nstep={{scenario.chunk-rows}}');
    expect(code).toBe(`DIM, ROWS = ${ESSAY.dim}, ${String(ESSAY.rows).replace(/(\d{3})$/, '_$1')}\nstep=${String(ESSAY.chunkRows).replace(/(\d{3})$/, '_$1')}`);
  });

  it('marks each value as a figure the page repaints, spaces Shiki merged into the token kept outside', async () => {
    const html = await render('DIM, ROWS = {{scenario.dim}}, {{scenario.rows}}  # width');
    const figures = [...html.matchAll(/<span ([^>]*data-as="code"[^>]*)>([^<]*)<\/span>/g)];
    expect(figures.map((m) => m[2])).toEqual([String(ESSAY.dim), '312_000']);
    for (const [, attrs] of figures) {
      expect(attrs).toContain('data-prose');
      expect(attrs).toMatch(/data-figure="scenario\.(dim|rows)"/);
    }
    expect(html).toContain(`data-value="${ESSAY.rows}"`);
  });

  it('fails the build when a value would be part of a larger token', async () => {
    await expect(render('name_{{scenario.dim}} = 1')).rejects.toThrow(/scenario\.dim.*one token/);
  });
});
