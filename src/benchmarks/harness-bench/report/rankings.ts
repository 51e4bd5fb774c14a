import { byName } from '../../../lib/by-name';
import { DEFAULT_SEED } from '../../../lib/aggregate/paired-comparison';
import { RANK_TITLE } from '../../../lib/reports/summary-table';
import { rankIntervals } from '../../../lib/stats/rank-intervals';
import { displayTable, type DisplayTable } from '../../../lib/reports/display-table';
import { harnessStats, modelHarnessStats, modelStats } from '../stats';
import type { HarnessRun, ModelRow } from '../types';
import { pointsBetween, shownStats, timesSlower, type ShownStats } from './shown-stats';

export type ModelShown = ShownStats & {
  model: string;
  quant: string;
  /** 1 for the best model of the sweep. */
  rank: number;
  /** Its rank's 95% interval over a bootstrap of the tasks ("1–3"), and that interval's best end. */
  rankInterval: string;
  bestRank: number;
  /** From models.csv; undefined for a model the list does not describe. */
  info: ModelRow | undefined;
};

export interface ModelsSection {
  sweep: string;
  rows: ModelShown[];
  /** Columns Model, Quant, Pass, Rate, Avg agent time. */
  table: DisplayTable;
  best: ModelShown;
  runnerUp: ModelShown | null;
  worst: ModelShown;
  fastest: ModelShown;
  /**
   * The fastest model within `nearPasses` passes of the best (the best itself excluded), with how
   * many times longer the best takes ("2.2"); null when no other model is that close.
   */
  nearTop: { model: ModelShown; behindBy: number; bestIsSlowerBy: string } | null;
  /** The model with the most total parameters. */
  largest: ModelShown | null;
  /** The models whose rank interval reaches first place. */
  couldLead: ModelShown[];
}

export interface HarnessShown extends ShownStats {
  harness: string;
  rank: number;
  /** Its rank's 95% interval over a bootstrap of the tasks ("1–2"). */
  rankInterval: string;
}

/**
 * Ranks with their 95% intervals, by group: a seeded bootstrap over the tasks, which every model
 * and harness of a sweep shares (so a replicate that draws a hard task twice draws it for all).
 */
function rankIntervalsOf(runs: readonly HarnessRun[], sweep: string, group: 'model' | 'harness'): Map<string, { label: string; lo: number }> {
  const rows = runs.filter((r) => r.sweep === sweep).map((r) => ({ group: r[group], value: r.passed, unit: r.task }));
  return new Map(rankIntervals(rows, { group: 'group', value: 'value', unit: 'unit', seed: DEFAULT_SEED }).map((r) => [r.group, { label: r.label, lo: r.lo }]));
}

export interface HarnessesSection {
  sweep: string;
  rows: HarnessShown[];
  /** Columns Harness, Pass, Rate, Avg agent time. */
  table: DisplayTable;
  best: HarnessShown;
  worst: HarnessShown;
  /** The gap between the second and third harness, and between the first and last, in points ("8.8"). */
  gap: { secondToThird: string; firstToLast: string };
}

export interface HeatCell {
  model: string;
  harness: string;
  stats: ShownStats;
}

export interface HeatmapSection {
  sweep: string;
  /** A harness at least `collapseBy` passes below every other harness of the same model. */
  collapses: Array<HeatCell & { nextWorst: number }>;
  /** Models whose best and worst harness differ by at most `flatSpread` passes. */
  flat: Array<{ model: string; spread: number }>;
  /** The cell furthest above its harness's overall pass rate, with that rate and the gap in points. */
  outlier: (HeatCell & { harnessRate: string; abovePoints: string; above: number }) | null;
}

function modelRows(runs: readonly HarnessRun[], sweep: string, models: readonly ModelRow[]): ModelShown[] {
  const info = new Map(models.map((m) => [m.model, m]));
  const intervals = rankIntervalsOf(runs, sweep, 'model');
  return modelStats(runs, sweep).map((m, i) => ({ ...shownStats(m), model: m.model, quant: m.quant, rank: i + 1, rankInterval: intervals.get(m.model)?.label ?? '', bestRank: intervals.get(m.model)?.lo ?? i + 1, info: info.get(m.model) }));
}

