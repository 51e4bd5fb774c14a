import type { Run } from '../data/types';
import { addRun, newTally, toPassStats, type PassStats } from './pass-stats';

type NameField = 'sweep' | 'model' | 'quant' | 'harness' | 'task';

/**
 * One row per distinct combination of the `by` fields: those fields plus the group's PassStats,
 * in order of first appearance (callers sort).
 */
export function groupRuns<K extends NameField>(runs: readonly Run[], by: readonly K[]): Array<Pick<Run, K> & PassStats> {
  const groups = new Map<string, { first: Run; tally: ReturnType<typeof newTally> }>();
  for (const run of runs) {
    const key = by.map((f) => run[f]).join('\u0000');
    let g = groups.get(key);
    if (g === undefined) {
      g = { first: run, tally: newTally() };
      groups.set(key, g);
    }
    addRun(g.tally, run);
  }
  return [...groups.values()].map(({ first, tally }) => {
    const keys = {} as Pick<Run, K>;
    for (const f of by) keys[f] = first[f];
    return { ...keys, ...toPassStats(tally) };
  });
}

/** The runs of one sweep; naming a sweep with no runs is an error, since it is almost always a typo. */
export function runsOfSweep(runs: readonly Run[], sweep: string): Run[] {
  const out = runs.filter((r) => r.sweep === sweep);
  if (out.length === 0) {
    const known = [...new Set(runs.map((r) => r.sweep))].sort().join(', ');
    throw new RangeError(`There are no runs in sweep "${sweep}"; the sweeps are: ${known}.`);
  }
  return out;
}
