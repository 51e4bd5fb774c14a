import type { CellSpec } from './cells';
import type { Rng } from './rng';
import {
  HARNESSES,
  MODELS,
  Q4_HARNESS_TABLE,
  Q4_MODEL_TABLE,
  Q8_HARNESS_TILT,
  Q8_MODEL_AVG_TIME_S,
  SWEEP_Q4,
  SWEEP_Q8,
  TASKS,
  TOP_CELLS,
} from './targets';

/**
 * Small offsets that make the Q4 model and harness means consistent with each other (both must
 * add up to the same total time) while staying well inside each printed whole second: the model
 * means sum to 2631 / 10 and the harness means to 1315 / 5, 0.1 s apart, so models give up 0.08 s
 * and harnesses take 0.02 s. Far from the .5 boundary, so rounding never depends on float noise.
 */
const MODEL_OFFSET_S = -0.08;
const HARNESS_OFFSET_S = 0.02;
const RUNS_PER_CELL = 16;
/** CHOSEN: an hour per run, the kind of wall-clock limit an agent harness runs under. */
const MAX_RUN_DS = 36_000;

/**
 * Mean agent time per cell (seconds, index-aligned with `cells`). Published top cells are pinned
 * at their printed means. At Q4 the remaining cells come from iterative proportional fitting of
 * a model x harness product table to the published model and harness means. At Q8 each model's
 * Q4 harness profile, tilted by Q8_HARNESS_TILT, is scaled to the chosen Q8 model mean.
 */
export function cellMeanTimes(cells: readonly CellSpec[]): number[] {
  const key = (sweep: string, model: string, harness: string): string => `${sweep}|${model}|${harness}`;
  const pinned = new Map(TOP_CELLS.map((c) => [key(c.sweep, c.model, c.harness), c.avgTimeS]));
  const q4Models = MODELS.map((m) => m.model);
  const rowTarget = q4Models.map((m) => (Q4_MODEL_TABLE[m]?.avgTimeS ?? 0) + MODEL_OFFSET_S);
  const colTarget = HARNESSES.map((h) => Q4_HARNESS_TABLE[h].avgTimeS + HARNESS_OFFSET_S);
  const grand = colTarget.reduce((a, b) => a + b, 0) / colTarget.length;

  const fixed = q4Models.map((m) => HARNESSES.map((h) => pinned.get(key(SWEEP_Q4, m, h))));
  const table = q4Models.map((_, i) => HARNESSES.map((_, j) => fixed[i]?.[j] ?? ((rowTarget[i] ?? 0) * (colTarget[j] ?? 0)) / grand));

  for (let iter = 0; iter < 10_000; iter++) {
    let worst = 0;
    for (let i = 0; i < q4Models.length; i++) worst = Math.max(worst, scaleFree(table, fixed, i, null, HARNESSES.length * (rowTarget[i] ?? 0)));
    for (let j = 0; j < HARNESSES.length; j++) worst = Math.max(worst, scaleFree(table, fixed, null, j, q4Models.length * (colTarget[j] ?? 0)));
    if (worst < 1e-9) break;
  }

  const q4Mean = new Map<string, number>();
  q4Models.forEach((m, i) => HARNESSES.forEach((h, j) => q4Mean.set(key(SWEEP_Q4, m, h), table[i]?.[j] ?? 0)));

  // Q8: the model's Q4 harness shape, tilted per harness, free cells rescaled to the chosen Q8 mean.
  const q8Mean = new Map<string, number>();
  for (const model of Object.keys(Q8_MODEL_AVG_TIME_S)) {
    const target = (Q8_MODEL_AVG_TIME_S[model] ?? 0) * HARNESSES.length;
    const shape = (h: (typeof HARNESSES)[number]): number => (q4Mean.get(key(SWEEP_Q4, model, h)) ?? 0) * Q8_HARNESS_TILT[h];
    let pinnedSum = 0;
    let freeSum = 0;
    for (const h of HARNESSES) {
      const p = pinned.get(key(SWEEP_Q8, model, h));
      if (p !== undefined) pinnedSum += p;
      else freeSum += shape(h);
    }
    const scale = (target - pinnedSum) / freeSum;
    for (const h of HARNESSES) {
      const p = pinned.get(key(SWEEP_Q8, model, h));
      q8Mean.set(key(SWEEP_Q8, model, h), p ?? shape(h) * scale);
    }
  }

  return cells.map((c) => {
    const mean = (c.sweep === SWEEP_Q4 ? q4Mean : q8Mean).get(key(c.sweep, c.model, c.harness));
    if (mean === undefined || !(mean > 0)) throw new Error(`No positive mean time for ${c.sweep} ${c.model} + ${c.harness}.`);
    return mean;
  });
}

