import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFailure, buildIn, copyRepo, npmScript, startIn, type RepoCopy } from './support/build-copy';

/**
 * `npm run build` replaces dist/ only with a complete site. In a temp copy whose dist/ is the
 * site built from this checkout: a build that fails while rendering and a build stopped with
 * SIGINT both leave that dist/ byte for byte as it was, and the next good build leaves no
 * staging folder and no build internals behind.
 */

const POSTS = join('src', 'content', 'posts', '2026');

const THROWING_POST = `---
title: Throws while rendering
date: 2026-05-01
description: A post whose expression throws when the page is rendered.
---
export const boom = () => { throw new Error('kaboom in the post'); };

Text {boom()} here.
`;

const HOLDING_POST = `---
title: Holds the build
date: 2026-05-02
description: A post that keeps the build waiting while its page is rendered.
---
export const held = await new Promise((done) => { console.log('holding-post: the build is rendering pages'); setTimeout(done, 120000); });

Held {String(held)}.
`;

const LATER_POST = `---
title: Written after the interruption
date: 2026-05-03
description: Shows that the build after an interruption publishes.
---

Published.
`;

/** Every file and folder under `dir`, files with their SHA-256, so two snapshots compare byte for byte. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const key = relative(dir, p).split(sep).join('/');
      if (e.isDirectory()) {
        out.set(`${key}/`, 'dir');
        await walk(p);
      } else out.set(key, createHash('sha256').update(await readFile(p)).digest('hex'));
    }
  }
  await walk(dir);
  return out;
}

/** The staging and set-aside folders the build keeps beside dist/. */
async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.startsWith('.dist-')).sort();
}

let copy: RepoCopy;
let before: Map<string, string>;

beforeAll(async () => {
  copy = await copyRepo({ prefix: 'last-good-site-' });
  await cp('dist', join(copy.dir, 'dist'), { recursive: true });
  before = await snapshot(join(copy.dir, 'dist'));
  expect(before.get('index.html'), 'dist/ is missing: run `npm run build` first').toBeDefined();
});

afterAll(async () => {
  await copy?.remove();
});

describe('the last good site survives', () => {
  it('a build whose post throws while rendering fails and leaves dist/ byte for byte unchanged', async () => {
    const post = join(copy.dir, POSTS, 'throws-while-rendering.mdx');
    await writeFile(post, THROWING_POST);
    const result = await buildIn(copy.dir, { timeoutMs: 10 * 60_000 });
    await rm(post);
    expect(result.code, result.output.slice(-3000)).not.toBe(0);
    expect(result.output).toContain('kaboom in the post');
    expect(result.output).toContain('The build failed; dist/ was left as it was.');
    expect(await snapshot(join(copy.dir, 'dist'))).toEqual(before);
    expect(await leftovers(copy.dir)).toEqual([]);
  }, 11 * 60_000);

  it('a build stopped by SIGINT mid-way leaves dist/ byte for byte unchanged, and the next build leaves no staging folder', async () => {
    const post = join(copy.dir, POSTS, 'holds-the-build.mdx');
    await writeFile(post, HOLDING_POST);
    const build = startIn(copy.dir, await npmScript(copy.dir, 'build'));
    try {
      await build.waitFor('holding-post: the build is rendering pages', 10 * 60_000);
      // Mid-way: the staging folder holds part of the new site.
      const staging = await leftovers(copy.dir);
      expect(staging).toEqual([expect.stringMatching(/^\.dist-staging-\d+$/)]);
      expect((await readdir(join(copy.dir, staging[0] ?? ''))).length).toBeGreaterThan(0);
      process.kill(-build.pid, 'SIGINT');
      const exit = await build.done;
      expect(exit.code === 130 || exit.signal === 'SIGINT', `exit ${JSON.stringify(exit)}:\n${build.output().slice(-3000)}`).toBe(true);
    } finally {
      await build.stop();
      await rm(post);
    }
    expect(build.output()).toContain('Build interrupted by SIGINT; dist/ was left as it was');
    expect(await snapshot(join(copy.dir, 'dist'))).toEqual(before);
    expect(await leftovers(copy.dir)).toEqual([]);

    // What a build killed outright (kill -9) would leave: a staging folder of a process that is gone.
    const dead = spawnSync('true').pid;
    await mkdir(join(copy.dir, `.dist-staging-${dead}`, 'half-written'), { recursive: true });
    await writeFile(join(copy.dir, POSTS, 'written-after-the-interruption.mdx'), LATER_POST);
    const next = await buildIn(copy.dir, { timeoutMs: 10 * 60_000 });
    if (next.code !== 0) throw buildFailure('The build after the interruption', next);
    expect(next.output).toContain(`removed .dist-staging-${dead}/ left by an interrupted build`);
    expect(await leftovers(copy.dir)).toEqual([]);
    const after = await snapshot(join(copy.dir, 'dist'));
    expect(after.has('2026/written-after-the-interruption/index.html')).toBe(true);
    expect(after.has('2026/holds-the-build/index.html')).toBe(false);
    // (c) No build internals in the published site.
    expect([...after.keys()].filter((k) => k.split('/').some((part) => part.startsWith('.')))).toEqual([]);
  }, 25 * 60_000);
});
