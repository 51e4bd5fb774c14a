import { toCsv } from '../../../lib/charts/to-csv';
import { formatDecimal } from '../../../lib/format';
import { allocatePasses } from './allocate';
import { buildCells } from './cells';
import { assignGrader } from './grader';
import { createRng } from './rng';
import { MODELS, TASKS } from './targets';
import { cellMeanTimes, runTimesDeciseconds } from './times';
import { verifyRuns, type GeneratedRun } from './verify';

export const DEFAULT_SEED = 20260428;
const MAX_ATTEMPTS = 200;

export interface GeneratedFiles {
  /** File name -> full contents. */
  files: Record<'runs.csv' | 'models.csv' | 'tasks.csv' | 'cells.csv', string>;
  /** How many draws were rejected by the self-check before one passed (0 = the first). */
  rejected: number;
  runs: GeneratedRun[];
}

/**
 * Builds the three CSV files for a seed. Each attempt draws a pass matrix, times and grader
 * columns from streams keyed by (seed, attempt); the first attempt that passes every published
 * check wins, so a given seed always yields the same bytes.
 */
export function generateHarnessBench(seed: number): GeneratedFiles {
  const cells = buildCells();
  const means = cellMeanTimes(cells);
  let lastProblems: string[] = [];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const passed = allocatePasses(cells, createRng(seed, `passes#${attempt}`));
    const times = runTimesDeciseconds(cells, means, passed, createRng(seed, `times#${attempt}`));
    const grader = assignGrader(cells, passed, createRng(seed, `grader#${attempt}`));
    const runs: GeneratedRun[] = [];
    cells.forEach((cell, ci) => {
      TASKS.forEach((spec, ti) => {
        runs.push({
          sweep: cell.sweep,
          model: cell.model,
          quant: cell.quant,
          harness: cell.harness,
          task: spec.task,
          passed: passed[ci]?.[ti] === true,
          timeDs: times[ci]?.[ti] ?? 0,
          graderMentions: grader.mentions[ci]?.[ti] ?? 0,
          graderAccess: grader.access[ci]?.[ti] ?? 'none',
        });
      });
    });
    lastProblems = verifyRuns(runs);
    if (lastProblems.length === 0) {
      runs.sort(compareRuns);
      return { files: { 'runs.csv': runsCsv(runs), 'models.csv': modelsCsv(), 'tasks.csv': tasksCsv(), 'cells.csv': cellsCsv(runs) }, rejected: attempt, runs };
    }
  }
  throw new Error(
    `Seed ${seed}: no draw in ${MAX_ATTEMPTS} attempts reproduces the published figures. Last problems: ${lastProblems.slice(0, 5).join('; ')}.`,
  );
}

/** Code-unit order, not locale order, so the sort is the same everywhere. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRuns(a: GeneratedRun, b: GeneratedRun): number {
  return cmp(a.sweep, b.sweep) || cmp(a.model, b.model) || cmp(a.quant, b.quant) || cmp(a.harness, b.harness) || cmp(a.task, b.task);
}

function csv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return toCsv(header, rows, '\n');
}

/** Tenths of a second as a one-decimal number ("34.0", "1207.5"). */
function seconds(ds: number): string {
  return `${Math.floor(ds / 10)}.${ds % 10}`;
}

function runsCsv(runs: readonly GeneratedRun[]): string {
  return csv(
    ['sweep', 'model', 'quant', 'harness', 'task', 'seed', 'passed', 'agent_time_s', 'grader_mentions', 'grader_access'],
    runs.map((r) => [
      r.sweep,
      r.model,
      r.quant,
      r.harness,
      r.task,
      '0',
      r.passed ? '1' : '0',
      seconds(r.timeDs),
      String(r.graderMentions),
      r.graderAccess,
    ]),
  );
}

/**
 * The runs summed per (sweep, model, quant, harness) cell, in the form the original write-up
 * published its results: runs, passes, pass rate and mean agent time per task. Computed here from
 * the very runs written to runs.csv (times in tenths of a second, so the sums are exact).
 */
function cellsCsv(runs: readonly GeneratedRun[]): string {
  const cells = new Map<string, { run: GeneratedRun; runs: number; passed: number; timeDs: number }>();
  for (const r of runs) {
    const key = JSON.stringify([r.sweep, r.model, r.quant, r.harness]);
    const c = cells.get(key) ?? { run: r, runs: 0, passed: 0, timeDs: 0 };
    c.runs += 1;
    if (r.passed) c.passed += 1;
    c.timeDs += r.timeDs;
    cells.set(key, c);
  }
  return csv(
    ['sweep', 'model', 'quant', 'harness', 'runs', 'passed', 'pass_rate', 'mean_time_s'],
    [...cells.values()].map((c) => [
      c.run.sweep,
      c.run.model,
      c.run.quant,
      c.run.harness,
      String(c.runs),
      String(c.passed),
      formatDecimal(c.passed / c.runs, 6),
      formatDecimal(c.timeDs / (10 * c.runs), 3),
    ]),
  );
}

function modelsCsv(): string {
  const rows = [...MODELS]
    .sort((a, b) => cmp(a.model, b.model))
    .map((m) => [m.model, m.family, String(m.totalParamsB), String(m.activeParamsB)]);
  return csv(['model', 'family', 'total_params_b', 'active_params_b'], rows);
}

function tasksCsv(): string {
  const rows = [...TASKS].sort((a, b) => cmp(a.task, b.task)).map((t) => [t.task, t.language]);
  return csv(['task', 'language'], rows);
}
