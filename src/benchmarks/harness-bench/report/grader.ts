import { byName } from '../../../lib/by-name';
import { displayTable, type DisplayTable } from '../../../lib/reports/display-table';
import { graderAccessStats, type GraderAccessStats } from '../stats';
import type { HarnessRun } from '../types';
import { shownStats, type ShownStats } from './shown-stats';

/** A harness's grader counts as the table shows them. */
export interface GraderRow extends Omit<GraderAccessStats, 'all' | 'withoutAccess'> {
  all: ShownStats;
  /** Passes of runs that ran or read the grader counted as failures; runs unchanged. */
  without: ShownStats;
}

export interface GraderSection {
  sweep: string;
  /** Published order: fewest mentions first. */
  rows: GraderRow[];
  /** Columns Harness, Mentions of the grader, Read or ran it, Pass rate, Without grader-touching passes. */
  table: DisplayTable;
  /** Harnesses with at least one run that ran or read the grader, most such runs first. */
  peekers: GraderRow[];
  /** The harness whose runs touched the grader most often, or null when none did. */
  topPeeker: GraderRow | null;
  /** Harnesses that never touched it, and how many runs they made between them. */
  clean: { harnesses: string[]; runs: number };
  /** Harnesses by pass rate with grader-touching passes removed, best first. */
  withoutRanking: GraderRow[];
}

function row(g: GraderAccessStats): GraderRow {
  return {
    harness: g.harness,
    mentions: g.mentions,
    accessed: g.accessed,
    accessedPassed: g.accessedPassed,
    ran: g.ran,
    read: g.read,
    all: shownStats(g.all),
    without: shownStats(g.withoutAccess),
  };
}

export function graderSection(runs: readonly HarnessRun[], sweep: string): GraderSection {
  const rows = graderAccessStats(runs, sweep).map(row);
  const peekers = rows.filter((g) => g.accessed > 0).sort((a, b) => b.accessed - a.accessed || byName(a.harness, b.harness));
  const cleanRows = rows.filter((g) => g.accessed === 0);
  return {
    sweep,
    rows,
    table: displayTable(
      ['Harness', 'Runs mentioning the grader', 'Runs that read or ran it', 'Pass rate', 'Pass rate without grader-touching passes'],
      rows.map((g) => [g.harness, String(g.mentions), String(g.accessed), g.all.ratePct, g.without.ratePct]),
    ),
    peekers,
    topPeeker: peekers[0] ?? null,
    clean: { harnesses: cleanRows.map((g) => g.harness), runs: cleanRows.reduce((n, g) => n + g.all.runs, 0) },
    withoutRanking: [...rows].sort((a, b) => b.without.passed * a.without.runs - a.without.passed * b.without.runs || byName(a.harness, b.harness)),
  };
}
