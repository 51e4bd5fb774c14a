import { describe, expect, it } from 'vitest';
import { byRateDesc, passStats } from '../../../src/benchmarks/harness-bench/stats';
import { run } from './run-factory';

describe('passStats', () => {
  it('counts, rates and averages a group', () => {
    const s = passStats([
      run({ passed: true, agentTimeS: 10 }),
      run({ passed: false, agentTimeS: 20 }),
      run({ passed: true, agentTimeS: 60 }),
      run({ passed: true, agentTimeS: 30 }),
    ]);
    // 3 of 4; (10 + 20 + 60 + 30) / 4 = 30
    expect(s.runs).toBe(4);
    expect(s.passed).toBe(3);
    expect(s.rate).toBe(0.75);
    expect(s.avgTimeS).toBe(30);
    // Wilson 3/4 at z = 1.959964 (the 97.5% normal quantile): z² = 3.841459; denom 1 + z²/4 = 1.960365;
    // centre (.75 + z²/8)/denom = (.75 + .480182)/1.960365 = .627527; half = z/denom * sqrt(.046875 + z²/64)
    // = .999796 * sqrt(.046875 + .060023) = .999796 * .326953 = .326886
    expect(s.ci.lo).toBeCloseTo(0.300641, 5);
    expect(s.ci.hi).toBeCloseTo(0.954413, 5);
  });

  it('refuses an empty group rather than print NaN', () => {
    expect(() => passStats([])).toThrow(RangeError);
  });

  it('sums times without drift', () => {
    // Ten runs of 0.1 s: naive float addition gives 0.9999999999999999, so a mean of 0.09999999999999999.
    expect(passStats(Array.from({ length: 10 }, () => run({ passed: false, agentTimeS: 0.1 }))).avgTimeS).toBe(0.1);
    // A big time then many small ones: 1e16 + 1 + 1 - ... must keep the ones.
    const big = [run({ passed: false, agentTimeS: 1e16 }), ...Array.from({ length: 4 }, () => run({ passed: false, agentTimeS: 1 }))];
    // (1e16 + 4) / 5 = 2000000000000000.8
    expect(passStats(big).avgTimeS).toBe(2000000000000000.8);
  });
});

describe('byRateDesc', () => {
  it('compares rates exactly, higher first', () => {
    const a = passStats([run({ passed: true, agentTimeS: 1 }), run({ passed: false, agentTimeS: 1 })]); // 1/2
    const b = passStats([
      run({ passed: true, agentTimeS: 1 }),
      run({ passed: true, agentTimeS: 1 }),
      run({ passed: false, agentTimeS: 1 }),
      run({ passed: false, agentTimeS: 1 }),
    ]); // 2/4
    const c = passStats([run({ passed: true, agentTimeS: 1 })]); // 1/1
    expect(byRateDesc(a, b)).toBe(0);
    expect(byRateDesc(a, c)).toBeGreaterThan(0);
    expect(byRateDesc(c, a)).toBeLessThan(0);
  });
});
