import type { Run } from '../data/types';
import { wilson } from '../stats/wilson';

/** Pass counts, rate and mean agent time of a group of runs, with its 95% Wilson interval. */
export interface PassStats {
  runs: number;
  passed: number;
  /** passed / runs. */
  rate: number;
  /** Arithmetic mean of agentTimeS over the runs. */
  avgTimeS: number;
  ci: { lo: number; hi: number };
}

/** A running total; times are summed with Neumaier compensation so a million runs stay exact to ~1 ulp. */
export interface Tally {
  runs: number;
  passed: number;
  timeSum: number;
  timeCompensation: number;
}

export function newTally(): Tally {
  return { runs: 0, passed: 0, timeSum: 0, timeCompensation: 0 };
}

export function addRun(t: Tally, run: Pick<Run, 'passed' | 'agentTimeS'>): void {
  t.runs += 1;
  if (run.passed) t.passed += 1;
  const x = run.agentTimeS;
  const s = t.timeSum + x;
  t.timeCompensation += Math.abs(t.timeSum) >= Math.abs(x) ? t.timeSum - s + x : x - s + t.timeSum;
  t.timeSum = s;
}

export function toPassStats(t: Tally): PassStats {
  if (t.runs === 0) throw new RangeError('No runs to summarise.');
  return {
    runs: t.runs,
    passed: t.passed,
    rate: t.passed / t.runs,
    avgTimeS: (t.timeSum + t.timeCompensation) / t.runs,
    ci: wilson(t.passed, t.runs),
  };
}

/** Totals over any set of runs (a whole sweep, a table's total row). Throws on an empty set. */
export function passStats(runs: readonly Run[]): PassStats {
  const t = newTally();
  for (const r of runs) addRun(t, r);
  return toPassStats(t);
}

/** Orders by pass rate, highest first, comparing passed/runs exactly by cross-multiplying. */
export function byRateDesc(a: PassStats, b: PassStats): number {
  return b.passed * a.runs - a.passed * b.runs;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
