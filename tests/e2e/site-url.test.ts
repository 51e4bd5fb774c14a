import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFailure, buildIn, copyRepo, npmScript, runIn, type RepoCopy } from './support/build-copy';

/** A production build says when its links will point at the placeholder address, and --strict refuses it. */

const WARNING =
  'SITE_URL is not set, so canonical links, og:url, the feed and the sitemap will point at https://example.org; ' +
  'set SITE_URL=https://your.domain (for example SITE_URL=https://reports.example.org npm run build).';

let copy: RepoCopy;
beforeAll(async () => {
  copy = await copyRepo({ prefix: 'site-url-' });
});
afterAll(async () => {
  await copy?.remove();
});

describe('a build without SITE_URL', () => {
  it('fails under --strict, saying why', async () => {
    const r = await runIn(copy.dir, `${await npmScript(copy.dir, 'build')} --strict`, { env: { SITE_URL: '' }, timeoutMs: 10 * 60_000 });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`${WARNING.slice(0, -1)}. --strict does not build a site with a placeholder address.`);
  }, 11 * 60_000);

  it('warns once by default and still builds', async () => {
    const r = await buildIn(copy.dir, { env: { SITE_URL: '' }, timeoutMs: 10 * 60_000 });
    if (r.code !== 0) throw buildFailure('The build without SITE_URL', r);
    expect(r.output.split(WARNING).length - 1).toBe(1);
  }, 11 * 60_000);
});
