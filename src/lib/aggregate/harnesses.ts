import type { Run } from '../data/types';
import { groupRuns } from './group-runs';
import { byName, byRateDesc, type PassStats } from './pass-stats';

export type HarnessStats = { sweep: string; harness: string } & PassStats;

/**
 * One row per (sweep, harness) over all models, tasks and seeds; only `sweep` when given.
 * Sorted by pass rate (highest first), passes, mean time (fastest first), then sweep and harness names.
 */
export function harnessStats(runs: readonly Run[], sweep?: string): HarnessStats[] {
  return groupRuns(runs, ['sweep', 'harness'], sweep).sort(
    (a, b) =>
      byRateDesc(a, b) ||
      b.passed - a.passed ||
      a.avgTimeS - b.avgTimeS ||
      byName(a.sweep, b.sweep) ||
      byName(a.harness, b.harness),
  );
}
