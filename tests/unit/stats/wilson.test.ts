import { describe, expect, it } from 'vitest';
import { wilson } from '../../../src/lib/stats/wilson';

// Wilson: centre = (p + z^2/2n) / (1 + z^2/n), half = z/(1 + z^2/n) * sqrt(p(1-p)/n + z^2/4n^2), z = 1.96, z^2 = 3.8416.
describe('wilson', () => {
  it('5 of 10', () => {
    // p = .5, 1 + z^2/n = 1.38416; centre = (.5 + .19208)/1.38416 = .5
    // half = 1.96/1.38416 * sqrt(.025 + .009604) = 1.416021 * .186022 = .263411
    const { lo, hi } = wilson(5, 10);
    expect(lo).toBeCloseTo(0.236589, 5);
    expect(hi).toBeCloseTo(0.763411, 5);
  });

  it('0 of 10 starts at exactly 0', () => {
    // hi = (z^2/n) / (1 + z^2/n) = .38416 / 1.38416 = .277540
    const { lo, hi } = wilson(0, 10);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.27754, 5);
  });

  it('16 of 16 ends at exactly 1', () => {
    // By symmetry with 0 of 16: lo = 1 - (3.8416/16)/(1 + 3.8416/16) = 1 - .2401/1.2401 = 1 - .193613 = .806387
    const { lo, hi } = wilson(16, 16);
    expect(hi).toBe(1);
    expect(lo).toBeCloseTo(0.806387, 5);
  });

  it('66 of 80', () => {
    // p = .825, z^2/n = .04802, denom 1.04802; centre = (.825 + .02401)/1.04802 = .84901/1.04802 = .810109
    // half = 1.96/1.04802 * sqrt(.825*.175/80 + 3.8416/25600) = 1.870193 * sqrt(.001804688 + .00015006)
    //      = 1.870193 * .044213 = .082686, so .810109 -/+ .082686
    const { lo, hi } = wilson(66, 80);
    expect(lo).toBeCloseTo(0.727423, 4);
    expect(hi).toBeCloseTo(0.892795, 4);
  });

  it('takes another z', () => {
    // z = 1: 0 of 1 -> hi = (1/1)/(1 + 1) = .5
    expect(wilson(0, 1, 1)).toEqual({ lo: 0, hi: 0.5 });
  });

  it('is [0, 1] without runs and rejects impossible counts', () => {
    expect(wilson(0, 0)).toEqual({ lo: 0, hi: 1 });
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(1.5, 2)).toThrow(RangeError);
    expect(() => wilson(1, 2, 0)).toThrow(RangeError);
  });
});
