import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFailure, buildIn, copyRepo, type RepoCopy } from './support/build-copy';

/**
 * A diagram cache the build cannot use is skipped, not fatal: in a temp copy whose
 * node_modules/.cache is a file (unwritable even for root, like a read-only node_modules),
 * the build succeeds with one warning and draws the diagrams.
 */

let copy: RepoCopy | undefined;
afterAll(async () => {
  await copy?.remove();
});

describe('an unusable diagram cache', () => {
  it('costs one warning, not the build', async () => {
    copy = await copyRepo({ prefix: 'diagram-cache-' });
    await writeFile(join(copy.dir, 'node_modules', '.cache'), 'a file where the cache folder would go\n');
    const r = await buildIn(copy.dir, { timeoutMs: 10 * 60_000 });
    if (r.code !== 0) throw buildFailure('The build with an unusable cache', r);
    // The build reads before it writes, so the first failure is the read.
    const warnings = r.output.split('\n').filter((l) => l.includes('[mermaid] The diagram cache'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("[mermaid] The diagram cache in node_modules/.cache/mermaid-svg cannot be used (ENOTDIR: not a directory, open '");
    expect(warnings[0]).toContain('); this build draws every diagram and keeps none.');
    const html = await readFile(join(copy.dir, 'dist', '2026', 'deep-research-mcp', 'index.html'), 'utf8');
    expect(html).toMatch(/<figure class="diagram"[^>]*><svg /);
  }, 11 * 60_000);
});
