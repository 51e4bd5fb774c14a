import { checkLevel } from './check-level';
import type { Interval } from './interval';
import { mean } from './mean';
import { tQuantile } from './t-quantile';

export interface MeanInterval {
  n: number;
  mean: number;
  /** The sample standard deviation (n - 1 in the denominator); null for a single value. */
  sd: number | null;
  /** mean +/- t(df = n - 1) * sd / sqrt(n); null for a single value. */
  interval: Interval | null;
}

/**
 * The mean of continuous scores with its Student t interval (W. S. Gosset, "The probable error
 * of a mean", Biometrika 6:1, 1908): the textbook interval for a mean whose spread is estimated
 * from the same data.
 *
 * One value says nothing about spread, so its interval is null rather than a fake zero width or
 * an infinite one: a caller must decide how to show "unknown". Values that are all equal give
 * sd = 0 and an interval of zero width at the mean, which is what the formula says; it is the
 * data, not the method, that claims no spread.
 */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval {
  checkLevel(level, 'meanInterval');
  const n = values.length;
  if (n === 0) throw new RangeError('meanInterval: there are no values to average.');
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`meanInterval: value ${i + 1} is ${v}, not a finite number.`);
  });
  const m = mean(values);
  if (n === 1) return { n, mean: m, sd: null, interval: null };
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  const sd = Math.sqrt(squares / (n - 1));
  const half = (tQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { n, mean: m, sd, interval: { lo: m - half, hi: m + half } };
}
