import type { Run, TaskInfo } from '../data/types';
import { groupRuns } from './group-runs';
import { byName, byRateDesc, type PassStats } from './pass-stats';

export type TaskStats = { task: string; language: string } & PassStats;

/**
 * One row per task over every run given (all sweeps, models, harnesses, seeds), with the task's
 * language from `tasks`. Tasks without runs are left out. Sorted hardest first (lowest pass
 * rate), then by task name. A run whose task is not in `tasks` is an error.
 */
export function taskStats(runs: readonly Run[], tasks: readonly TaskInfo[]): TaskStats[] {
  const language = new Map(tasks.map((t) => [t.task, t.language]));
  return groupRuns(runs, ['task'])
    .map((row) => {
      const lang = language.get(row.task);
      if (lang === undefined) throw new RangeError(`Task "${row.task}" has runs but is not in the task list.`);
      return { task: row.task, language: lang, ...statsOf(row) };
    })
    .sort((a, b) => byRateDesc(b, a) || byName(a.task, b.task));
}

function statsOf(s: PassStats): PassStats {
  return { runs: s.runs, passed: s.passed, rate: s.rate, avgTimeS: s.avgTimeS, ci: s.ci };
}
