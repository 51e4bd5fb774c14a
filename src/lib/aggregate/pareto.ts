/**
 * The rows no other row beats on both speed and accuracy: a row is dropped when another has
 * avgTimeS <= and rate >= with at least one strictly better. Rows tied on both stay together.
 * Returned fastest first (input order among equal times); O(n log n).
 */
export function paretoFrontier<T extends { rate: number; avgTimeS: number }>(rows: readonly T[]): T[] {
  const byTime = rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => x.row.avgTimeS - y.row.avgTimeS || x.index - y.index);
  const frontier: T[] = [];
  // Best rate among rows strictly faster than the current time group.
  let bestFaster = -Infinity;
  for (let i = 0; i < byTime.length; ) {
    let j = i;
    let best = -Infinity;
    while (j < byTime.length && (byTime[j]?.row.avgTimeS as number) === byTime[i]?.row.avgTimeS) {
      best = Math.max(best, byTime[j]?.row.rate as number);
      j++;
    }
    if (best > bestFaster) {
      for (let k = i; k < j; k++) {
        const row = (byTime[k] as { row: T }).row;
        if (row.rate === best) frontier.push(row);
      }
      bestFaster = best;
    }
    i = j;
  }
  return frontier;
}
