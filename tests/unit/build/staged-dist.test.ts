import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanLeftovers, stagingDir, swapIntoPlace } from '../../../src/lib/build/staged-dist';

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'staged-dist-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(path: string, text: string): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text);
}

/** The pid of a process that has already exited. */
const deadPid = (): number => spawnSync('true').pid;

describe('swapIntoPlace', () => {
  it('replaces dist/ with the staging folder, without its .prerender, and keeps nothing aside', async () => {
    await put('dist/old.html', 'old');
    const staging = stagingDir(root);
    await put(`${staging.slice(root.length + 1)}/index.html`, 'new');
    await put(`${staging.slice(root.length + 1)}/.prerender/chunk.mjs`, 'internal');
    swapIntoPlace(root, staging);
    expect(await readdir(join(root, 'dist'))).toEqual(['index.html']);
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('works when there is no dist/ yet', async () => {
    const staging = stagingDir(root);
    await put(`${staging.slice(root.length + 1)}/index.html`, 'first');
    swapIntoPlace(root, staging);
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('first');
  });
});

describe('cleanLeftovers', () => {
  it('removes the staging and set-aside folders of builds that are gone', async () => {
    const pid = deadPid();
    await put('dist/index.html', 'site');
    await put(`.dist-staging-${pid}/half.html`, 'half');
    await put(`.dist-previous-${pid}/index.html`, 'older site');
    expect(cleanLeftovers(root)).toEqual({ removed: [`.dist-previous-${pid}`, `.dist-staging-${pid}`] });
    expect(await readdir(root)).toEqual(['dist']);
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('site');
  });

  it('puts dist/ back when a build died between the two renames of its swap', async () => {
    const pid = deadPid();
    await put(`.dist-previous-${pid}/index.html`, 'last good site');
    await put(`.dist-staging-${pid}/index.html`, 'new site');
    expect(cleanLeftovers(root)).toEqual({ removed: [`.dist-staging-${pid}`], restored: `.dist-previous-${pid}` });
    expect(await readFile(join(root, 'dist', 'index.html'), 'utf8')).toBe('last good site');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('leaves alone the folders of a build that is still running, and anything else', async () => {
    await put(`.dist-staging-${process.ppid}/index.html`, 'being built');
    await put('.dist-staging-notapid/keep', 'x');
    await put('distribution/keep', 'x');
    expect(cleanLeftovers(root)).toEqual({ removed: [] });
    expect((await readdir(root)).sort()).toEqual(['.dist-staging-notapid', `.dist-staging-${process.ppid}`, 'distribution'].sort());
  });
});
