import { describe, expect, it } from 'vitest';
import { checkLinks, internalLinks } from '../../../src/lib/quality/link-check';

describe('link checker', () => {
  const pages = new Map([
    ['/', '<a href="/2026/a/">a</a><a href="/2026/a/#results">r</a><a href="https://other.example/x">x</a><link href="/_astro/a.css"><a href="mailto:x@y.z">m</a>'],
    ['/2026/a/', '<h2 id="results">R</h2><a href="#nope">n</a><a href="../b/">b</a><img src="/figures/x.svg"><a href="/tags/x">t</a>'],
    ['/tags/x/', '<p>x</p>'],
  ]);
  it('ignores other origins and schemes', () => {
    expect(internalLinks(pages.get('/') ?? '')).toEqual(['/2026/a/', '/2026/a/#results', '/_astro/a.css']);
  });
  it('reports missing pages, files and anchors, and accepts a link without a trailing slash', () => {
    expect(checkLinks(pages, new Set(['/_astro/a.css']))).toEqual([
      { page: '/2026/a/', href: '#nope', reason: 'no element with id "nope" on /2026/a/' },
      { page: '/2026/a/', href: '../b/', reason: 'no page or file at /2026/b/' },
      { page: '/2026/a/', href: '/figures/x.svg', reason: 'no page or file at /figures/x.svg' },
    ]);
  });
});
