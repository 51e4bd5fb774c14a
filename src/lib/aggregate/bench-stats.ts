import type { Benchmark, Run } from '../data/types';
import { cellStats, type CellStats } from './cells';
import { harnessStats, type HarnessStats } from './harnesses';
import { modelHarnessStats, type ModelHarnessStats } from './model-harness';
import { modelStats, type ModelStats } from './models';
import { pairedSweeps, type PairedSweepRow } from './paired-sweeps';
import { byName } from './pass-stats';
import { taskStats, type TaskStats } from './tasks';

/**
 * The aggregates of one benchmark, each computed on first use and then shared. The figures and
 * the tables behind them need the same cells, tasks, models and harnesses; at a million runs
 * every aggregate is a pass over all of them, so computing each once is most of the saving.
 * Callers must treat the rows as read-only, since every caller gets the same arrays.
 */
export interface BenchStats {
  cells(): readonly CellStats[];
  tasks(): readonly TaskStats[];
  models(sweep: string): readonly ModelStats[];
  harnesses(sweep: string): readonly HarnessStats[];
  modelHarness(sweep: string): readonly ModelHarnessStats[];
  paired(a: string, b: string): readonly PairedSweepRow[];
  /** Distinct sweep and model names, in code-unit order. */
  names(): { sweeps: readonly string[]; models: readonly string[] };
}

export function benchStats(bench: Benchmark): BenchStats {
  const { runs } = bench;
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  /** The runs of each sweep, in file order, from one pass. */
  const bySweep = (): Map<string, Run[]> =>
    once('bySweep', () => {
      const out = new Map<string, Run[]>();
      for (const run of runs) {
        let own = out.get(run.sweep);
        if (own === undefined) out.set(run.sweep, (own = []));
        own.push(run);
      }
      return out;
    });
  const ofSweep = (sweep: string): Run[] | undefined => bySweep().get(sweep);
  return {
    cells: () => once('cells', () => cellStats(runs)),
    tasks: () => once('tasks', () => taskStats(runs, bench.tasks)),
    // JSON keys: sweep names are any text, so no separator could be trusted to keep them apart.
    // Per-sweep aggregates read only that sweep's runs (the same runs in the same order as
    // filtering all of them, so the same sums); a sweep without runs gets the usual error.
    models: (sweep) =>
      once(JSON.stringify(['models', sweep]), () => {
        const own = ofSweep(sweep);
        return own ? modelStats(own) : modelStats(runs, sweep);
      }),
    harnesses: (sweep) =>
      once(JSON.stringify(['harnesses', sweep]), () => {
        const own = ofSweep(sweep);
        return own ? harnessStats(own) : harnessStats(runs, sweep);
      }),
    modelHarness: (sweep) =>
      once(JSON.stringify(['modelHarness', sweep]), () => {
        const own = ofSweep(sweep);
        return modelHarnessStats(own ?? runs, sweep);
      }),
    paired: (a, b) => once(JSON.stringify(['paired', a, b]), () => pairedSweeps(runs, a, b)),
    names: () =>
      once('names', () => {
        const sweeps = new Set<string>();
        const models = new Set<string>();
        for (const run of runs) {
          sweeps.add(run.sweep);
          models.add(run.model);
        }
        return {
          sweeps: [...sweeps].sort(byName),
          models: [...models].sort(byName),
        };
      }),
  };
}
