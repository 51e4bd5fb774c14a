import { regularizedIncompleteBeta } from './regularized-incomplete-beta';

/**
 * The Student t quantile: the t with P(T <= t) = p for T ~ t(df), df > 0.
 *
 * Method: P(T > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2 for t >= 0 (Abramowitz & Stegun 26.7.1 with
 * 26.5.27), inverted by bisection on t until the bracket is two adjacent doubles. Bisection is
 * slower than Newton's method but cannot diverge, and a page needs only a handful of quantiles.
 * Hand-written for the same reason as normalQuantile: the maintained package is a tree of dozens
 * of micro-packages.
 */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`tQuantile: expected degrees of freedom above 0, got ${df}.`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`tQuantile: expected a probability from 0 to 1, got ${p}.`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const tail = p < 0.5 ? p : 1 - p;
  const upperTail = (t: number): number => regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5) / 2;
  let lo = 0;
  let hi = 1;
  while (upperTail(hi) > tail) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi)) return p < 0.5 ? -Infinity : Infinity;
  }
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (upperTail(mid) > tail) lo = mid;
    else hi = mid;
  }
  const t = upperTail(lo) - tail < tail - upperTail(hi) ? lo : hi;
  return p < 0.5 ? -t : t;
}
