import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/data-error';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import { BAD, BAD_CASES as cases } from './bad-cases';

async function failure(dir: string): Promise<DataError> {
  try {
    await loadHarnessBench(dir);
  } catch (err) {
    if (err instanceof DataError) return err;
    throw err;
  }
  throw new Error(`${dir} loaded without error`);
}

describe('loading harness-bench-shaped data with one defect', () => {
  it.each(cases)('$name: names the file, line, column and value', async (c) => {
    const dir = `${BAD}/${c.name}`;
    const file = `${dir}/${c.file}`;
    const err = await failure(dir);
    expect(err.message).toBe(`${file}${c.rest}`);
    expect(err.file).toBe(file);
    expect(err.line).toBe(c.line);
    expect(err.column).toBe(c.column);
    expect(err.value).toBe(c.value);
    expect(err.exitCode).toBe(65);
    expect(err.name).toBe('DataError');
  });

  it('keeps the directory as written, trailing slash or ./ included', async () => {
    const slash = await failure(`${BAD}/passed-not-binary/`);
    expect(slash.file).toBe(`${BAD}/passed-not-binary/runs.csv`);
    const dotted = await failure(`./${BAD}/passed-not-binary`);
    expect(dotted.message).toBe(`./${BAD}/passed-not-binary/runs.csv line 3, column "passed": expected 0 or 1, got "yes".`);
  });

  it('covers every fixture directory', async () => {
    const { readdir } = await import('node:fs/promises');
    const dirs = (await readdir(BAD)).sort();
    expect(dirs).toEqual(cases.map((c) => c.name).sort());
  });
});
