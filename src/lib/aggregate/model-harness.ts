import type { Run } from '../data/types';
import { groupRuns } from './group-runs';
import { byName, type PassStats } from './pass-stats';

export type ModelHarnessStats = { model: string; quant: string; harness: string } & PassStats;

/**
 * One row per (model, quant, harness) within one sweep: the cells of a model x harness heatmap.
 * Sorted by model, quant and harness names (a chart imposes its own axis order).
 */
export function modelHarnessStats(runs: readonly Run[], sweep: string): ModelHarnessStats[] {
  return groupRuns(runs, ['model', 'quant', 'harness'], sweep).sort(
    (a, b) => byName(a.model, b.model) || byName(a.quant, b.quant) || byName(a.harness, b.harness),
  );
}
