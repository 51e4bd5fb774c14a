import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/lib/stats/log-gamma';
import { regularizedIncompleteBeta } from '../../../src/lib/stats/regularized-incomplete-beta';
import { tQuantile } from '../../../src/lib/stats/t-quantile';
import { expectClose } from './close';

describe('tQuantile', () => {
  it('matches the closed forms for 1, 2 and 4 degrees of freedom', () => {
    // df = 1 (Cauchy): t = tan(pi (p - 1/2)). df = 2: t = (2p - 1) / sqrt(2p(1 - p)).
    // df = 4 (Hill, CACM 13:617, 1970): a = 4p(1 - p), t = 2 sqrt(cos(acos(sqrt a)/3)/sqrt a - 1).
    for (const p of [0.6, 0.9, 0.95, 0.975, 0.995]) {
      expectClose(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-12);
      expectClose(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-12);
      const a = 4 * p * (1 - p);
      expectClose(tQuantile(p, 4), 2 * Math.sqrt(Math.cos(Math.acos(Math.sqrt(a)) / 3) / Math.sqrt(a) - 1), 1e-12);
    }
  });

  it("matches R's qt and SciPy's t.ppf (both Boost-accurate) for other degrees of freedom", () => {
    // scipy.stats.t.ppf(0.975, df), SciPy 1.17; the three-decimal values are those of every t table.
    const cases: [number, number, number][] = [
      [0.975, 3, 3.1824463052837078],
      [0.975, 5, 2.5705818356363146],
      [0.975, 10, 2.228138851986274],
      [0.975, 20, 2.085963447265864],
      [0.975, 30, 2.0422724563012378],
      [0.975, 100, 1.9839715185235518],
      [0.995, 10, 3.16927267261695],
      [0.95, 30, 1.697260886593957],
      [0.995, 1, 63.656741162871526],
    ];
    for (const [p, df, t] of cases) {
      expectClose(tQuantile(p, df), t, 1e-12);
      expectClose(tQuantile(1 - p, df), -t, 1e-12);
    }
    // Large df costs accuracy in ln Gamma; mpmath (80 digits) root of the incomplete beta.
    expectClose(tQuantile(0.975, 1000), 1.962339080826408485, 1e-12);
  });

  it('is 0 at the median and infinite at 0 and 1; rejects bad df', () => {
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tQuantile(1, 3)).toBe(Infinity);
    expect(tQuantile(0, 3)).toBe(-Infinity);
    expect(() => tQuantile(0.975, 0)).toThrow('tQuantile: expected degrees of freedom above 0, got 0.');
  });
});

describe('the special functions under it', () => {
  it('logGamma: ln sqrt(pi) at 1/2, ln 4! at 5, ln 9! at 10', () => {
    expectClose(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-14);
    expectClose(logGamma(5), Math.log(24), 1e-14);
    expectClose(logGamma(10), Math.log(362880), 1e-14);
    // Reflection below 1/2: Gamma(1/4) = 3.6256099082219083119 (A&S Table 6.1).
    expectClose(logGamma(0.25), Math.log(3.6256099082219083119), 1e-14);
  });

  it('regularizedIncompleteBeta: closed forms I_x(1, b) = 1 - (1 - x)^b and I_x(a, 1) = x^a', () => {
    expectClose(regularizedIncompleteBeta(0.3, 1, 4), 1 - 0.7 ** 4, 1e-14);
    expectClose(regularizedIncompleteBeta(0.8, 3, 1), 0.8 ** 3, 1e-14);
    // I_{1/2}(a, a) = 1/2 by symmetry, on both branches of the continued fraction.
    expectClose(regularizedIncompleteBeta(0.5, 7.5, 7.5), 0.5, 1e-14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.2, 2, 3)).toThrow(/x from 0 to 1, got 1.2/);
  });
});
