import { checkLevel } from './check-level';

/**
 * alpha = 1 - level, snapped to 12 significant digits: 1 - 0.95 is 0.050000000000000044 in
 * floats, and a p-value of exactly 0.05 must not count as below it.
 */
export function alphaForLevel(level: number): number {
  checkLevel(level, 'alphaForLevel');
  return Number((1 - level).toPrecision(12));
}
