import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/lib/stats/normal-quantile';
import { zForLevel } from '../../../src/lib/stats/z-for-level';
import { expectClose } from './close';

// Reference: mpmath 1.3 at 80 digits, sqrt(2) * erfinv(2p - 1); each region of AS 241 is hit
// (|p - 0.5| <= 0.425; min(p, 1 - p) >= exp(-25); smaller).
describe('normalQuantile', () => {
  it('matches high-precision values in all three regions of AS 241', () => {
    const cases: [number, number][] = [
      [0.8, 0.84162123357291420518],
      [0.975, 1.9599639845400542355],
      [0.025, -1.9599639845400542355],
      [0.995, 2.575829303548900761],
      [0.001, -3.0902323061678135415],
      [1e-10, -6.3613409024040562047],
      [1e-12, -7.0344838253011319298],
      [1e-20, -9.2623400897984075737],
    ];
    for (const [p, z] of cases) expectClose(normalQuantile(p), z, 1e-14);
  });

  it('is 0 at the median, infinite at 0 and 1, and rejects non-probabilities', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(/probability from 0 to 1, got 1.5/);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

// Published normal tables (e.g. Abramowitz & Stegun Table 26.5): 1.644854, 1.959964, 2.575829.
describe('zForLevel', () => {
  it('gives the two-sided critical values of the usual levels', () => {
    expectClose(zForLevel(0.9), 1.644854, 1e-6);
    expectClose(zForLevel(0.95), 1.959964, 1e-6);
    expectClose(zForLevel(0.99), 2.575829, 1e-6);
  });

  it('rejects a level given as a percentage, saying how to write it', () => {
    expect(() => zForLevel(95)).toThrow(
      'zForLevel: the level must be a number between 0 and 1, got 95 (for 95% write 0.95).',
    );
    expect(() => zForLevel(1)).toThrow(RangeError);
    expect(() => zForLevel(0)).toThrow(RangeError);
  });
});
