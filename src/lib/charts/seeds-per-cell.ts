import type { Run } from '../data/types';

/**
 * The largest number of seeds any (sweep, model, quant, harness, task) cell was run with. With
 * one seed per cell a pass rate has no spread to show, so interval bars are drawn only above 1.
 */
export function maxSeedsPerCell(runs: readonly Run[]): number {
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
