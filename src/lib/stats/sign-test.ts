import { exactBinomialTest } from './exact-binomial-test';

export interface SignTest {
  /** Items where A scored higher than B (difference > 0). */
  higher: number;
  /** Items where A scored lower. */
  lower: number;
  /** Items with no difference, left out of the test. */
  equal: number;
  /** Two-sided exact p-value. */
  p: number;
}

/**
 * The sign test on paired differences (A - B per item): the exact binomial test of the
 * positive against the negative differences, zeros dropped (W. J. Dixon and A. M. Mood, JASA
 * 41:557, 1946). It assumes nothing about the shape or scale of the scores, which suits
 * benchmark scores that are bounded, skewed or ordinal; the price is that it ignores how big
 * each difference is.
 */
export function signTest(differences: readonly number[]): SignTest {
  let higher = 0;
  let lower = 0;
  let equal = 0;
  differences.forEach((d, i) => {
    if (Number.isNaN(d)) throw new RangeError(`signTest: difference ${i + 1} is NaN.`);
    if (d > 0) higher += 1;
    else if (d < 0) lower += 1;
    else equal += 1;
  });
  return { higher, lower, equal, p: exactBinomialTest(higher, higher + lower) };
}
