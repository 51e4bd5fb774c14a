import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../../src/lib/stats/mean-interval';
import { wilsonInterval } from '../../../src/lib/stats/wilson-interval';
import { expectClose } from './close';

// Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
// methods", Stat Med 17:857, Table II, method 3 (Wilson score without continuity correction).
describe('wilsonInterval', () => {
  it("reproduces Newcombe's examples to the four decimals printed", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lo, hi] of cases) {
      const ci = wilsonInterval(x, n);
      expect(ci.lo).toBeCloseTo(lo, 4);
      expect(ci.hi).toBeCloseTo(hi, 4);
    }
  });

  it('is exactly 0 at 0/n and exactly 1 at n/n', () => {
    // 0/10: hi = (z^2/n) / (1 + z^2/n) with z = 1.959964, z^2 = 3.841459: 0.3841459/1.3841459 = 0.277533.
    const none = wilsonInterval(0, 10);
    expect(none.lo).toBe(0);
    expect(none.hi).toBeCloseTo(0.277533, 5);
    const all = wilsonInterval(10, 10);
    expect(all.hi).toBe(1);
    expect(all.lo).toBeCloseTo(1 - 0.277533, 5);
  });

  it('widens with the level', () => {
    // 5/10 at 99%: z = 2.575829, z^2 = 6.634897, centre .5,
    // half = z/(1 + .663490) * sqrt(.025 + 6.634897/400) = 1.548449 * .203930 = .315774.
    const ci = wilsonInterval(5, 10, 0.99);
    expect(ci.lo).toBeCloseTo(0.5 - 0.315774, 5);
    expect(ci.hi).toBeCloseTo(0.5 + 0.315774, 5);
    expect(() => wilsonInterval(5, 10, 95)).toThrow(/between 0 and 1/);
  });
});

describe('meanInterval', () => {
  it("matches R's t.test(1:5)$conf.int = 1.036757 to 4.963243", () => {
    // By hand: mean 3, sd = sqrt(2.5), se = sqrt(0.5), qt(.975, 4) = 2.776445, half = 1.963243.
    const m = meanInterval([1, 2, 3, 4, 5]);
    expect(m.n).toBe(5);
    expect(m.mean).toBe(3);
    expectClose(m.sd ?? NaN, Math.sqrt(2.5), 1e-15);
    expect(m.interval?.lo).toBeCloseTo(1.036757, 6);
    expect(m.interval?.hi).toBeCloseTo(4.963243, 6);
  });

  it('takes the level: 90% for 1:5 is t.test(1:5, conf.level = 0.9), 1.492557 to 4.507443', () => {
    // qt(.95, 4) = 2.131847; half = 2.131847 * sqrt(0.5) = 1.507443.
    const m = meanInterval([1, 2, 3, 4, 5], 0.9);
    expect(m.interval?.lo).toBeCloseTo(1.492557, 6);
    expect(m.interval?.hi).toBeCloseTo(4.507443, 6);
  });

  it('gives no interval for a single value, and a zero-width one for equal values', () => {
    expect(meanInterval([0.7])).toEqual({ n: 1, mean: 0.7, sd: null, interval: null });
    expect(meanInterval([2, 2, 2])).toEqual({ n: 3, mean: 2, sd: 0, interval: { lo: 2, hi: 2 } });
  });

  it('refuses no values and non-numbers, naming the value', () => {
    expect(() => meanInterval([])).toThrow('meanInterval: there are no values to average.');
    expect(() => meanInterval([1, Number.NaN])).toThrow('meanInterval: value 2 is NaN, not a finite number.');
  });
});
