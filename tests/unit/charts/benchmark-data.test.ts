import { describe, expect, it } from 'vitest';
import { BenchmarkNameError, benchmarkData } from '../../../src/lib/charts/benchmark-data';

describe('benchmarkData', () => {
  it('loads data/<name> once and hands every caller the same benchmark', async () => {
    const a = benchmarkData('harness-bench');
    const b = benchmarkData('harness-bench');
    expect(a).toBe(b);
    const bench = await a;
    // 17 model-quants x 5 harnesses x 16 tasks, as the write-up publishes.
    expect(bench.runs).toHaveLength(1360);
    expect(bench.models).toHaveLength(10);
    expect(bench.tasks).toHaveLength(16);
  });

  it('refuses names that are not a plain directory name', () => {
    for (const bad of ['../etc', 'a/b', '', '.hidden']) {
      expect(() => benchmarkData(bad)).toThrow(BenchmarkNameError);
    }
    expect(() => benchmarkData('../x')).toThrow(/"\.\.\/x"/);
  });
});
