import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFigures, type FiguresIo } from '../../../src/lib/cli/figures';
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

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

describe('runFigures', () => {
  it('writes every file the manifest lists, with its checksum, the same bytes on a second run', async () => {
    const out = join(scratch, 'out');
    const first = await runFigures({ data: SHIPPED_DIR, out, quiet: true, debug: false }, quietIo(), TOOL);
    const files = await snapshot(out);
    expect(Object.keys(files).sort()).toEqual([...first.files].sort());
    const manifest = JSON.parse(files['manifest.json'] as string) as { outputs: Array<{ file: string; bytes: number; sha256: string }> };
    expect(manifest.outputs.map((o) => o.file)).toEqual(first.files.filter((f) => f !== 'manifest.json').sort());
    const { createHash } = await import('node:crypto');
    for (const o of manifest.outputs) {
      expect(createHash('sha256').update(files[o.file] as string).digest('hex'), o.file).toBe(o.sha256);
      expect(Buffer.byteLength(files[o.file] as string), o.file).toBe(o.bytes);
    }
    await runFigures({ data: SHIPPED_DIR, out, quiet: true, debug: false }, quietIo(), TOOL);
    expect(await snapshot(out)).toEqual(files);
  }, 120_000);

  it('leaves the previous outputs and no temp directory when a write fails', async () => {
    const out = join(scratch, 'kept');
    const parentBefore = await readdir(scratch);
    await runFigures({ data: SHIPPED_DIR, out, quiet: true, debug: false }, quietIo(), TOOL);
    await writeFile(join(out, 'marker.txt'), 'previous run');
    const before = await snapshot(out);
    const io = quietIo();
    const failing: FiguresIo = {
      ...io,
      writeFile: (path, data) => (path.endsWith('q4_vs_q8.vl.json') ? Promise.reject(new Error('disk full')) : io.writeFile(path, data)),
    };
    await expect(runFigures({ data: SHIPPED_DIR, out, quiet: true, debug: false }, failing, TOOL)).rejects.toThrow('disk full');
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(scratch)).sort()).toEqual([...new Set([...parentBefore, 'kept'])].sort());
  }, 120_000);

  it('reports the loader error for a data directory that does not exist, and nothing else', async () => {
    const data = join(scratch, 'missing');
    await expect(runFigures({ data, out: join(scratch, 'none'), quiet: true, debug: false }, quietIo(), TOOL)).rejects.toThrow(
      `${data}/models.csv does not exist.`,
    );
    // The input checksums started alongside the loader fail too; give an unhandled rejection time to surface.
    await new Promise((r) => setTimeout(r, 50));
    expect((await readdir(scratch)).includes('none')).toBe(false);
  });
});
