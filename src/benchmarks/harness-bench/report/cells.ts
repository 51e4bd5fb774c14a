import { paretoFrontier } from '../../../lib/aggregate/pareto';
import { byName } from '../../../lib/by-name';
import { displayTable, type DisplayTable } from '../../../lib/reports/display-table';
import { cellStats, type CellStats } from '../stats';
import type { HarnessRun } from '../types';
import { shownStats, timesSlower, type ShownStats } from './shown-stats';

export type CellShown = ShownStats & { sweep: string; model: string; quant: string; harness: string; /** "gpt-oss-120b MXFP4 + pi". */ name: string };

export interface CellsSection {
  /** Cells over every sweep. */
  count: number;
  /** The top tier: cells at most one failure short of passing everything, best first across sweeps. */
  tier: CellShown[];
  /** "15/16": the bar of the top tier when every cell has the same number of runs, else "all but one". */
  tierBar: string;
  /** Columns Combo, Pass, Avg time, one row per top-tier cell. */
  table: DisplayTable;
  /** Cells that passed every run. */
  perfect: CellShown[];
  /** The best cell: highest pass rate, then fastest. */
  best: CellShown;
  /** The fastest cell of the top tier other than the best one, or null. */
  fastInTier: CellShown | null;
  /** How many times longer the best cell takes than fastInTier, whole number ("6"); "" without one. */
  fastInTierSpeedup: string;
  /** Top-tier cells per harness, most first; every harness listed, with zeros. */
  tierByHarness: Array<{ harness: string; count: number }>;
  /** The fastest cell of all. */
  fastest: CellShown;
  /** The speed/accuracy Pareto frontier, fastest first. */
  frontier: CellShown[];
  /** Cells whose mean time per task is above `slowS`, counted per harness (most first). */
  slow: { slowS: number; count: number; byHarness: Array<{ harness: string; count: number }> };
}

export function cellName(c: Pick<CellStats, 'model' | 'quant' | 'harness'>): string {
  return `${c.model} ${c.quant} + ${c.harness}`;
}

function shownCell(c: CellStats): CellShown {
  return { ...shownStats(c), sweep: c.sweep, model: c.model, quant: c.quant, harness: c.harness, name: cellName(c) };
}

/** Across sweeps: pass rate (highest first, exact), mean time (fastest first), then names. */
function bestFirst(a: CellStats, b: CellStats): number {
  return b.passed * a.runs - a.passed * b.runs || a.avgTimeS - b.avgTimeS || byName(cellName(a), cellName(b)) || byName(a.sweep, b.sweep);
}

function countBy(items: readonly string[], universe: readonly string[]): Array<{ harness: string; count: number }> {
  const counts = new Map(universe.map((h) => [h, 0]));
  for (const h of items) counts.set(h, (counts.get(h) ?? 0) + 1);
  return [...counts].map(([harness, count]) => ({ harness, count })).sort((a, b) => b.count - a.count || byName(a.harness, b.harness));
}

export function cellsSection(runs: readonly HarnessRun[], slowS = 700): CellsSection {
  const cells = cellStats(runs).sort(bestFirst);
  const first = cells[0];
  if (!first) throw new RangeError('The benchmark has no runs, so there are no cells to report.');
  const tierCells = cells.filter((c) => c.passed >= c.runs - 1);
  const tier = tierCells.map(shownCell);
  const sameRuns = cells.every((c) => c.runs === first.runs);
  const harnesses = [...new Set(cells.map((c) => c.harness))].sort(byName);
  const best = shownCell(first);
  const fastTier = [...tier].filter((c) => c.name !== best.name || c.sweep !== best.sweep).sort((a, b) => a.avgTimeS - b.avgTimeS)[0] ?? null;
  const fastest = [...cells].sort((a, b) => a.avgTimeS - b.avgTimeS || bestFirst(a, b))[0] ?? first;
  const slow = cells.filter((c) => c.avgTimeS > slowS);
  return {
    count: cells.length,
    tier,
    tierBar: sameRuns ? `${first.runs - 1}/${first.runs}` : 'all but one',
    table: displayTable(
      ['Combo', 'Pass', 'Avg time'],
      tier.map((c) => [c.name, c.passes, c.time]),
    ),
    perfect: tier.filter((c) => c.passed === c.runs),
    best,
    fastInTier: fastTier,
    fastInTierSpeedup: fastTier && fastTier.avgTimeS < best.avgTimeS ? timesSlower(best.avgTimeS, fastTier.avgTimeS) : '',
    tierByHarness: countBy(tier.map((c) => c.harness), harnesses),
    fastest: shownCell(fastest),
    frontier: paretoFrontier(cells, { x: (c) => c.avgTimeS, y: (c) => c.rate }).map(shownCell),
    slow: { slowS, count: slow.length, byHarness: countBy(slow.map((c) => c.harness), []) },
  };
}
