import { describe, expect, it } from 'vitest';
import { exactBinomialTest } from '../../../src/lib/stats/exact-binomial-test';
import { mcnemarExact } from '../../../src/lib/stats/mcnemar-exact';
import { signTest } from '../../../src/lib/stats/sign-test';
import { expectClose } from './close';

// Exact two-sided p = 2 * sum_{i <= min(k, n-k)} C(n, i) / 2^n, as R's binom.test(k, n) computes it.
describe('exactBinomialTest', () => {
  it('matches exact hand sums', () => {
    // binom.test(2, 10): 2 * (1 + 10 + 45) / 1024 = 112/1024.
    expect(exactBinomialTest(2, 10)).toBe(112 / 1024);
    expect(exactBinomialTest(8, 10)).toBe(112 / 1024);
    // binom.test(0, 5): 2/32.  binom.test(10, 10): 2/1024.
    expect(exactBinomialTest(0, 5)).toBe(2 / 32);
    expect(exactBinomialTest(10, 10)).toBe(2 / 1024);
  });

  it('is 1 at the centre and with no trials', () => {
    expect(exactBinomialTest(5, 10)).toBe(1);
    expect(exactBinomialTest(5, 11)).toBe(1);
    expect(exactBinomialTest(0, 0)).toBe(1);
  });

  it('stays exact for large n (scipy.stats.binomtest(400, 1000).pvalue = 2.72846e-10)', () => {
    // The exact fraction, summed in Python integers, is 2.7284641560660184e-10 as a double.
    expectClose(exactBinomialTest(400, 1000), 2.7284641560660184e-10, 1e-24);
    expect(exactBinomialTest(27, 60)).toBeCloseTo(0.5189580031896518, 15);
  });

  it('refuses impossible counts', () => {
    expect(() => exactBinomialTest(3, 2)).toThrow(
      'exactBinomialTest: expected whole numbers 0 <= k <= n, got k = 3 and n = 2.',
    );
    expect(() => exactBinomialTest(1.5, 4)).toThrow(RangeError);
  });
});

describe('mcnemarExact', () => {
  it('reproduces Fagerland, Lydersen & Laake (2017) ch. 8, Cavo et al. (2012): P = 0.052479', () => {
    // Discordant pairs 6 and 16: binom.test(6, 22) = 2 * sum_{i<=6} C(22, i) / 2^22 = 13757/262144.
    expect(mcnemarExact(6, 16)).toBe(13757 / 262144);
    expect(mcnemarExact(6, 16)).toBeCloseTo(0.052479, 6);
    expect(mcnemarExact(16, 6)).toBe(mcnemarExact(6, 16));
  });

  it('is 1 without discordant pairs (b + c = 0)', () => {
    expect(mcnemarExact(0, 0)).toBe(1);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow(
      'mcnemarExact: expected whole numbers of discordant pairs, got -1 and 3.',
    );
  });
});

describe('signTest', () => {
  it('counts signs, drops zeros and tests the signs exactly', () => {
    // 8 higher, 2 lower, 2 equal: binom.test(2, 10) = 112/1024.
    const d = [0.5, 0.1, 2, 0.3, 0.3, 1, 0.01, 4, -0.2, -3, 0, 0];
    expect(signTest(d)).toEqual({ higher: 8, lower: 2, equal: 2, p: 112 / 1024 });
  });

  it('gives p = 1 when every difference is zero', () => {
    expect(signTest([0, 0, 0])).toEqual({ higher: 0, lower: 0, equal: 3, p: 1 });
    expect(signTest([])).toEqual({ higher: 0, lower: 0, equal: 0, p: 1 });
    expect(() => signTest([1, Number.NaN])).toThrow('signTest: difference 2 is NaN.');
  });
});
