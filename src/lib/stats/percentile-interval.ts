import { checkLevel } from './check-level';
import type { Interval } from './interval';

/**
 * The central interval of bootstrap replicates at a level (the percentile method: B. Efron and
 * R. J. Tibshirani, An Introduction to the Bootstrap, 1993, ch. 13).
 *
 * Rule: with B replicates sorted and j = floor(B (1 - level) / 2), the interval runs from the
 * (j + 1)-th to the (B - j)-th smallest. Each tail left out holds at most (1 - level)/2 of the
 * replicates, the bounds are replicates themselves (so integer statistics such as ranks give
 * integer bounds), and with B = 999 at 95% this is the 25th to 975th that Davison and Hinkley
 * (Bootstrap Methods and their Application, 1997, section 5.2) recommend.
 */
export function percentileInterval(replicates: readonly number[], level = 0.95): Interval {
  checkLevel(level, 'percentileInterval');
  const b = replicates.length;
  if (b === 0) throw new RangeError('percentileInterval: there are no replicates.');
  const sorted = Float64Array.from(replicates);
  if (sorted.some(Number.isNaN)) throw new RangeError('percentileInterval: a replicate is NaN.');
  sorted.sort();
  // The epsilon absorbs float error in B (1 - level) / 2 (1000 * (1 - 0.9) / 2 is 49.999...);
  // the cap keeps lo <= hi at levels near 0.
  const j = Math.min(Math.floor((b * (1 - level)) / 2 + 1e-9), Math.floor((b - 1) / 2));
  return { lo: sorted[j] ?? NaN, hi: sorted[b - 1 - j] ?? NaN };
}
