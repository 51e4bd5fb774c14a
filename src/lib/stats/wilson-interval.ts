import { checkLevel } from './check-level';
import type { Interval } from './interval';
import { wilson } from './wilson';
import { zForLevel } from './z-for-level';

/**
 * The Wilson score interval for passed/runs at a confidence level (E. B. Wilson, JASA 22:209,
 * 1927; recommended by R. G. Newcombe, Stat Med 17:857, 1998, for staying inside [0, 1] and
 * covering well at 0/n and n/n). `wilson` takes z; this takes the level and derives z exactly.
 */
export function wilsonInterval(passed: number, runs: number, level = 0.95): Interval {
  checkLevel(level, 'wilsonInterval');
  return wilson(passed, runs, zForLevel(level));
}
