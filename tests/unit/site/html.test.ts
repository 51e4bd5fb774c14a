import { describe, expect, it } from 'vitest';
import { isNumericCell, isNumericColumn } from '../../../src/lib/tables/numeric-cell';
import { absolutizeHtml } from '../../../src/lib/feed/absolutize';
import { siteUrl } from '../../../src/lib/site/site-url';
import { contentSecurityPolicy } from '../../../src/lib/site/csp';

describe('numeric table cells', () => {
  it('recognise how the site prints numbers', () => {
    for (const t of ['65/80', '81.2%', '582 s', '+2', '-6', '1,360', '0.5', '—', '']) expect(isNumericCell(t), t).toBe(true);
    for (const t of ['pi', 'Qwen3.6-27B', 'UD-Q4_K_XL', 'Q8_0', '15/16 (94%)x']) expect(isNumericCell(t), t).toBe(false);
  });
  it('need at least one real number in a column', () => {
    expect(isNumericColumn(['—', '—'])).toBe(false);
    expect(isNumericColumn(['65/80', '—'])).toBe(true);
    expect(isNumericColumn(['65/80', 'pi'])).toBe(false);
  });
});

describe('feed HTML', () => {
  it('makes root-relative links absolute and points fragments at the post', () => {
    const html = '<a href="/2026/x/">x</a><img src="/figures/a.svg"><a href="//cdn.example/x">p</a><a href="#eq-1">(1)</a><a href="https://a.b/">e</a>';
    expect(absolutizeHtml(html, 'https://r.example/2026/y/')).toBe(
      '<a href="https://r.example/2026/x/">x</a><img src="https://r.example/figures/a.svg"><a href="//cdn.example/x">p</a><a href="https://r.example/2026/y/#eq-1">(1)</a><a href="https://a.b/">e</a>',
    );
  });
});

describe('site URL', () => {
  it('defaults to a reserved example domain and validates SITE_URL', () => {
    expect(siteUrl({})).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://reports.example.com/' })).toBe('https://reports.example.com');
    expect(() => siteUrl({ SITE_URL: 'reports' })).toThrow('SITE_URL must be an absolute URL such as https://reports.example.org, got "reports".');
    expect(() => siteUrl({ SITE_URL: 'ftp://x.y' })).toThrow('SITE_URL must use http or https, got "ftp://x.y".');
  });
});

describe('content security policy', () => {
  it('allows scripts only from this origin, never eval or inline', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);
  });
  it('adds only WebAssembly compilation for the search page', () => {
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});
