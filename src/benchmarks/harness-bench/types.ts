/**
 * harness-bench's rows as its datapackage.json declares them (data/harness-bench/), typed for
 * the report's code. The loader checks every row against the package before these types apply.
 */

/** What a run did with the hidden grader: left it alone, ran it, or read its source. */
export type GraderAccess = 'none' | 'ran' | 'read';

/** One agent attempt at one task: a row of runs.csv. */
export interface HarnessRun {
  sweep: string;
  model: string;
  quant: string;
  harness: string;
  task: string;
  seed: number;
  /** 1 when the hidden grader accepted the work, else 0. */
  passed: 0 | 1;
  agent_time_s: number;
  grader_mentions: number;
  grader_access: GraderAccess;
}

/** A row of models.csv. */
export interface ModelRow {
  model: string;
  family: string;
  total_params_b: number;
  active_params_b: number;
}

/** A row of tasks.csv. */
export interface TaskRow {
  task: string;
  language: string;
}

/** The three datasets of one harness-bench folder, checked against each other. */
export interface HarnessBench {
  /** The folder, as the caller spelled it. */
  dir: string;
  runs: HarnessRun[];
  models: ModelRow[];
  tasks: TaskRow[];
}
