import { byName } from '../../../lib/by-name';
import type { HarnessBench, HarnessRun } from '../types';

export interface SweepShape {
  sweep: string;
  models: number;
  /** Quants used in the sweep, most models first. */
  quants: string[];
}

export interface DesignSection {
  runs: number;
  /** Distinct (sweep, model, quant, harness) cells. */
  cells: number;
  /** Distinct (model, quant) pairs. */
  modelQuants: number;
  models: number;
  harnesses: string[];
  tasks: number;
  seedsPerCell: number;
  /** Sweeps with most models first. */
  sweeps: SweepShape[];
  /** Every quant in the data, in order of first sweep then most models. */
  quants: string[];
}

/**
 * The largest number of seeds any (sweep, model, quant, harness, task) cell was run with: the
 * number of runs per cell and task that the write-up states.
 */
export function maxSeedsPerCell(runs: readonly HarnessRun[]): number {
  const seeds = new Map<string, Set<number>>();
  let max = 0;
  for (const r of runs) {
    const key = JSON.stringify([r.sweep, r.model, r.quant, r.harness, r.task]);
    let s = seeds.get(key);
    if (!s) seeds.set(key, (s = new Set()));
    s.add(r.seed);
    if (s.size > max) max = s.size;
  }
  return max;
}

export function designSection(bench: HarnessBench): DesignSection {
  const cells = new Set<string>();
  const modelQuants = new Set<string>();
  const perSweep = new Map<string, Map<string, Set<string>>>();
  for (const r of bench.runs) {
    cells.add(JSON.stringify([r.sweep, r.model, r.quant, r.harness]));
    modelQuants.add(JSON.stringify([r.model, r.quant]));
    let quants = perSweep.get(r.sweep);
    if (!quants) perSweep.set(r.sweep, (quants = new Map()));
    let models = quants.get(r.quant);
    if (!models) quants.set(r.quant, (models = new Set()));
    models.add(r.model);
  }
  const sweeps = [...perSweep]
    .map(([sweep, quants]) => ({
      sweep,
      models: new Set([...quants.values()].flatMap((m) => [...m])).size,
      quants: [...quants].sort((a, b) => b[1].size - a[1].size || byName(a[0], b[0])).map(([q]) => q),
    }))
    .sort((a, b) => b.models - a.models || byName(a.sweep, b.sweep));
  return {
    runs: bench.runs.length,
    cells: cells.size,
    modelQuants: modelQuants.size,
    models: new Set(bench.runs.map((r) => r.model)).size,
    harnesses: [...new Set(bench.runs.map((r) => r.harness))].sort(byName),
    tasks: new Set(bench.runs.map((r) => r.task)).size,
    seedsPerCell: maxSeedsPerCell(bench.runs),
    sweeps,
    quants: [...new Set(sweeps.flatMap((s) => s.quants))],
  };
}
