import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFiles } from '../../bench/lib/dist-files';
import { buildFailure, buildIn, copyRepo, type RepoCopy } from './support/build-copy';

/**
 * A second, clean build (fresh copy of the sources, its own empty caches, another directory,
 * a later clock) must reproduce dist/ byte for byte. dist/ is the one `npm run build` just made
 * from these sources (npm test builds before the e2e suite).
 */

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Where two versions of a text file part, with some context, to point at the cause. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `at byte ${i}:\n      dist/: ${show(a)}\n      copy:  ${show(b)}`;
}

let copy: RepoCopy | undefined;
afterAll(async () => {
  await copy?.remove();
});

describe('deterministic build', () => {
  it('a clean rebuild in another directory gives a byte-identical dist/', async () => {
    const first = await distFiles('dist').catch(() => new Map<string, Buffer>());
    expect(first.size, 'dist/ is missing or empty: run `npm run build` first').toBeGreaterThan(0);

    copy = await copyRepo({ prefix: 'determinism-' });
    const result = await buildIn(copy.dir, { timeoutMs: 20 * 60_000 });
    if (result.code !== 0) throw buildFailure('The second build', result);
    const second = await distFiles(join(copy.dir, 'dist'));

    const problems: string[] = [];
    for (const [path, bytes] of first) {
      const other = second.get(path);
      if (other === undefined) problems.push(`${path}: only in dist/`);
      else if (sha256(bytes) !== sha256(other)) {
        const text = /\.(?:html|xml|css|js|json|txt|svg)$/.test(path);
        problems.push(`${path}: differs${text ? ` ${firstDifference(bytes, other)}` : ` (${bytes.length} vs ${other.length} bytes)`}`);
      }
    }
    for (const path of second.keys()) if (!first.has(path)) problems.push(`${path}: only in the second build`);
    expect(problems, `${problems.length} of ${first.size} files differ; if dist/ predates your last edit, run npm run build first`).toEqual([]);
  }, 25 * 60_000);
});
