/**
 * Wilson score interval for a binomial proportion (default z = 1.96, about 95%). Unlike the
 * normal approximation it stays inside [0, 1] and behaves at 0/n and n/n, which matters for
 * 16-run cells that often pass everything or nothing. With no runs there is no information,
 * so the interval is all of [0, 1].
 */
export function wilson(passed: number, runs: number, z = 1.96): { lo: number; hi: number } {
  if (!Number.isInteger(passed) || !Number.isInteger(runs) || passed < 0 || runs < 0 || passed > runs) {
    throw new RangeError(`wilson: expected whole numbers 0 <= passed <= runs, got ${passed} of ${runs}.`);
  }
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`wilson: expected z > 0, got ${z}.`);
  if (runs === 0) return { lo: 0, hi: 1 };
  const p = passed / runs;
  const z2 = z * z;
  const denom = 1 + z2 / runs;
  const centre = (p + z2 / (2 * runs)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs));
  // The bounds are exactly 0 and 1 at the extremes; clamp away rounding noise there.
  return {
    lo: passed === 0 ? 0 : Math.max(0, centre - half),
    hi: passed === runs ? 1 : Math.min(1, centre + half),
  };
}
