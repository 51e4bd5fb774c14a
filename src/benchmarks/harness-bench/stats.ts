import { groupRows } from '../../lib/aggregate/group-rows';
import { parseMeasure, summarise } from '../../lib/aggregate/measure';
import type { Row } from '../../lib/data/load-table';
import type { Interval } from '../../lib/stats/interval';
import { byName } from '../../lib/by-name';
import type { HarnessRun, TaskRow } from './types';

/**
 * The write-up's aggregates (cells, models, harnesses, tasks, paired sweeps, grader contact),
 * each a grouping of runs through the generic aggregation library: the rate of the 0/1 column
 * `passed` with its Wilson interval, and the mean of `agent_time_s`. What is harness-bench's own
 * is the choice of groups and the orders the published tables use.
 */

/** Pass counts, rate and mean agent time of a group of runs, with its 95% Wilson interval. */
export interface PassStats {
  runs: number;
  passed: number;
  /** passed / runs. */
  rate: number;
  /** Mean of agent_time_s over the runs. */
  avgTimeS: number;
  ci: Interval;
}

const PASSED = parseMeasure('mean(passed)');
const TIME = parseMeasure('mean(agent_time_s)');

/** Totals over any set of runs. Throws on an empty set. */
export function passStats(runs: readonly HarnessRun[]): PassStats {
  const rows = runs as unknown as readonly Row[];
  const rate = summarise(rows, PASSED, true);
  const time = summarise(rows, TIME, false);
  if (rate.kind !== 'rate' || time.kind !== 'mean') throw new RangeError('No runs to summarise.');
  return { runs: rate.n, passed: rate.successes, rate: rate.value, avgTimeS: time.value, ci: rate.interval };
}

/** Orders by pass rate, highest first, comparing passed/runs exactly by cross-multiplying. */
export function byRateDesc(a: Pick<PassStats, 'passed' | 'runs'>, b: Pick<PassStats, 'passed' | 'runs'>): number {
  return b.passed * a.runs - a.passed * b.runs;
}

type NameField = 'sweep' | 'model' | 'quant' | 'harness' | 'task';

/** One row per distinct combination of `by`, with its PassStats, in order of first appearance. */
export function groupStats<K extends NameField>(runs: readonly HarnessRun[], by: readonly K[]): Array<Pick<HarnessRun, K> & PassStats> {
  return groupRows(runs as unknown as readonly Row[], by).map((g) => ({ ...(g.keys as Pick<HarnessRun, K>), ...passStats(g.rows as unknown as HarnessRun[]) }));
}

/** The runs of one sweep; naming a sweep with no runs is an error, since it is almost always a typo. */
export function runsOfSweep(runs: readonly HarnessRun[], sweep: string): HarnessRun[] {
  const out = runs.filter((r) => r.sweep === sweep);
  if (out.length === 0) {
    const known = [...new Set(runs.map((r) => r.sweep))].sort().join(', ');
    throw new RangeError(`There are no runs in sweep "${sweep}"; the sweeps are: ${known}.`);
  }
  return out;
}

export type CellStats = { sweep: string; model: string; quant: string; harness: string } & PassStats;

/** One row per (sweep, model, quant, harness) cell; by sweep, then rate (best first), time (fastest first), names. */
export function cellStats(runs: readonly HarnessRun[]): CellStats[] {
  return groupStats(runs, ['sweep', 'model', 'quant', 'harness']).sort(
    (a, b) => byName(a.sweep, b.sweep) || byRateDesc(a, b) || a.avgTimeS - b.avgTimeS || byName(a.model, b.model) || byName(a.quant, b.quant) || byName(a.harness, b.harness),
  );
}

export type ModelStats = { sweep: string; model: string; quant: string } & PassStats;

/** The runs of `sweep`, or all runs when no sweep is named. */
function ofSweep(runs: readonly HarnessRun[], sweep: string | undefined): readonly HarnessRun[] {
  return sweep === undefined ? runs : runsOfSweep(runs, sweep);
}

/** One row per (sweep, model, quant), of one sweep or all; by rate, passes, time, then names. */
export function modelStats(runs: readonly HarnessRun[], sweep?: string): ModelStats[] {
  return groupStats(ofSweep(runs, sweep), ['sweep', 'model', 'quant']).sort(
    (a, b) => byRateDesc(a, b) || b.passed - a.passed || a.avgTimeS - b.avgTimeS || byName(a.sweep, b.sweep) || byName(a.model, b.model) || byName(a.quant, b.quant),
  );
}

export type HarnessStats = { sweep: string; harness: string } & PassStats;

/** One row per (sweep, harness), of one sweep or all; by rate, passes, time, then names. */
export function harnessStats(runs: readonly HarnessRun[], sweep?: string): HarnessStats[] {
  return groupStats(ofSweep(runs, sweep), ['sweep', 'harness']).sort(
    (a, b) => byRateDesc(a, b) || b.passed - a.passed || a.avgTimeS - b.avgTimeS || byName(a.sweep, b.sweep) || byName(a.harness, b.harness),
  );
}

export type ModelHarnessStats = { model: string; quant: string; harness: string } & PassStats;

/** One row per (model, quant, harness) of one sweep, by names: the cells of the heatmap. */
export function modelHarnessStats(runs: readonly HarnessRun[], sweep: string): ModelHarnessStats[] {
  return groupStats(runsOfSweep(runs, sweep), ['model', 'quant', 'harness']).sort((a, b) => byName(a.model, b.model) || byName(a.quant, b.quant) || byName(a.harness, b.harness));
}

