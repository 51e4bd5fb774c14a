import { checkLevel } from './check-level';
import type { Interval } from './interval';
import { mcnemarExact } from './mcnemar-exact';
import { newcombePairedInterval } from './newcombe-paired-interval';
import { checkPairedTable, type PairedTable } from './paired-table';

export interface PairedBinaryComparison {
  kind: 'binary';
  level: number;
  table: PairedTable;
  /** Number of pairs (items). */
  n: number;
  /** Passes of A minus passes of B, = onlyA - onlyB. */
  passDifference: number;
  /** pA - pB as a fraction, = passDifference / n. */
  difference: number;
  /** Newcombe's method 10 interval for pA - pB. */
  interval: Interval;
  /** Exact McNemar p-value, two-sided. */
  p: number;
}

/**
 * Two conditions' 0/1 outcomes on the same items: the difference in pass rates, its Newcombe
 * interval and the exact McNemar test. The interval and the test are separate methods and can
 * disagree at the margin (an interval just excluding 0 with p just above alpha); the verdict
 * follows the test, and the sentence reports both.
 */
export function comparePairedBinary(table: PairedTable, level = 0.95): PairedBinaryComparison {
  checkLevel(level, 'comparePairedBinary');
  checkPairedTable(table, 'comparePairedBinary');
  const n = table.both + table.onlyA + table.onlyB + table.neither;
  if (n === 0) throw new RangeError('comparePairedBinary: there are no pairs to compare.');
  const passDifference = table.onlyA - table.onlyB;
  return {
    kind: 'binary',
    level,
    table: { ...table },
    n,
    passDifference,
    difference: passDifference / n,
    interval: newcombePairedInterval(table, level),
    p: mcnemarExact(table.onlyA, table.onlyB),
  };
}
