import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateHarnessBench } from '../../../src/benchmarks/harness-bench/generate/generate';

const run = promisify(execFile);
const DATA = 'data/harness-bench';
const FILES = ['runs.csv', 'models.csv', 'tasks.csv', 'cells.csv'] as const;
const temps: string[] = [];

afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

describe('harness-bench generator', () => {
  it('reproduces the committed files byte for byte from the default seed', async () => {
    const { files } = generateHarnessBench(DEFAULT_SEED);
    for (const name of FILES) {
      expect(files[name], name).toBe(await readFile(join(DATA, name), 'utf8'));
    }
  });

  it('writes the same bytes through the command line into another directory', async () => {
    const out = await mkdtemp(join(tmpdir(), 'harness-bench-'));
    temps.push(out);
    const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
    await run(process.execPath, [tsx, 'scripts/generate-harness-bench.ts', '--out', out], { timeout: 60_000 });
    for (const name of FILES) {
      expect(await readFile(join(out, name)), name).toEqual(await readFile(join(DATA, name)));
    }
  }, 60_000);

  it('gives a different allocation for a different seed but the same models and tasks', () => {
    const a = generateHarnessBench(DEFAULT_SEED).files;
    const b = generateHarnessBench(7).files;
    expect(b['runs.csv']).not.toBe(a['runs.csv']);
    expect(b['models.csv']).toBe(a['models.csv']);
    expect(b['tasks.csv']).toBe(a['tasks.csv']);
  });

  it('rejects a seed that is not a whole number, naming the value', async () => {
    const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
    const failure = await run(process.execPath, [tsx, 'scripts/generate-harness-bench.ts', '--seed', 'abc', '--out', tmpdir()]).then(
      () => null,
      (e: unknown) => e as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--seed must be a whole number from 0 to 4294967295, got "abc".');
  }, 60_000);
});
