import { join } from 'node:path';
import { loadBenchmark } from '../data/load-benchmark';
import type { Benchmark } from '../data/types';

/** A benchmark named in MDX (`benchmark="harness-bench"`) that cannot be a directory under data/. */
export class BenchmarkNameError extends Error {
  readonly value: string;
  constructor(value: string) {
    super(`The benchmark name "${value}" is not a directory name under data/: use letters, digits, "-" and "_" only (e.g. benchmark="harness-bench").`);
    this.name = 'BenchmarkNameError';
    this.value = value;
  }
}

const loaded = new Map<string, Promise<Benchmark>>();

/**
 * The benchmark in data/<name>, loaded once per build however many charts use it. In the dev
 * server the data watcher re-evaluates this module when a CSV changes, which empties the memo.
 */
export function benchmarkData(name: string, root: string = process.cwd()): Promise<Benchmark> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) throw new BenchmarkNameError(name);
  const dir = join(root, 'data', name);
  let p = loaded.get(dir);
  if (!p) {
    p = loadBenchmark(dir);
    loaded.set(dir, p);
    // A failed load is not remembered: the error shows, and the next render tries again.
    p.catch(() => loaded.delete(dir));
  }
  return p;
}