export type TaskStats = { task: string; language: string } & PassStats;

/** One row per task over the runs given, with its language; hardest first, then by name. */
export function taskStats(runs: readonly HarnessRun[], tasks: readonly TaskRow[]): TaskStats[] {
  const language = new Map(tasks.map((t) => [t.task, t.language]));
  return groupStats(runs, ['task'])
    .map((row) => {
      const lang = language.get(row.task);
      if (lang === undefined) throw new RangeError(`Task "${row.task}" has runs but is not in the task list.`);
      return { ...row, language: lang };
    })
    .sort((a, b) => byRateDesc(b, a) || byName(a.task, b.task));
}

export interface PairedSweepRow {
  model: string;
  quantA: string;
  quantB: string;
  a: PassStats;
  b: PassStats;
  /** b.passed - a.passed. */
  delta: number;
}

/** Each model's runs in one sweep (of one task, if given); a model at two quants in a sweep cannot be paired. */
function sweepSide(runs: readonly HarnessRun[], sweep: string, task: string | undefined): Map<string, { quant: string; runs: HarnessRun[] }> {
  const side = new Map<string, { quant: string; runs: HarnessRun[] }>();
  for (const run of runsOfSweep(runs, sweep)) {
    if (task !== undefined && run.task !== task) continue;
    const s = side.get(run.model);
    if (!s) side.set(run.model, { quant: run.quant, runs: [run] });
    else if (s.quant !== run.quant) {
      throw new RangeError(`Model "${run.model}" appears at two quants in sweep "${sweep}" ("${s.quant}" and "${run.quant}"), so it cannot be paired.`);
    } else s.runs.push(run);
  }
  return side;
}

/**
 * Two sweeps compared model by model over the models both hold (matched by name: the quants
 * differ, that is the point), each side over all of that model's runs in its sweep, or one
 * task's. Sorted like modelStats on sweep a: rate, passes, time, then name.
 */
export function pairedSweeps(runs: readonly HarnessRun[], a: string, b: string, task?: string): PairedSweepRow[] {
  const sideA = sweepSide(runs, a, task);
  const sideB = sweepSide(runs, b, task);
  if (task !== undefined && sideA.size === 0 && sideB.size === 0) throw new RangeError(`Neither sweep "${a}" nor sweep "${b}" has runs of task "${task}".`);
  const rows: PairedSweepRow[] = [];
  for (const [model, sa] of sideA) {
    const sb = sideB.get(model);
    if (!sb) continue;
    const statsA = passStats(sa.runs);
    const statsB = passStats(sb.runs);
    rows.push({ model, quantA: sa.quant, quantB: sb.quant, a: statsA, b: statsB, delta: statsB.passed - statsA.passed });
  }
  return rows.sort((x, y) => byRateDesc(x.a, y.a) || y.a.passed - x.a.passed || x.a.avgTimeS - y.a.avgTimeS || byName(x.model, y.model));
}

/** The total row under a paired table: all runs of the shared models on each side. */
export function pairedSweepsTotal(runs: readonly HarnessRun[], a: string, b: string, task?: string): { models: number; a: PassStats; b: PassStats; delta: number } {
  const sideA = sweepSide(runs, a, task);
  const sideB = sweepSide(runs, b, task);
  const shared = [...sideA.keys()].filter((m) => sideB.has(m));
  if (shared.length === 0) throw new RangeError(`Sweeps "${a}" and "${b}" share no models${task === undefined ? '' : ` with runs of task "${task}"`}.`);
  const statsA = passStats(shared.flatMap((m) => sideA.get(m)?.runs ?? []));
  const statsB = passStats(shared.flatMap((m) => sideB.get(m)?.runs ?? []));
  return { models: shared.length, a: statsA, b: statsB, delta: statsB.passed - statsA.passed };
}

export interface GraderAccessStats {
  harness: string;
  /** Runs whose log mentions the grader at least once. */
  mentions: number;
  /** Runs that ran or read the hidden grader, and of those how many passed. */
  accessed: number;
  accessedPassed: number;
  ran: number;
  read: number;
  all: PassStats;
  /** The same runs with the passes of grader-touching runs counted as failures. */
  withoutAccess: PassStats;
}

/** Grader contact per harness over one sweep or all runs: fewest mentions first, then accessed, then name. */
export function graderAccessStats(runs: readonly HarnessRun[], sweep?: string): GraderAccessStats[] {
  return groupRows(ofSweep(runs, sweep) as unknown as readonly Row[], ['harness'])
    .map((g) => {
      const own = g.rows as unknown as HarnessRun[];
      const touched = own.filter((r) => r.grader_access !== 'none');
      return {
        harness: String(g.keys['harness']),
        mentions: own.filter((r) => r.grader_mentions > 0).length,
        accessed: touched.length,
        accessedPassed: touched.filter((r) => r.passed === 1).length,
        ran: own.filter((r) => r.grader_access === 'ran').length,
        read: own.filter((r) => r.grader_access === 'read').length,
        all: passStats(own),
        withoutAccess: passStats(own.map((r) => (r.grader_access === 'none' ? r : { ...r, passed: 0 as const }))),
      };
    })
    .sort((a, b) => a.mentions - b.mentions || a.accessed - b.accessed || byName(a.harness, b.harness));
}
