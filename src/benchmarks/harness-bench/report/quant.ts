import { byName } from '../../../lib/by-name';
import { formatDelta, formatPercentIntPasses } from '../../../lib/format';
import { displayTable, type DisplayTable } from '../../../lib/reports/display-table';
import { modelHarnessStats, pairedSweeps, pairedSweepsTotal, runsOfSweep, taskStats, type PairedSweepRow } from '../stats';
import type { HarnessRun, TaskRow } from '../types';
import { shownStats, timesSlower, type ShownStats } from './shown-stats';

export interface PairedShown {
  model: string;
  quantA: string;
  quantB: string;
  a: ShownStats;
  b: ShownStats;
  delta: number;
  /** "+2", "-6", "0". */
  deltaText: string;
  /** The focus task's passes on each side; null when the model has no runs of it there. */
  focusA: ShownStats | null;
  focusB: ShownStats | null;
}

export interface QuantSection {
  a: string;
  b: string;
  /** The task with its own columns ("jax1_complex_lp"). */
  focusTask: string;
  rows: PairedShown[];
  /** Columns Model, A Pass, B Pass, Δ, A focus, B focus; a total row in the foot. */
  table: DisplayTable;
  total: { models: number; a: ShownStats; b: ShownStats; delta: number; deltaText: string; /** "-1%": the change as a share of one side's runs. */ deltaShare: string; focusA: ShownStats | null; focusB: ShownStats | null };
  /** Models slower on average in sweep b than in sweep a. */
  slowerInB: number;
  /** The smallest and largest ratio of mean time b / a over the models ("1.5", "1.6"). */
  timeRatio: { min: string; max: string };
  biggestGain: PairedShown;
  biggestLoss: PairedShown;
  /** How the biggest loser's loss spreads over tasks: tasks that lost passes, and the largest single-task drop. */
  lossSpread: { losingTasks: number; worstTask: string; worstDrop: number };
  /** Models whose focus-task passes rose, and fell, from a to b. */
  focusMoves: { up: number; down: number };
  /** Models gaining at least `clearGain` passes in b. */
  clearGains: PairedShown[];
  /** The (model, harness) cell that loses the most passes from a to b. */
  worstCellDrop: { model: string; harness: string; a: ShownStats; b: ShownStats; delta: number } | null;
  /** The trace task's pass rate in each sweep, over every run of that sweep. */
  traceTask: { task: string; a: ShownStats | null; b: ShownStats | null };
  /** Tasks whose pass rate in b beats a by at least five points. */
  clearTaskGains: string[];
}

/**
 * Rows in the write-up's order: models named in `order` first, in that order, then the rest as
 * pairedSweeps sorts them (sweep a's pass rate, best first). The write-up groups models by family
 * rather than by score, which no data-derived sort reproduces, so the order is given explicitly.
 */
export function orderRows<T extends { model: string }>(rows: readonly T[], order: readonly string[]): T[] {
  const pos = new Map(order.map((m, i) => [m, i]));
  const listed = rows.filter((r) => pos.has(r.model)).sort((x, y) => (pos.get(x.model) ?? 0) - (pos.get(y.model) ?? 0));
  return [...listed, ...rows.filter((r) => !pos.has(r.model))];
}

function taskShown(runs: readonly HarnessRun[], tasks: readonly TaskRow[], sweep: string, task: string): ShownStats | null {
  const row = taskStats(runsOfSweep(runs, sweep), tasks).find((t) => t.task === task);
  return row ? shownStats(row) : null;
}

function totalFocus(runs: readonly HarnessRun[], a: string, b: string, task: string): { focusA: ShownStats | null; focusB: ShownStats | null } {
  try {
    const t = pairedSweepsTotal(runs, a, b, task);
    return { focusA: shownStats(t.a), focusB: shownStats(t.b) };
  } catch {
    // No shared model ran the task: the columns show a dash.
    return { focusA: null, focusB: null };
  }
}

export interface QuantOptions {
  a: string;
  b: string;
  focusTask: string;
  /** The focus task's name in column headers ("jax1"); default the task id. */
  focusLabel?: string;
  traceTask: string;
  order: readonly string[];
  clearGain?: number;
}

