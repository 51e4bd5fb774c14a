import type { Run } from '../data/types';
import { groupRuns } from './group-runs';
import { byName, byRateDesc, type PassStats } from './pass-stats';

export type CellStats = { sweep: string; model: string; quant: string; harness: string } & PassStats;

/**
 * One row per (sweep, model, quant, harness) cell, over all its tasks and seeds.
 * Sorted by sweep name, then pass rate (highest first), mean time (fastest first), then
 * model, quant and harness names.
 */
export function cellStats(runs: readonly Run[]): CellStats[] {
  return groupRuns(runs, ['sweep', 'model', 'quant', 'harness']).sort(
    (a, b) =>
      byName(a.sweep, b.sweep) ||
      byRateDesc(a, b) ||
      a.avgTimeS - b.avgTimeS ||
      byName(a.model, b.model) ||
      byName(a.quant, b.quant) ||
      byName(a.harness, b.harness),
  );
}
