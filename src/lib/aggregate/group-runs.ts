import type { Run } from '../data/types';
import { addRun, newTally, toPassStats, type PassStats, type Tally } from './pass-stats';

type NameField = 'sweep' | 'model' | 'quant' | 'harness' | 'task';

interface Group {
  first: Run;
  tally: Tally;
}

/**
 * One reader per field. `run[field]` with a field that varies is a keyed load V8 cannot
 * specialise, and over a million runs it costs more than the grouping itself; each of these
 * reads one named property.
 */
const READ: Readonly<Record<NameField, (run: Run) => string>> = {
  sweep: (run) => run.sweep,
  model: (run) => run.model,
  quant: (run) => run.quant,
  harness: (run) => run.harness,
  task: (run) => run.task,
};

/** One level of the lookup tree: a name to the next level, or at the last level to its group. */
type Level = Map<string, Level | Group>;

/**
 * One row per distinct combination of the `by` fields: those fields plus the group's PassStats,
 * in order of first appearance (callers sort). With `sweep`, only that sweep's runs count, as if
 * given runsOfSweep(runs, sweep) (and with its error when the sweep has none), without copying
 * half a million runs to get there.
 *
 * Groups are found through one Map per field rather than by a joined key: a million runs would
 * otherwise build and hash a million key strings per call, while the names themselves are a few
 * dozen shared strings whose hashes V8 keeps.
 */
export function groupRuns<K extends NameField>(runs: readonly Run[], by: readonly K[], sweep?: string): Array<Pick<Run, K> & PassStats> {
  const groups: Group[] = [];
  const root: Level = new Map();
  const last = by.length - 1;
  const read = by.map((f) => READ[f]);
  // Result files list the runs of a cell together, so a run mostly joins the previous run's group.
  let previous: Run | undefined;
  let previousGroup: Group | undefined;
  for (const run of runs) {
    if (sweep !== undefined && run.sweep !== sweep) continue;
    if (previous !== undefined && previousGroup !== undefined && sameGroup(run, previous, read)) {
      addRun(previousGroup.tally, run);
      previous = run;
      continue;
    }
    let level = root;
    let group: Group | undefined;
    for (let i = 0; i <= last; i++) {
      const name = (read[i] as (run: Run) => string)(run);
      const next = level.get(name);
      if (i < last) {
        if (next === undefined) {
          const created: Level = new Map();
          level.set(name, created);
          level = created;
        } else level = next as Level;
      } else if (next === undefined) {
        group = { first: run, tally: newTally() };
        level.set(name, group);
        groups.push(group);
      } else group = next as Group;
    }
    if (group === undefined) {
      // No fields: every run is one group.
      group = groups[0] ?? { first: run, tally: newTally() };
      if (groups.length === 0) groups.push(group);
    }
    addRun(group.tally, run);
    previous = run;
    previousGroup = group;
  }
  if (sweep !== undefined && groups.length === 0) throw noRunsInSweep(runs, sweep);
  return groups.map(({ first, tally }) => {
    const keys = {} as Pick<Run, K>;
    for (const f of by) keys[f] = first[f];
    return { ...keys, ...toPassStats(tally) };
  });
}

function sameGroup(a: Run, b: Run, read: ReadonlyArray<(run: Run) => string>): boolean {
  for (let i = 0; i < read.length; i++) {
    const field = read[i] as (run: Run) => string;
    if (field(a) !== field(b)) return false;
  }
  return true;
}

/** The runs of one sweep; naming a sweep with no runs is an error, since it is almost always a typo. */
export function runsOfSweep(runs: readonly Run[], sweep: string): Run[] {
  const out = runs.filter((r) => r.sweep === sweep);
  if (out.length === 0) throw noRunsInSweep(runs, sweep);
  return out;
}

/** The error runsOfSweep throws for a sweep without runs. */
export function noRunsInSweep(runs: readonly Run[], sweep: string): RangeError {
  const known = [...new Set(runs.map((r) => r.sweep))].sort().join(', ');
  return new RangeError(`There are no runs in sweep "${sweep}"; the sweeps are: ${known}.`);
}