export function quantSection(runs: readonly HarnessRun[], tasks: readonly TaskRow[], o: QuantOptions): QuantSection {
  const focusRows = new Map<string, PairedSweepRow>();
  if (runs.some((r) => r.task === o.focusTask && (r.sweep === o.a || r.sweep === o.b))) {
    for (const r of pairedSweeps(runs, o.a, o.b, o.focusTask)) focusRows.set(r.model, r);
  }
  const rows: PairedShown[] = orderRows(pairedSweeps(runs, o.a, o.b), o.order).map((r) => {
    const f = focusRows.get(r.model);
    return {
      model: r.model,
      quantA: r.quantA,
      quantB: r.quantB,
      a: shownStats(r.a),
      b: shownStats(r.b),
      delta: r.delta,
      deltaText: formatDelta(r.delta),
      focusA: f ? shownStats(f.a) : null,
      focusB: f ? shownStats(f.b) : null,
    };
  });
  const first = rows[0];
  if (!first) throw new RangeError(`Sweeps "${o.a}" and "${o.b}" share no models, so there is nothing to compare.`);
  const t = pairedSweepsTotal(runs, o.a, o.b);
  const total = {
    models: t.models,
    a: shownStats(t.a),
    b: shownStats(t.b),
    delta: t.delta,
    deltaText: formatDelta(t.delta),
    deltaShare: `${t.delta < 0 ? '-' : t.delta > 0 ? '+' : ''}${formatPercentIntPasses(Math.abs(t.delta), t.a.runs)}`,
    ...totalFocus(runs, o.a, o.b, o.focusTask),
  };
  const A = o.a.toUpperCase();
  const B = o.b.toUpperCase();
  const dash = (s: ShownStats | null): string => s?.passes ?? '—';
  const table = displayTable(
    ['Model', `${A} Pass`, `${B} Pass`, 'Δ', `${A} ${o.focusLabel ?? o.focusTask}`, `${B} ${o.focusLabel ?? o.focusTask}`],
    rows.map((r) => [r.model, r.a.passes, r.b.passes, r.deltaText, dash(r.focusA), dash(r.focusB)]),
    [[`${t.models}-model total`, total.a.passes, total.b.passes, total.deltaText, dash(total.focusA), dash(total.focusB)]],
  );

  const ratios = rows.map((r) => r.b.avgTimeS / r.a.avgTimeS);
  const byDelta = [...rows].sort((x, y) => y.delta - x.delta || byName(x.model, y.model));
  const clearGain = o.clearGain ?? 5;

  const cellsA = new Map(modelHarnessStats(runs, o.a).map((c) => [JSON.stringify([c.model, c.harness]), c]));
  let worstCellDrop: QuantSection['worstCellDrop'] = null;
  for (const c of modelHarnessStats(runs, o.b)) {
    const before = cellsA.get(JSON.stringify([c.model, c.harness]));
    if (!before) continue;
    const delta = c.passed - before.passed;
    if (worstCellDrop === null || delta < worstCellDrop.delta) {
      worstCellDrop = { model: c.model, harness: c.harness, a: shownStats(before), b: shownStats(c), delta };
    }
  }

  const rateA = new Map(taskStats(runsOfSweep(runs, o.a), tasks).map((s) => [s.task, s]));
  const clearTaskGains = taskStats(runsOfSweep(runs, o.b), tasks)
    .filter((sb) => {
      const sa = rateA.get(sb.task);
      // b/rb - a/ra >= 1/20, exactly.
      return sa !== undefined && 20 * (sb.passed * sa.runs - sa.passed * sb.runs) >= sa.runs * sb.runs;
    })
    .map((s) => s.task)
    .sort(byName);

  const biggestLoss = byDelta[byDelta.length - 1] ?? first;
  const perTask = new Map<string, number>();
  for (const r of runs) {
    if (r.model !== biggestLoss.model || !r.passed || (r.sweep !== o.a && r.sweep !== o.b)) continue;
    perTask.set(r.task, (perTask.get(r.task) ?? 0) + (r.sweep === o.b ? 1 : -1));
  }
  const drops = [...perTask].filter(([, d]) => d < 0).sort((x, y) => x[1] - y[1] || byName(x[0], y[0]));

  return {
    a: o.a,
    b: o.b,
    focusTask: o.focusTask,
    rows,
    table,
    total,
    slowerInB: rows.filter((r) => r.b.avgTimeS > r.a.avgTimeS).length,
    timeRatio: { min: timesSlower(Math.min(...ratios), 1, 1), max: timesSlower(Math.max(...ratios), 1, 1) },
    biggestGain: byDelta[0] ?? first,
    biggestLoss,
    lossSpread: { losingTasks: drops.length, worstTask: drops[0]?.[0] ?? '', worstDrop: -(drops[0]?.[1] ?? 0) },
    focusMoves: {
      up: rows.filter((r) => r.focusA && r.focusB && r.focusB.passed > r.focusA.passed).length,
      down: rows.filter((r) => r.focusA && r.focusB && r.focusB.passed < r.focusA.passed).length,
    },
    clearGains: byDelta.filter((r) => r.delta >= clearGain),
    worstCellDrop,
    traceTask: { task: o.traceTask, a: taskShown(runs, tasks, o.a, o.traceTask), b: taskShown(runs, tasks, o.b, o.traceTask) },
    clearTaskGains,
  };
}
