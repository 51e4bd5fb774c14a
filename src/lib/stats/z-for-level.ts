import { checkLevel } from './check-level';
import { normalQuantile } from './normal-quantile';

/** The two-sided normal critical value for a confidence level: 0.95 -> 1.959964 (not the rounded 1.96). */
export function zForLevel(level: number): number {
  checkLevel(level, 'zForLevel');
  return normalQuantile((1 + level) / 2);
}
