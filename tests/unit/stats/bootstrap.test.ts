import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../../src/lib/stats/bootstrap';
import { bootstrapInterval } from '../../../src/lib/stats/bootstrap-interval';
import { percentileInterval } from '../../../src/lib/stats/percentile-interval';

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('bootstrap', () => {
  it('draws positions in order from xoshiro128** seeded by the seed', () => {
    // Units 0..4; the statistic reads the sample as a base-5 number, so each replicate spells its
    // five draws. Expected from the Python transcription of the C reference (see random.test.ts)
    // drawing nextBelow(5) five times per replicate from fromSeed(7): [3051, 1111, 2096].
    const code = (s: readonly number[]): number => s.reduce((acc, x) => acc * 5 + x, 0);
    expect(bootstrap([0, 1, 2, 3, 4], code, { replicates: 3, seed: 7 })).toEqual([3051, 1111, 2096]);
  });

  it('gives identical replicates for the same seed and different ones for another seed', () => {
    const units = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const a = bootstrap(units, mean, { replicates: 200, seed: 1 });
    const b = bootstrap(units, mean, { replicates: 200, seed: 1 });
    const c = bootstrap(units, mean, { replicates: 200, seed: 2 });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(c.filter((x, i) => x !== a[i]).length).toBeGreaterThan(150);
  });

  it('leaves equal data exactly equal', () => {
    expect(bootstrap([4, 4, 4], mean, { replicates: 5, seed: 3 })).toEqual([4, 4, 4, 4, 4]);
  });

  it('refuses no units, bad options and a NaN statistic', () => {
    expect(() => bootstrap([], mean, { replicates: 10, seed: 1 })).toThrow(
      'bootstrap: there are no units to resample.',
    );
    expect(() => bootstrap([1], mean, { replicates: 0, seed: 1 })).toThrow(/replicates must be a whole number/);
    expect(() => bootstrap([1], mean, { replicates: 1, seed: -2 })).toThrow(/the seed must be a whole number/);
    expect(() => bootstrap([1], () => Number.NaN, { replicates: 2, seed: 1 })).toThrow(/NaN on replicate 1/);
  });
});

describe('percentileInterval', () => {
  const shuffled = (n: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7919) % n) + 1);

  it('keeps the (j+1)-th to (B-j)-th of B sorted replicates, j = floor(B (1 - level)/2)', () => {
    // B = 1000 at 95%: j = 25, so the 26th and 975th of 1..1000.
    expect(percentileInterval(shuffled(1000))).toEqual({ lo: 26, hi: 975 });
    // B = 999: j = 24, the 25th and 975th of Davison & Hinkley (1997), section 5.2.
    expect(percentileInterval(shuffled(999))).toEqual({ lo: 25, hi: 975 });
    // B = 1000 at 90%: j = 50 exactly, although 1000 * (1 - 0.9) / 2 is 49.999... in floats.
    expect(percentileInterval(shuffled(1000), 0.9)).toEqual({ lo: 51, hi: 950 });
  });

  it('keeps lo <= hi at tiny levels and handles one replicate', () => {
    expect(percentileInterval([3, 1, 2], 0.01)).toEqual({ lo: 2, hi: 2 });
    expect(percentileInterval([5])).toEqual({ lo: 5, hi: 5 });
    expect(() => percentileInterval([])).toThrow('percentileInterval: there are no replicates.');
    expect(() => percentileInterval([1, Number.NaN])).toThrow(/NaN/);
  });
});

describe('bootstrapInterval', () => {
  it('agrees with the normal approximation for a large sample of 0/1 outcomes', () => {
    // 300 of 1000: p = .3, se = sqrt(.3 * .7 / 1000) = .014491, so about .3 -/+ 1.96 * .014491 =
    // .2716 to .3284. With 2000 replicates the percentile bounds sit within Monte Carlo error of it.
    const units = Array.from({ length: 1000 }, (_, i) => (i % 10 < 3 ? 1 : 0));
    const ci = bootstrapInterval(units, mean, { replicates: 2000, seed: 11 });
    expect(ci.estimate).toBe(0.3);
    expect(Math.abs(ci.lo - 0.2716)).toBeLessThan(0.004);
    expect(Math.abs(ci.hi - 0.3284)).toBeLessThan(0.004);
  });
});
