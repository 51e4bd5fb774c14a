import { describe, expect, it } from 'vitest';
import { placeholderSiteProblem } from '../../../src/lib/site/placeholder-site';

const WARNING =
  'SITE_URL is not set, so canonical links, og:url, the feed and the sitemap will point at https://example.org; ' +
  'set SITE_URL=https://your.domain (for example SITE_URL=https://reports.example.org npm run build).';

describe('placeholderSiteProblem', () => {
  it('warns when the site is the placeholder or missing', () => {
    expect(placeholderSiteProblem('https://example.org', false)).toEqual({ level: 'warning', message: WARNING });
    // Astro hands the site over with a trailing slash.
    expect(placeholderSiteProblem('https://example.org/', false)).toEqual({ level: 'warning', message: WARNING });
    expect(placeholderSiteProblem(new URL('https://example.org'), false)?.level).toBe('warning');
    expect(placeholderSiteProblem(undefined, false)).toEqual({ level: 'warning', message: WARNING });
  });
  it('fails under --strict', () => {
    expect(placeholderSiteProblem('https://example.org', true)).toEqual({
      level: 'error',
      message: `${WARNING.slice(0, -1)}. --strict does not build a site with a placeholder address.`,
    });
  });
  it('says nothing about a real address, strict or not', () => {
    expect(placeholderSiteProblem('https://reports.example.com', false)).toBeUndefined();
    expect(placeholderSiteProblem('https://reports.example.com/', true)).toBeUndefined();
    // Only the exact placeholder origin counts: a subdomain of it is someone's real choice.
    expect(placeholderSiteProblem('https://reports.example.org', true)).toBeUndefined();
  });
});
