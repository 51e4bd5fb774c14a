import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresMain, runFigures, type FiguresIo } from '../../../src/lib/cli/figures';
import type { FiguresOptions } from '../../../src/lib/cli/figures-args';
import { nodeFiguresIo } from '../../../src/lib/cli/node-figures-io';
import { SHIPPED_DIR } from '../specs/support';

const TOOL = { name: 'test figures', version: '0' };
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'run-figures-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function quietIo(): FiguresIo {
  return { ...nodeFiguresIo(), stdout: () => undefined, stderr: () => undefined };
}

function opts(extra: Partial<FiguresOptions> & { out: string }): FiguresOptions {
  return { force: false, quiet: true, debug: false, ...extra };
}

/** Every file under `dir` by its path there, folders included. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) for (const [k, v] of Object.entries(await snapshot(join(dir, e.name)))) out[`${e.name}/${k}`] = v;
    else out[e.name] = await readFile(join(dir, e.name), 'utf8');
  }
  return out;
}

describe('runFigures with --data', () => {
  it('writes every file the manifest lists, with its checksum, the same bytes on a second run', async () => {
    const out = join(scratch, 'out');
    const first = await runFigures(opts({ data: SHIPPED_DIR, out }), quietIo(), TOOL);
    const files = await snapshot(out);
    const written = first.outputs[0]?.files ?? [];
    expect(Object.keys(files).sort()).toEqual([...written].sort());
    const manifest = JSON.parse(files['manifest.json'] as string) as { outputs: Array<{ file: string; bytes: number; sha256: string }> };
    expect(manifest.outputs.map((o) => o.file)).toEqual(written.filter((f) => f !== 'manifest.json').sort());
    for (const o of manifest.outputs) {
      expect(createHash('sha256').update(files[o.file] as string).digest('hex'), o.file).toBe(o.sha256);
      expect(Buffer.byteLength(files[o.file] as string), o.file).toBe(o.bytes);
    }
    await runFigures(opts({ data: SHIPPED_DIR, out }), quietIo(), TOOL);
    expect(await snapshot(out)).toEqual(files);
  }, 120_000);

  it('leaves the previous outputs and no temp directory when a write fails', async () => {
    const out = join(scratch, 'kept');
    const parentBefore = await readdir(scratch);
    await runFigures(opts({ data: SHIPPED_DIR, out }), quietIo(), TOOL);
    const before = await snapshot(out);
    const io = quietIo();
    const failing: FiguresIo = {
      ...io,
      writeFile: (path, data) => (path.endsWith('q4_vs_q8.vl.json') ? Promise.reject(new Error('disk full')) : io.writeFile(path, data)),
    };
    await expect(runFigures(opts({ data: SHIPPED_DIR, out }), failing, TOOL)).rejects.toThrow('disk full');
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(scratch)).sort()).toEqual([...new Set([...parentBefore, 'kept'])].sort());
  }, 120_000);

  it('reports the loader error for a data directory that does not exist, and writes nothing', async () => {
    const data = join(scratch, 'missing');
    await expect(runFigures(opts({ data, out: join(scratch, 'none') }), quietIo(), TOOL)).rejects.toThrow(`${data}/runs.csv does not exist.`);
    expect((await readdir(scratch)).includes('none')).toBe(false);
  });
});

describe('runFigures only writes what it owns', () => {
  async function capture(argv: string[]): Promise<{ code: number; stderr: string[] }> {
    const stderr: string[] = [];
    const code = await figuresMain(argv, { ...nodeFiguresIo(), stdout: () => undefined, stderr: (l) => stderr.push(l) }, TOOL);
    return { code, stderr };
  }

  it('refuses a folder holding files it did not write, deletes nothing, and explains --force', async () => {
    const out = join(scratch, 'src-like');
    await mkdir(join(out, 'lib'), { recursive: true });
    await writeFile(join(out, 'index.ts'), 'export {};\n');
    await writeFile(join(out, 'lib', 'a.ts'), 'export const a = 1;\n');
    const before = await snapshot(out);
    const r = await capture(['--data', SHIPPED_DIR, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([
      `figures: --out ${out} holds files this tool did not write (index.ts, lib); it writes only into a new folder or one it wrote before. Choose another --out, or pass --force to add the figures to it without removing anything.`,
    ]);
    expect(await snapshot(out)).toEqual(before);
    expect(await readFile(join(out, 'lib', 'a.ts'), 'utf8')).toBe('export const a = 1;\n');
  }, 120_000);

  it('with --force adds its files beside the others and removes nothing', async () => {
    const out = join(scratch, 'forced');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'notes.md'), 'mine\n');
    const r = await capture(['--data', SHIPPED_DIR, '--out', out, '--force']);
    expect(r).toEqual({ code: 0, stderr: [] });
    const names = await readdir(out);
    expect(names).toContain('notes.md');
    expect(names).toContain('manifest.json');
    expect(names).toContain('speed_vs_accuracy.light.svg');
    expect(await readFile(join(out, 'notes.md'), 'utf8')).toBe('mine\n');
    expect(names.some((n) => n.includes('.tmp-'))).toBe(false);
  }, 120_000);

  it('refuses an --out that is a file, even with --force', async () => {
    const file = join(scratch, 'a-file');
    await writeFile(file, 'keep me\n');
    const r = await capture(['--data', SHIPPED_DIR, '--out', file, '--force']);
    expect(r).toEqual({ code: 2, stderr: [`figures: --out ${file} is a file; give the folder the figures should go to.`] });
    expect(await readFile(file, 'utf8')).toBe('keep me\n');
  }, 120_000);

  it('refuses a folder of its own that someone added a file to', async () => {
    const out = join(scratch, 'mine-plus');
    await runFigures(opts({ data: SHIPPED_DIR, out }), quietIo(), TOOL);
    await writeFile(join(out, 'extra.txt'), 'added by hand\n');
    const r = await capture(['--data', SHIPPED_DIR, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toContain('holds files this tool did not write (extra.txt)');
    expect(await readFile(join(out, 'extra.txt'), 'utf8')).toBe('added by hand\n');
  }, 120_000);
});

describe('runFigures over the posts', () => {
  it("draws every chart of one post into <out>/<year>/<slug>/, named by the figures' ids", async () => {
    const out = join(scratch, 'posts');
    const result = await runFigures(opts({ out, post: '2026/harness-bench-wip' }), quietIo(), TOOL);
    expect(result.outputs.map((o) => o.out)).toEqual([join(out, '2026', 'harness-bench-wip')]);
    const names = (await readdir(join(out, '2026', 'harness-bench-wip'))).sort();
    // The write-up's six labelled charts, each as two SVGs, a spec and a CSV, and a manifest.
    const ids = ['fig-frontier', 'fig-harnesses', 'fig-heatmap', 'fig-q4-q8', 'fig-size', 'fig-tasks'];
    expect(names).toEqual([...ids.flatMap((id) => [`${id}.csv`, `${id}.dark.svg`, `${id}.light.svg`, `${id}.vl.json`]), 'manifest.json'].sort());
    const csv = await readFile(join(out, '2026', 'harness-bench-wip', 'fig-harnesses.csv'), 'utf8');
    // The harness ranking's Data table: pi first at 123 of 160 runs.
    expect(csv.split('\r\n')[1]).toMatch(/^pi,0\.76875,160,/);
  }, 120_000);

  it('names a post that does not exist', async () => {
    const stderr: string[] = [];
    const code = await figuresMain(['--post', '2031/nothing-here', '--out', join(scratch, 'none')], { ...nodeFiguresIo(), stdout: () => undefined, stderr: (l) => stderr.push(l) }, TOOL);
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/^figures: --post 2031\/nothing-here: there is no post /);
  });
});
