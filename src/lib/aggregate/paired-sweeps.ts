import type { Run } from '../data/types';
import { noRunsInSweep } from './group-runs';
import { addRun, byName, byRateDesc, newTally, toPassStats, type PassStats, type Tally } from './pass-stats';

export interface PairedSweepRow {
  model: string;
  /** The model's quant in sweep a, and in sweep b. */
  quantA: string;
  quantB: string;
  a: PassStats;
  b: PassStats;
  /** b.passed - a.passed. */
  delta: number;
}

export interface PairedSweepTotal {
  /** How many models the two sweeps share. */
  models: number;
  a: PassStats;
  b: PassStats;
  /** b.passed - a.passed. */
  delta: number;
}

export interface PairedSweepOptions {
  /** Compare only the runs of this task (e.g. the "jax1" columns). */
  task?: string;
}

interface Side {
  quant: string;
  tally: Tally;
}

/**
 * Compares two sweeps model by model over the models both contain, matched by model name (the
 * quants differ: that is the point of a Q4 vs Q8 sweep). Each side counts all of that model's
 * runs in that sweep (every harness, task and seed), or only one task's with `opts.task`.
 * Sorted like modelStats on sweep a: pass rate in a (highest first), passes in a, mean time in a,
 * then model name. A model run at two quants within one sweep cannot be paired and is an error.
 */
export function pairedSweeps(runs: readonly Run[], a: string, b: string, opts: PairedSweepOptions = {}): PairedSweepRow[] {
  const { sideA, sideB } = sides(runs, a, b, opts);
  const rows: PairedSweepRow[] = [];
  for (const [model, sa] of sideA) {
    const sb = sideB.get(model);
    if (sb === undefined) continue;
    const statsA = toPassStats(sa.tally);
    const statsB = toPassStats(sb.tally);
    rows.push({ model, quantA: sa.quant, quantB: sb.quant, a: statsA, b: statsB, delta: statsB.passed - statsA.passed });
  }
  return rows.sort(
    (x, y) => byRateDesc(x.a, y.a) || y.a.passed - x.a.passed || x.a.avgTimeS - y.a.avgTimeS || byName(x.model, y.model),
  );
}

/** The total row under a pairedSweeps table: all runs of the shared models on each side. */
export function pairedSweepsTotal(runs: readonly Run[], a: string, b: string, opts: PairedSweepOptions = {}): PairedSweepTotal {
  const { sideA, sideB } = sides(runs, a, b, opts);
  const totalA = newTally();
  const totalB = newTally();
  let models = 0;
  for (const [model, sa] of sideA) {
    const sb = sideB.get(model);
    if (sb === undefined) continue;
    models += 1;
    merge(totalA, sa.tally);
    merge(totalB, sb.tally);
  }
  if (models === 0) throw new RangeError(`Sweeps "${a}" and "${b}" share no models${taskNote(opts)}.`);
  const statsA = toPassStats(totalA);
  const statsB = toPassStats(totalB);
  return { models, a: statsA, b: statsB, delta: statsB.passed - statsA.passed };
}

/**
 * Both sides in one pass over the runs. Errors come in the order a side-by-side reading would
 * meet them: a sweep without runs (a before b), no runs of the task, then a model at two quants
 * (in sweep a before sweep b, each at its first conflicting run).
 */
function sides(runs: readonly Run[], a: string, b: string, opts: PairedSweepOptions): { sideA: Map<string, Side>; sideB: Map<string, Side> } {
  const { task } = opts;
  const sideA = new SideTally(a);
  const sideB = new SideTally(b);
  for (const run of runs) {
    // Two tests, not else-if: a sweep paired with itself fills both sides, as before.
    if (run.sweep === a) sideA.take(run, task);
    if (run.sweep === b) sideB.take(run, task);
  }
  if (!sideA.seen) throw noRunsInSweep(runs, a);
  if (!sideB.seen) throw noRunsInSweep(runs, b);
  if (task !== undefined && sideA.runs === 0 && sideB.runs === 0) {
    throw new RangeError(`Neither sweep "${a}" nor sweep "${b}" has runs of task "${task}".`);
  }
  for (const side of [sideA, sideB]) if (side.conflict) throw side.conflict;
  return { sideA: sideA.models, sideB: sideB.models };
}

/** One sweep's runs per model; the first model met at a second quant is kept as an error. */
class SideTally {
  readonly models = new Map<string, Side>();
  seen = false;
  runs = 0;
  conflict: RangeError | undefined;
  private readonly sweep: string;

  constructor(sweep: string) {
    this.sweep = sweep;
  }

  take(run: Run, task: string | undefined): void {
    this.seen = true;
    if (task === undefined || run.task === task) this.add(run);
  }

  private add(run: Run): void {
    if (this.conflict) return;
    this.runs += 1;
    let side = this.models.get(run.model);
    if (side === undefined) {
      side = { quant: run.quant, tally: newTally() };
      this.models.set(run.model, side);
    } else if (side.quant !== run.quant) {
      this.conflict = new RangeError(
        `Model "${run.model}" appears at two quants in sweep "${this.sweep}" ("${side.quant}" and "${run.quant}"), so it cannot be paired.`,
      );
      return;
    }
    addRun(side.tally, run);
  }
}

function merge(into: Tally, from: Tally): void {
  into.runs += from.runs;
  into.passed += from.passed;
  // Compensated sums add: both parts carry over.
  const s = into.timeSum + from.timeSum;
  into.timeCompensation +=
    from.timeCompensation +
    (Math.abs(into.timeSum) >= Math.abs(from.timeSum) ? into.timeSum - s + from.timeSum : from.timeSum - s + into.timeSum);
  into.timeSum = s;
}

function taskNote(opts: PairedSweepOptions): string {
  return opts.task === undefined ? '' : ` with runs of task "${opts.task}"`;
}
