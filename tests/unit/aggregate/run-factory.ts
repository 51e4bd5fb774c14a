import type { GraderAccess, Run } from '../../../src/lib/data/types';

/** A run with harmless defaults, so each test spells out only the fields it is about. */
export function run(fields: Partial<Run> & { passed: boolean; agentTimeS: number }): Run {
  const graderAccess: GraderAccess = fields.graderAccess ?? 'none';
  return {
    sweep: 's1',
    model: 'm1',
    quant: 'q',
    harness: 'h1',
    task: 't1',
    seed: 0,
    graderMentions: 0,
    ...fields,
    graderAccess,
  };
}