export function modelsSection(runs: readonly HarnessRun[], sweep: string, models: readonly ModelRow[], nearPasses = 2): ModelsSection {
  const rows = modelRows(runs, sweep, models);
  const best = rows[0];
  const worst = rows[rows.length - 1];
  if (!best || !worst) throw new RangeError(`The sweep "${sweep}" has no runs, so it has no model ranking.`);
  const fastest = [...rows].sort((a, b) => a.avgTimeS - b.avgTimeS || a.rank - b.rank)[0] ?? best;
  const near = rows.filter((m) => m !== best && best.passed - m.passed <= nearPasses && m.runs === best.runs).sort((a, b) => a.avgTimeS - b.avgTimeS)[0];
  const sized = rows.filter((m) => m.info !== undefined);
  const largest = [...sized].sort((a, b) => (b.info?.total_params_b ?? 0) - (a.info?.total_params_b ?? 0) || a.rank - b.rank)[0] ?? null;
  return {
    sweep,
    rows,
    table: displayTable(
      ['Model', 'Quant', 'Pass', 'Rate', 'Avg agent time', RANK_TITLE],
      rows.map((m) => [m.model, m.quant, m.passes, m.ratePct, m.time, m.rankInterval]),
    ),
    best,
    runnerUp: rows[1] ?? null,
    worst,
    fastest,
    nearTop: near ? { model: near, behindBy: best.passed - near.passed, bestIsSlowerBy: timesSlower(best.avgTimeS, near.avgTimeS, 1) } : null,
    largest,
    couldLead: rows.filter((m) => m.bestRank === 1),
  };
}

export function harnessesSection(runs: readonly HarnessRun[], sweep: string): HarnessesSection {
  const intervals = rankIntervalsOf(runs, sweep, 'harness');
  const rows = harnessStats(runs, sweep).map((h, i) => ({ ...shownStats(h), harness: h.harness, rank: i + 1, rankInterval: intervals.get(h.harness)?.label ?? '' }));
  const best = rows[0];
  const worst = rows[rows.length - 1];
  if (!best || !worst) throw new RangeError(`The sweep "${sweep}" has no runs, so it has no harness ranking.`);
  const second = rows[1] ?? best;
  const third = rows[2] ?? second;
  return {
    sweep,
    rows,
    table: displayTable(
      ['Harness', 'Pass', 'Rate', 'Avg agent time', RANK_TITLE],
      rows.map((h) => [h.harness, h.passes, h.ratePct, h.time, h.rankInterval]),
    ),
    best,
    worst,
    gap: { secondToThird: pointsBetween(second, third), firstToLast: pointsBetween(best, worst) },
  };
}

export function heatmapSection(runs: readonly HarnessRun[], sweep: string, collapseBy = 5, flatSpread = 1): HeatmapSection {
  const cells = modelHarnessStats(runs, sweep);
  const harnessRate = new Map(harnessStats(runs, sweep).map((h) => [h.harness, h]));
  const byModel = new Map<string, typeof cells>();
  for (const c of cells) byModel.set(c.model, [...(byModel.get(c.model) ?? []), c]);

  const collapses: HeatmapSection['collapses'] = [];
  const flat: HeatmapSection['flat'] = [];
  for (const [model, own] of byModel) {
    for (const c of own) {
      const others = own.filter((o) => o !== c).map((o) => o.passed);
      if (others.length > 0 && Math.min(...others) - c.passed >= collapseBy) {
        collapses.push({ model, harness: c.harness, stats: shownStats(c), nextWorst: Math.min(...others) });
      }
    }
    const passes = own.map((c) => c.passed);
    const spread = Math.max(...passes) - Math.min(...passes);
    if (own.length > 1 && spread <= flatSpread) flat.push({ model, spread });
  }
  collapses.sort((a, b) => b.nextWorst - b.stats.passed - (a.nextWorst - a.stats.passed) || byName(a.model, b.model) || byName(a.harness, b.harness));
  flat.sort((a, b) => a.spread - b.spread || byName(a.model, b.model));

  let outlier: HeatmapSection['outlier'] = null;
  for (const c of cells) {
    const h = harnessRate.get(c.harness);
    if (!h) continue;
    // Exact: c.passed/c.runs - h.passed/h.runs as one fraction.
    const above = (c.passed * h.runs - h.passed * c.runs) / (c.runs * h.runs);
    if (outlier === null || above > outlier.above) {
      outlier = { model: c.model, harness: c.harness, stats: shownStats(c), harnessRate: shownStats(h).ratePct, abovePoints: pointsBetween(c, h), above };
    }
  }
  return { sweep, collapses, flat, outlier };
}
