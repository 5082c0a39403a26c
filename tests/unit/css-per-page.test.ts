import { describe, expect, it } from 'vitest';
import { commonPrefix, linkMerged, stylesheetLinks } from '../../src/lib/css-per-page.mjs';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;

describe('css-per-page', () => {
  it('finds the local stylesheets a page links, in order, and nothing else', () => {
    const html = [
      '<head>',
      link('/_astro/Notebook.a.css'),
      '<link rel="preload" href="/_astro/fonts/x.woff2" as="font">',
      link('https://cdn.example/x.css'),
      link('//cdn.example/y.css'),
      '<link href="/_astro/Term.b.css" rel=stylesheet>',
      link('/_astro/Figure.c.css'),
      '</head>',
    ].join('');
    expect(stylesheetLinks(html).map((l) => l.href)).toEqual(['/_astro/Notebook.a.css', '/_astro/Term.b.css', '/_astro/Figure.c.css']);
  });

  it('keeps as shared only what every page links first, in the same order', () => {
    expect(commonPrefix([['/a', '/b', '/c'], ['/a', '/b'], ['/a', '/b', '/d']])).toEqual(['/a', '/b']);
    expect(commonPrefix([['/a', '/b'], ['/b', '/a']])).toEqual([]);
    expect(commonPrefix([])).toEqual([]);
  });

  it('links the merged file where the first joined one was and unlinks the others', () => {
    const html = `<head>${link('/n.css')}<title>t</title>${link('/a.css')}${link('/b.css')}<meta x>${link('/c.css')}</head>`;
    const joined = stylesheetLinks(html).slice(1);
    expect(linkMerged(html, joined, '/m.css')).toBe(`<head>${link('/n.css')}<title>t</title>${link('/m.css')}<meta x></head>`);
  });
});
