import { describe, expect, it } from 'vitest';
import { harnessBenchReport } from '../../../src/benchmarks/harness-bench/report/load-report';

describe('the write-up report loader', () => {
  it('computes the report once per process and options, from data/harness-bench', async () => {
    const first = harnessBenchReport();
    expect(harnessBenchReport()).toBe(first);
    const report = await first;
    // Published: 1360 runs, pi the strongest Q4 harness.
    expect(report.design.runs).toBe(1360);
    expect(report.harnesses.best.harness).toBe('pi');
    expect(harnessBenchReport({ primary: 'q8' })).not.toBe(first);
  });

  it('does not keep a failed load, so the next call tries again', async () => {
    const bad = harnessBenchReport({}, '/nonexistent-root-for-test');
    await expect(bad).rejects.toThrow();
    expect(harnessBenchReport({}, '/nonexistent-root-for-test')).not.toBe(bad);
  });
});