/** Rescales the unpinned entries of one row or column so the whole line sums to `target`; returns the relative change. */
function scaleFree(
  table: number[][],
  fixed: ReadonlyArray<ReadonlyArray<number | undefined>>,
  row: number | null,
  col: number | null,
  target: number,
): number {
  const coords: Array<[number, number]> = [];
  if (row !== null) for (let j = 0; j < (table[row]?.length ?? 0); j++) coords.push([row, j]);
  if (col !== null) for (let i = 0; i < table.length; i++) coords.push([i, col]);
  let pinnedSum = 0;
  let freeSum = 0;
  for (const [i, j] of coords) {
    const f = fixed[i]?.[j];
    if (f !== undefined) pinnedSum += f;
    else freeSum += table[i]?.[j] ?? 0;
  }
  const factor = (target - pinnedSum) / freeSum;
  if (!(factor > 0)) throw new Error('Published mean times leave no positive time for the unpinned cells.');
  for (const [i, j] of coords) {
    if (fixed[i]?.[j] === undefined) table[i]![j] = (table[i]?.[j] ?? 0) * factor;
  }
  return Math.abs(factor - 1);
}

/**
 * Per-run agent times in tenths of a second (cells x TASKS). Each cell's total is its mean times
 * 16, rounded to a tenth; it is shared out over the cell's runs by log-normal weights, with
 * harder tasks and failed runs taking longer, no run over an hour, and the rounding remainder
 * handed to the runs with the largest fractional parts so the total is exact.
 */
export function runTimesDeciseconds(cells: readonly CellSpec[], means: readonly number[], passed: readonly boolean[][], rng: Rng): number[][] {
  return cells.map((cell, ci) => {
    const total = Math.round((means[ci] ?? 0) * RUNS_PER_CELL * 10);
    const weights = TASKS.map((spec, ti) => {
      const failed = passed[ci]?.[ti] !== true;
      return Math.exp(0.45 * rng.normal()) * (0.55 + 0.9 * spec.hardness) * (failed ? 1.5 : 1);
    });
    const exact = capShares(total, weights, MAX_RUN_DS);
    const times = exact.map(Math.floor);
    let left = total - times.reduce((a, b) => a + b, 0);
    const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      times[i] = (times[i] ?? 0) + 1;
      left--;
    }
    const longest = Math.max(...times);
    if (longest > MAX_RUN_DS) throw new Error(`A run of ${cell.sweep} ${cell.model} + ${cell.harness} would take ${longest / 10} s, over the limit.`);
    const shortest = Math.min(...times);
    if (shortest < 10) throw new Error(`A run of ${cell.sweep} ${cell.model} + ${cell.harness} would take under a second (${shortest / 10} s).`);
    return times;
  });
}

/**
 * Splits `total` in proportion to `weights`, except that no share exceeds `cap`: capped shares
 * are pinned and the rest re-split among the others (water-filling).
 */
function capShares(total: number, weights: readonly number[], cap: number): number[] {
  if (total > cap * weights.length) throw new Error(`A cell total of ${total / 10} s cannot fit under ${cap / 10} s per run.`);
  const capped = weights.map(() => false);
  for (;;) {
    let freeWeight = 0;
    let freeTotal = total;
    weights.forEach((w, i) => {
      if (capped[i]) freeTotal -= cap;
      else freeWeight += w;
    });
    const shares = weights.map((w, i) => (capped[i] ? cap : (freeTotal * w) / freeWeight));
    let changed = false;
    shares.forEach((x, i) => {
      if (!capped[i] && x > cap) {
        capped[i] = true;
        changed = true;
      }
    });
    if (!changed) return shares;
  }
}
