import { checkLevel } from './check-level';
import type { Interval } from './interval';
import { checkPairedTable, type PairedTable } from './paired-table';
import { wilson } from './wilson';
import { zForLevel } from './z-for-level';

/**
 * A confidence interval for pA - pB, the difference of two proportions measured on the same
 * items: R. G. Newcombe's method 10, the hybrid score ("square-and-add") interval ("Improved
 * confidence intervals for the difference between binomial proportions based on paired data",
 * Stat Med 17:2635, 1998). It combines the Wilson intervals (l1, u1) of pA and (l2, u2) of pB:
 *
 *   lo = d - sqrt((pA - l1)^2 - 2 phi (pA - l1)(u2 - pB) + (u2 - pB)^2)
 *   hi = d + sqrt((pB - l2)^2 - 2 phi (pB - l2)(u1 - pA) + (u1 - pA)^2)
 *
 * where phi is the correlation of the pairs with Newcombe's continuity correction (for
 * ad - bc > n/2 it is (ad - bc - n/2)/sqrt(product of margins), for 0 <= ad - bc <= n/2 it is
 * 0, below 0 it is uncorrected; 0 if a margin is empty). Chosen over the Wald interval, which
 * leaves [-1, 1] and collapses to zero width when there are no discordant pairs, and over
 * Tango's score interval, which needs iterative root-finding. Fagerland, Lydersen and Laake
 * (Statistical Analysis of Contingency Tables, 2017, ch. 8) give it in the same form.
 */
export function newcombePairedInterval(table: PairedTable, level = 0.95): Interval {
  checkLevel(level, 'newcombePairedInterval');
  checkPairedTable(table, 'newcombePairedInterval');
  const { both, onlyA, onlyB, neither } = table;
  const n = both + onlyA + onlyB + neither;
  if (n === 0) throw new RangeError('newcombePairedInterval: there are no pairs.');
  const z = zForLevel(level);
  const aYes = both + onlyA;
  const bYes = both + onlyB;
  const pA = aYes / n;
  const pB = bYes / n;
  const a = wilson(aYes, n, z);
  const b = wilson(bYes, n, z);
  const phi = correctedPhi(table, n);
  const d = pA - pB;
  const down = squareAndAdd(pA - a.lo, b.hi - pB, phi);
  const up = squareAndAdd(pB - b.lo, a.hi - pA, phi);
  return { lo: Math.max(-1, d - down), hi: Math.min(1, d + up) };
}

function squareAndAdd(x: number, y: number, phi: number): number {
  return Math.sqrt(Math.max(0, x * x - 2 * phi * x * y + y * y));
}

function correctedPhi({ both, onlyA, onlyB, neither }: PairedTable, n: number): number {
  const margins = (both + onlyA) * (onlyB + neither) * (both + onlyB) * (onlyA + neither);
  if (margins === 0) return 0;
  const cross = both * neither - onlyA * onlyB;
  if (cross > n / 2) return (cross - n / 2) / Math.sqrt(margins);
  if (cross >= 0) return 0;
  return cross / Math.sqrt(margins);
}
