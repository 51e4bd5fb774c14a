import { formatDecimal, formatPasses, formatPercentIntPasses, formatRatePasses, formatSeconds } from '../../../lib/format';
import type { PassStats } from '../stats';

/** One group of runs with its numbers both raw (for checks) and printed (for prose and tables). */
export interface ShownStats {
  passed: number;
  runs: number;
  rate: number;
  avgTimeS: number;
  /** "65/80". */
  passes: string;
  /** "81.2%". */
  ratePct: string;
  /** "81%". */
  percent: string;
  /** "582 s". */
  time: string;
}

export function shownStats(s: Pick<PassStats, 'passed' | 'runs' | 'avgTimeS'>): ShownStats {
  return {
    passed: s.passed,
    runs: s.runs,
    rate: s.passed / s.runs,
    avgTimeS: s.avgTimeS,
    passes: formatPasses(s.passed, s.runs),
    ratePct: formatRatePasses(s.passed, s.runs),
    percent: formatPercentIntPasses(s.passed, s.runs),
    time: formatSeconds(s.avgTimeS),
  };
}

/**
 * The gap between two pass rates in percentage points, one decimal, computed exactly on the
 * counts (a/b - c/d = (ad - cb) / bd), so 120/160 - 106/160 prints "8.8", not a float artefact.
 */
export function pointsBetween(hi: Pick<PassStats, 'passed' | 'runs'>, lo: Pick<PassStats, 'passed' | 'runs'>): string {
  const num = hi.passed * lo.runs - lo.passed * hi.runs;
  const den = hi.runs * lo.runs;
  const abs = formatRatePasses(Math.abs(num), den).replace(/%$/, '');
  return num < 0 && abs !== '0.0' ? `-${abs}` : abs;
}

/** How many times longer `slow` takes than `fast`, to `decimals` places: 207 s vs 34 s -> "6". */
export function timesSlower(slowS: number, fastS: number, decimals = 0): string {
  if (!(fastS > 0)) throw new RangeError(`timesSlower: the faster time must be positive, got ${fastS}.`);
  return formatDecimal(slowS / fastS, decimals);
}
