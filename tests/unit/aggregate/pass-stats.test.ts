import { describe, expect, it } from 'vitest';
import { addRun, byRateDesc, newTally, passStats, toPassStats } from '../../../src/lib/aggregate/pass-stats';
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
    // Wilson 3/4: denom 1 + 3.8416/4 = 1.9604; centre (.75 + .4802)/1.9604 = .627525
    // half = 1.96/1.9604 * sqrt(.046875 + .060025) = .999796 * .326956 = .326889
    expect(s.ci.lo).toBeCloseTo(0.300636, 5);
    expect(s.ci.hi).toBeCloseTo(0.954414, 5);
  });

  it('refuses an empty group rather than print NaN', () => {
    expect(() => passStats([])).toThrow(RangeError);
  });

  it('sums times without drift', () => {
    // Ten runs of 0.1 s: naive float addition gives 0.9999999999999999, so a mean of 0.09999999999999999.
    const t = newTally();
    for (let i = 0; i < 10; i++) addRun(t, { passed: false, agentTimeS: 0.1 });
    expect(toPassStats(t).avgTimeS).toBe(0.1);
    // A big time then many small ones: 1e16 + 1 + 1 - ... must keep the ones.
    const u = newTally();
    addRun(u, { passed: false, agentTimeS: 1e16 });
    for (let i = 0; i < 4; i++) addRun(u, { passed: false, agentTimeS: 1 });
    // (1e16 + 4) / 5 = 2000000000000000.8
    expect(toPassStats(u).avgTimeS).toBe(2000000000000000.8);
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
