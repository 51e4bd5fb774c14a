/** Which end of an axis is better. */
export type Better = 'lower' | 'higher';

export interface ParetoOptions<T> {
  x: (p: T) => number;
  y: (p: T) => number;
  /** Default: lower x is better (time, cost). */
  xBetter?: Better;
  /** Default: higher y is better (pass rate, score). */
  yBetter?: Better;
}

/**
 * The points no other point beats on both axes: a point is dropped when another is at least as
 * good on x and on y and strictly better on one. Points tied on both stay together. Returned
 * from the best x to the worst (input order among equal x), the order a reader follows the
 * frontier in; O(n log n).
 */
export function paretoFrontier<T>(points: readonly T[], opts: ParetoOptions<T>): T[] {
  // Flip each axis so that lower x and higher y are better, then one sweep finds the frontier.
  const sx = opts.xBetter === 'higher' ? -1 : 1;
  const sy = opts.yBetter === 'lower' ? -1 : 1;
  const byX = points
    .map((p, index) => ({ p, index, x: sx * opts.x(p), y: sy * opts.y(p) }))
    .sort((a, b) => a.x - b.x || a.index - b.index);
  const frontier: T[] = [];
  // Best y among points strictly better on x than the current x group.
  let bestBefore = -Infinity;
  for (let i = 0; i < byX.length; ) {
    let j = i;
    let best = -Infinity;
    while (j < byX.length && (byX[j] as { x: number }).x === (byX[i] as { x: number }).x) {
      best = Math.max(best, (byX[j] as { y: number }).y);
      j++;
    }
    if (best > bestBefore) {
      for (let k = i; k < j; k++) {
        const e = byX[k] as { p: T; y: number };
        if (e.y === best) frontier.push(e.p);
      }
      bestBefore = best;
    }
    i = j;
  }
  return frontier;
}
