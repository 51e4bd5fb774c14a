import { taskStats } from '../stats';
import type { HarnessRun, TaskRow } from '../types';
import { shownStats, type ShownStats } from './shown-stats';

export type TaskShown = ShownStats & { task: string; language: string };

export interface TasksSection {
  /** Every task over every run of the benchmark, hardest first. */
  rows: TaskShown[];
  /** Tasks that every run passed. */
  alwaysPassed: TaskShown[];
  /** The `hardestCount` hardest tasks, hardest first. */
  hardest: TaskShown[];
  /** Languages with their task counts, most tasks first, then name. */
  languages: Array<{ language: string; tasks: number }>;
}

export function tasksSection(runs: readonly HarnessRun[], tasks: readonly TaskRow[], hardestCount = 6): TasksSection {
  const rows = taskStats(runs, tasks).map((t) => ({ ...shownStats(t), task: t.task, language: t.language }));
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(t.language, (counts.get(t.language) ?? 0) + 1);
  return {
    rows,
    alwaysPassed: rows.filter((t) => t.passed === t.runs).sort((a, b) => (a.task < b.task ? -1 : a.task > b.task ? 1 : 0)),
    hardest: rows.slice(0, hardestCount),
    languages: [...counts]
      .map(([language, n]) => ({ language, tasks: n }))
      .sort((a, b) => b.tasks - a.tasks || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0)),
  };
}
