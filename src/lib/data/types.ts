/** What a grading run did with the hidden grader: left it alone, ran it, or read its source. */
export type GraderAccess = 'none' | 'ran' | 'read';

/** One agent attempt at one task: a row of runs.csv. */
export interface Run {
  sweep: string;
  model: string;
  quant: string;
  harness: string;
  task: string;
  seed: number;
  passed: boolean;
  agentTimeS: number;
  graderMentions: number;
  graderAccess: GraderAccess;
}

/** A row of models.csv. */
export interface ModelInfo {
  model: string;
  family: string;
  totalParamsB: number;
  activeParamsB: number;
}

/** A row of tasks.csv. */
export interface TaskInfo {
  task: string;
  language: string;
}

/** Everything one benchmark directory holds, validated as a whole. */
export interface Benchmark {
  dir: string;
  runs: Run[];
  models: ModelInfo[];
  tasks: TaskInfo[];
}
