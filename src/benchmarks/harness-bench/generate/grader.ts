import type { GraderAccess } from '../types';
import type { CellSpec } from './cells';
import type { Rng } from './rng';
import {
  HARNESSES,
  KNOWN_TRACE,
  Q4_ACCESS_KINDS,
  Q4_GRADER,
  Q8_ACCESS_KINDS,
  Q8_GRADER,
  SWEEP_Q4,
  SWEEP_Q8,
  TASKS,
} from './targets';

export interface GraderColumns {
  mentions: number[][];
  access: GraderAccess[][];
}

interface RunRef {
  ci: number;
  ti: number;
}

/**
 * Grader mentions and access per run (cells x TASKS). Per sweep and harness, exactly the chosen
 * or published number of runs touch the grader (passed and failed as published), harder tasks
 * being likelier places to peek; then the remaining mention-only runs are drawn uniformly from
 * that harness's other runs. A run that touched the grader always mentions it.
 */
export function assignGrader(cells: readonly CellSpec[], passed: readonly boolean[][], rng: Rng): GraderColumns {
  const mentions = cells.map(() => TASKS.map(() => 0));
  const access = cells.map(() => TASKS.map((): GraderAccess => 'none'));

  for (const [sweep, table, kinds] of [
    [SWEEP_Q4, Q4_GRADER, Q4_ACCESS_KINDS],
    [SWEEP_Q8, Q8_GRADER, Q8_ACCESS_KINDS],
  ] as const) {
    for (const harness of HARNESSES) {
      const want = table[harness];
      const runs: RunRef[] = [];
      cells.forEach((c, ci) => {
        if (c.sweep === sweep && c.harness === harness) TASKS.forEach((_, ti) => runs.push({ ci, ti }));
      });
      const isTrace = (r: RunRef): boolean => {
        const c = cells[r.ci];
        return (
          c !== undefined &&
          c.sweep === KNOWN_TRACE.sweep &&
          c.model === KNOWN_TRACE.model &&
          c.harness === KNOWN_TRACE.harness &&
          TASKS[r.ti]?.task === KNOWN_TRACE.task
        );
      };
      const trace = runs.filter(isTrace);
      // Peeking pays off where the task is hard; the always-passed warm-ups rarely tempt it.
      const hardWeight = (r: RunRef): number => 0.02 + (TASKS[r.ti]?.hardness ?? 0) ** 2;
      const pool = runs.filter((r) => !isTrace(r));
      const pickedPassed = weightedSample(
        pool.filter((r) => passed[r.ci]?.[r.ti] === true),
        want.accessedPassed - trace.length,
        hardWeight,
        rng,
      );
      const pickedFailed = weightedSample(
        pool.filter((r) => passed[r.ci]?.[r.ti] !== true),
        want.accessed - want.accessedPassed,
        hardWeight,
        rng,
      );
      // Shuffle the free accesses, then hand out 'read' (the trace's kind) and 'ran' to the exact chosen counts.
      const free = shuffle([...pickedPassed, ...pickedFailed], rng);
      const readLeft = kinds.read - trace.length;
      if (want.accessed > 0 && (readLeft < 0 || free.length !== kinds.ran + readLeft)) {
        throw new Error(`Grader access kinds for ${sweep} ${harness} do not add up to ${want.accessed}.`);
      }
      for (const r of trace) access[r.ci]![r.ti] = KNOWN_TRACE.access;
      free.forEach((r, k) => {
        access[r.ci]![r.ti] = k < readLeft ? 'read' : 'ran';
      });
      const touched = [...trace, ...free];
      for (const r of touched) mentions[r.ci]![r.ti] = 2 + Math.floor(rng.next() * 5);

      const rest = runs.filter((r) => access[r.ci]?.[r.ti] === 'none');
      const mentionOnly = weightedSample(rest, want.mentions - touched.length, () => 1, rng);
      for (const r of mentionOnly) mentions[r.ci]![r.ti] = 1 + Math.floor(rng.next() * 3);
    }
  }
  return { mentions, access };
}

/** k items without replacement, probability proportional to weight (Efraimidis-Spirakis keys). */
function weightedSample<T>(items: readonly T[], k: number, weight: (item: T) => number, rng: Rng): T[] {
  if (k < 0 || k > items.length) throw new Error(`Cannot draw ${k} of ${items.length} runs for the grader columns.`);
  return items
    .map((item, i) => ({ item, i, key: Math.log(rng.next() + 1e-300) / weight(item) }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .slice(0, k)
    .map((x) => x.item);
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}
