import type { GraderAccess, HarnessRun } from '../../../src/benchmarks/harness-bench/types';

interface RunFields {
  sweep?: string;
  model?: string;
  quant?: string;
  harness?: string;
  task?: string;
  seed?: number;
  passed: boolean;
  agentTimeS: number;
  graderMentions?: number;
  graderAccess?: GraderAccess;
}

/** A run of runs.csv with harmless defaults, so each test spells out only the fields it is about. */
export function run(f: RunFields): HarnessRun {
  return {
    sweep: f.sweep ?? 's1',
    model: f.model ?? 'm1',
    quant: f.quant ?? 'q',
    harness: f.harness ?? 'h1',
    task: f.task ?? 't1',
    seed: f.seed ?? 0,
    passed: f.passed ? 1 : 0,
    agent_time_s: f.agentTimeS,
    grader_mentions: f.graderMentions ?? 0,
    grader_access: f.graderAccess ?? 'none',
  };
}
