import type { Run } from '../data/types';
import { groupRuns } from './group-runs';
import { byName, byRateDesc, type PassStats } from './pass-stats';

export type ModelStats = { sweep: string; model: string; quant: string } & PassStats;

/**
 * One row per (sweep, model, quant) over all harnesses, tasks and seeds; only `sweep` when given.
 * Sorted by pass rate (highest first), passes (most first), mean time (fastest first), then
 * sweep, model and quant names.
 */
export function modelStats(runs: readonly Run[], sweep?: string): ModelStats[] {
  return groupRuns(runs, ['sweep', 'model', 'quant'], sweep).sort(
    (a, b) =>
      byRateDesc(a, b) ||
      b.passed - a.passed ||
      a.avgTimeS - b.avgTimeS ||
      byName(a.sweep, b.sweep) ||
      byName(a.model, b.model) ||
      byName(a.quant, b.quant),
  );
}
