import { describe, expect, it } from 'vitest';
import { benchStats } from '../../../src/lib/aggregate/bench-stats';
import { cellStats } from '../../../src/lib/aggregate/cells';
import { harnessStats } from '../../../src/lib/aggregate/harnesses';
import { modelHarnessStats } from '../../../src/lib/aggregate/model-harness';
import { modelStats } from '../../../src/lib/aggregate/models';
import { pairedSweeps } from '../../../src/lib/aggregate/paired-sweeps';
import { taskStats } from '../../../src/lib/aggregate/tasks';
import type { Benchmark, Run } from '../../../src/lib/data/types';

function run(sweep: string, model: string, harness: string, task: string, passed: boolean, agentTimeS: number): Run {
  return { sweep, model, quant: sweep === 'q4' ? 'Q4' : 'Q8', harness, task, seed: 0, passed, agentTimeS, graderMentions: 0, graderAccess: 'none' };
}

const bench: Benchmark = {
  dir: 'mem',
  models: [
    { model: 'm1', family: 'f', totalParamsB: 7, activeParamsB: 7 },
    { model: 'm2', family: 'f', totalParamsB: 30, activeParamsB: 3 },
  ],
  tasks: [
    { task: 't1', language: 'Rust' },
    { task: 't2', language: 'Python' },
  ],
  runs: [
    run('q8', 'm2', 'h1', 't1', true, 10),
    run('q4', 'm1', 'h1', 't1', true, 20),
    run('q4', 'm1', 'h2', 't2', false, 30),
    run('q4', 'm2', 'h1', 't2', true, 40),
    run('q8', 'm1', 'h2', 't1', false, 50),
  ],
};

describe('benchStats', () => {
  it('gives what the aggregate functions give', () => {
    const stats = benchStats(bench);
    expect(stats.cells()).toEqual(cellStats(bench.runs));
    expect(stats.tasks()).toEqual(taskStats(bench.runs, bench.tasks));
    for (const sweep of ['q4', 'q8']) {
      expect(stats.models(sweep)).toEqual(modelStats(bench.runs, sweep));
      expect(stats.harnesses(sweep)).toEqual(harnessStats(bench.runs, sweep));
      expect(stats.modelHarness(sweep)).toEqual(modelHarnessStats(bench.runs, sweep));
    }
    expect(stats.paired('q4', 'q8')).toEqual(pairedSweeps(bench.runs, 'q4', 'q8'));
    expect(stats.names()).toEqual({ sweeps: ['q4', 'q8'], models: ['m1', 'm2'] });
  });

  it('computes each aggregate once and keeps arguments apart', () => {
    const stats = benchStats(bench);
    expect(stats.cells()).toBe(stats.cells());
    expect(stats.models('q4')).toBe(stats.models('q4'));
    expect(stats.models('q8')).not.toBe(stats.models('q4'));
    expect(stats.models('q8').map((m) => m.sweep)).toEqual(['q8', 'q8']);
    expect(stats.paired('q8', 'q4')).not.toBe(stats.paired('q4', 'q8'));
  });

  it('reports a sweep without runs as the aggregate functions do', () => {
    expect(() => benchStats(bench).models('q5')).toThrow('There are no runs in sweep "q5"; the sweeps are: q4, q8.');
  });
});
