import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFileOf, inlineSvgs, moduleImports, pageWeight, transferSize } from '../../../src/lib/quality/page-weight';

/** zlib itself is the oracle for gzip sizes; raw sizes below are counted by hand. */
const gz = (s: string) => gzipSync(Buffer.from(s, 'utf8')).length;

const html =
  '<!doctype html><html><head>' +
  '<link rel="stylesheet" href="/a.css">' +
  '<link rel="icon" href="/i.svg" type="image/svg+xml">' +
  '<script src="/theme.js"></script>' +
  '<script type="module" src="/m.js"></script>' +
  '<script type="application/json" id="d">{"label":"<svg>not markup</svg>"}</script>' +
  '</head><body>' +
  '<svg viewBox="0 0 1 1"><svg></svg></svg>' +
  '<!-- <svg>commented out</svg> -->' +
  '<p class="katex big">x</p>' +
  '</body></html>';

const a = '@import "/b.css";@font-face{font-family:KaTeX_Main;src:url(/f.woff2) format("woff2"),url(/f.woff) format("woff")}.katex .x,.katex{font:1em KaTeX_Main,serif}';
const b = '@font-face{font-family:"Unused";src:url(/u.woff2)}.nope{font-family:Unused}';
const m = 'import{a as b}from"./c.js";import("./lazy.js");';
const c = 'export const a=1;';
const lazy = 'import"./d.js";export{};';
const d = 'export{};';
const theme = '1234567890';

const files = new Map<string, Uint8Array | string>([
  ['/index.html', html],
  ['/a.css', a],
  ['/b.css', b],
  ['/m.js', m],
  ['/c.js', c],
  ['/lazy.js', lazy],
  ['/d.js', d],
  ['/theme.js', theme],
  ['/i.svg', '<svg/>'],
  ['/f.woff2', new Uint8Array(100)],
  ['/f.woff', new Uint8Array(200)],
  ['/u.woff2', new Uint8Array(50)],
]);

describe('pageWeight', () => {
  const w = pageWeight('/', files);

  it('weighs the HTML file itself', () => {
    expect(w.html).toEqual({ raw: html.length, gzip: gz(html) });
  });

  it('counts linked stylesheets and the ones they @import', () => {
    expect(w.css.files).toEqual(['/a.css', '/b.css']);
    expect(w.css.raw).toBe(a.length + b.length);
    expect(w.css.gzip).toBe(gz(a) + gz(b));
  });

  it('splits JavaScript into the static-import closure of the page scripts and what import() reaches', () => {
    expect(w.js.initial.files).toEqual(['/c.js', '/m.js', '/theme.js']);
    expect(w.js.initial.raw).toBe(17 + 47 + 10);
    expect(w.js.initial.gzip).toBe(gz(c) + gz(m) + gz(theme));
    expect(w.js.lazy.files).toEqual(['/d.js', '/lazy.js']);
    expect(w.js.lazy.raw).toBe(9 + 24);
  });

  it('counts only fonts whose family a rule that may match the page uses, by their first src, sent uncompressed', () => {
    // KaTeX_Main is used by .katex (the page has class="katex"); Unused only by .nope.
    expect(w.fonts).toEqual({ raw: 100, gzip: 100, files: ['/f.woff2'] });
  });

  it('reports inline SVG (outermost elements, outside scripts and comments) and SVG files', () => {
    const svg = '<svg viewBox="0 0 1 1"><svg></svg></svg>';
    expect(w.svg.inline).toEqual({ raw: 40, gzip: gz(svg) });
    expect(w.svg.files).toEqual({ raw: 6, gzip: gz('<svg/>'), files: ['/i.svg'] });
  });

  it('totals what a first visit downloads (lazy JS and inline SVG excluded, the latter being part of the HTML)', () => {
    expect(w.total.raw).toBe(html.length + a.length + b.length + 74 + 100 + 6);
    expect(w.total.gzip).toBe(w.html.gzip + w.css.gzip + w.js.initial.gzip + 100 + w.svg.files.gzip);
    expect(w.missing).toEqual([]);
    expect(w.external).toEqual([]);
  });

  it('lists missing files and other hosts', () => {
    const page = '<script src="https://cdn.example.com/vega.js"></script><script src="//fonts.example.net/x.js"></script><link rel="stylesheet" href="gone.css">';
    const r = pageWeight('/p/', new Map([['/p/index.html', page]]));
    expect(r.external).toEqual(['http://fonts.example.net/x.js', 'https://cdn.example.com/vega.js']);
    expect(r.missing).toEqual(['/p/gone.css']);
    expect(r.js.initial).toEqual({ raw: 0, gzip: 0, files: [] });
  });

  it('fails clearly for a page that was not built', () => {
    expect(() => pageWeight('/nope/', files)).toThrow('No HTML file at /nope/index.html for the page /nope/.');
  });
});

describe('moduleImports', () => {
  it('finds minified static imports, re-exports and dynamic imports, not look-alikes', () => {
    const js =
      'import{a as b,c}from"./x.js";import"./side.js";import*as n from\'../n.js\';export{d}from"./e.js";export*from"/f.js";' +
      'const s=await import("./lazy.js");const t=foo.import("./not.js");const u=reimport("./nope.js");';
    expect(moduleImports(js)).toEqual({
      static: ['./x.js', './side.js', '../n.js', './e.js', '/f.js'],
      dynamic: ['./lazy.js'],
    });
  });
});

describe('helpers', () => {
  it('maps page paths to HTML files', () => {
    expect(htmlFileOf('/a/')).toBe('/a/index.html');
    expect(htmlFileOf('/404.html')).toBe('/404.html');
  });
  it('finds outermost SVG elements, including self-closing ones', () => {
    expect(inlineSvgs('<p><svg/><svg a="1"><g><svg></svg></g></svg></p>')).toEqual(['<svg/>', '<svg a="1"><g><svg></svg></g></svg>']);
  });
  it('sends woff2 as it is and gzips text', () => {
    expect(transferSize('/a.woff2', new Uint8Array(7))).toBe(7);
    expect(transferSize('/a.js', 'aaaaaaaaaa')).toBe(gz('aaaaaaaaaa'));
  });
});
