import { bootstrap, type BootstrapOptions } from './bootstrap';
import { checkLevel } from './check-level';
import type { Interval } from './interval';
import { percentileInterval } from './percentile-interval';

export interface BootstrapInterval extends Interval {
  /** The statistic on the data as observed. */
  estimate: number;
}

/**
 * A statistic with its bootstrap percentile interval: `bootstrap` followed by
 * `percentileInterval`. The percentile method makes no normality assumption and respects the
 * statistic's range (a pass rate's interval stays in [0, 1]).
 */
export function bootstrapInterval<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number,
  options: BootstrapOptions & { level?: number },
): BootstrapInterval {
  const level = options.level ?? 0.95;
  checkLevel(level, 'bootstrapInterval');
  const replicates = bootstrap(units, statistic, options);
  return { estimate: statistic(units), ...percentileInterval(replicates, level) };
}
