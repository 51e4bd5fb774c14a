import type { Run } from '../data/types';
import { runsOfSweep } from './group-runs';
import { addRun, byName, newTally, toPassStats, type PassStats, type Tally } from './pass-stats';

export interface GraderAccessStats {
  harness: string;
  /** Runs whose log mentions the grader at least once. */
  mentions: number;
  /** Runs that ran or read the hidden grader. */
  accessed: number;
  /** Of those, how many passed. */
  accessedPassed: number;
  /** Runs that ran the grader, and runs that read its source. */
  ran: number;
  read: number;
  /** All of the harness's runs. */
  all: PassStats;
  /**
   * The same runs with the passes of grader-accessing runs counted as failures:
   * passed = all.passed - accessedPassed, runs unchanged.
   */
  withoutAccess: PassStats;
}

/**
 * How often each harness's runs went near the hidden grader, over one sweep or all runs.
 * Sorted by mentions (fewest first), then accessed, then harness name.
 */
export function graderAccessStats(runs: readonly Run[], sweep?: string): GraderAccessStats[] {
  const rows = sweep === undefined ? runs : runsOfSweep(runs, sweep);
  const groups = new Map<string, { mentions: number; ran: number; read: number; accessedPassed: number; all: Tally; clean: Tally }>();
  for (const run of rows) {
    let g = groups.get(run.harness);
    if (g === undefined) {
      g = { mentions: 0, ran: 0, read: 0, accessedPassed: 0, all: newTally(), clean: newTally() };
      groups.set(run.harness, g);
    }
    const accessed = run.graderAccess !== 'none';
    if (run.graderMentions > 0) g.mentions += 1;
    if (run.graderAccess === 'ran') g.ran += 1;
    if (run.graderAccess === 'read') g.read += 1;
    if (accessed && run.passed) g.accessedPassed += 1;
    addRun(g.all, run);
    addRun(g.clean, { passed: run.passed && !accessed, agentTimeS: run.agentTimeS });
  }
  return [...groups]
    .map(([harness, g]) => ({
      harness,
      mentions: g.mentions,
      accessed: g.ran + g.read,
      accessedPassed: g.accessedPassed,
      ran: g.ran,
      read: g.read,
      all: toPassStats(g.all),
      withoutAccess: toPassStats(g.clean),
    }))
    .sort((a, b) => a.mentions - b.mentions || a.accessed - b.accessed || byName(a.harness, b.harness));
}
