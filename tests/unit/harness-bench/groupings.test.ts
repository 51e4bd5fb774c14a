import { describe, expect, it } from 'vitest';
import { cellStats } from '../../../src/benchmarks/harness-bench/stats';
import { graderAccessStats } from '../../../src/benchmarks/harness-bench/stats';
import { harnessStats } from '../../../src/benchmarks/harness-bench/stats';
import { modelHarnessStats } from '../../../src/benchmarks/harness-bench/stats';
import { modelStats } from '../../../src/benchmarks/harness-bench/stats';
import { taskStats } from '../../../src/benchmarks/harness-bench/stats';
import { run } from './run-factory';

describe('cellStats ordering', () => {
  it('sorts by sweep, rate, time, then names', () => {
    const runs = [
      run({ sweep: 'b', model: 'z', harness: 'h', passed: true, agentTimeS: 1 }),
      // sweep a: three cells at 1/1 and one at 0/1
      run({ sweep: 'a', model: 'slow', harness: 'h', passed: true, agentTimeS: 9 }),
      run({ sweep: 'a', model: 'fail', harness: 'h', passed: false, agentTimeS: 1 }),
      run({ sweep: 'a', model: 'fast', harness: 'h2', passed: true, agentTimeS: 2 }),
      run({ sweep: 'a', model: 'fast', harness: 'h1', passed: true, agentTimeS: 2 }),
    ];
    expect(cellStats(runs).map((r) => `${r.sweep}/${r.model}/${r.harness}`)).toEqual([
      'a/fast/h1', // 1/1 at 2 s; ties with fast/h2 broken by harness name
      'a/fast/h2',
      'a/slow/h', // 1/1 at 9 s
      'a/fail/h', // 0/1
      'b/z/h',
    ]);
  });

  it('returns the same rows for any input order', () => {
    const runs = [
      run({ model: 'a', harness: 'x', passed: true, agentTimeS: 3 }),
      run({ model: 'b', harness: 'x', passed: true, agentTimeS: 3 }),
      run({ model: 'a', harness: 'y', passed: false, agentTimeS: 3 }),
    ];
    expect(cellStats([...runs].reverse())).toEqual(cellStats(runs));
  });
});

describe('modelStats ordering', () => {
  it('breaks rate ties by passes, then time', () => {
    const runs = [
      // m-small: 1/2; m-big: 2/4 (same rate, more passes); m-quick: 1/2 but faster than m-small
      run({ model: 'm-small', passed: true, agentTimeS: 10 }),
      run({ model: 'm-small', passed: false, agentTimeS: 10 }),
      run({ model: 'm-big', passed: true, agentTimeS: 50 }),
      run({ model: 'm-big', passed: true, agentTimeS: 50 }),
      run({ model: 'm-big', passed: false, agentTimeS: 50 }),
      run({ model: 'm-big', passed: false, agentTimeS: 50 }),
      run({ model: 'm-quick', passed: true, agentTimeS: 1 }),
      run({ model: 'm-quick', passed: false, agentTimeS: 3 }),
    ];
    expect(modelStats(runs).map((r) => [r.model, r.passed, r.runs, r.avgTimeS])).toEqual([
      ['m-big', 2, 4, 50],
      ['m-quick', 1, 2, 2], // (1 + 3) / 2
      ['m-small', 1, 2, 10],
    ]);
  });

  it('keeps a model apart per quant', () => {
    const runs = [
      run({ model: 'm', quant: 'Q4', passed: true, agentTimeS: 1 }),
      run({ model: 'm', quant: 'Q8', passed: false, agentTimeS: 1 }),
    ];
    expect(modelStats(runs).map((r) => r.quant)).toEqual(['Q4', 'Q8']);
  });
});

describe('harnessStats', () => {
  it('filters to a sweep and ranks by rate', () => {
    const runs = [
      run({ sweep: 'q4', harness: 'pi', passed: true, agentTimeS: 1 }),
      run({ sweep: 'q4', harness: 'aider', passed: false, agentTimeS: 1 }),
      run({ sweep: 'q8', harness: 'aider', passed: true, agentTimeS: 1 }),
    ];
    expect(harnessStats(runs, 'q4').map((r) => [r.harness, r.passed, r.runs])).toEqual([
      ['pi', 1, 1],
      ['aider', 0, 1],
    ]);
    expect(harnessStats(runs).map((r) => `${r.sweep}/${r.harness}`)).toEqual(['q4/pi', 'q8/aider', 'q4/aider']);
  });
});

describe('taskStats', () => {
  const tasks = [
    { task: 'easy', language: 'SQL' },
    { task: 'hard', language: 'JAX' },
    { task: 'also-hard', language: 'C' },
    { task: 'unused', language: 'Rust' },
  ];

  it('puts the hardest first, ties by name, and skips tasks without runs', () => {
    const runs = [
      run({ task: 'easy', passed: true, agentTimeS: 1 }),
      run({ task: 'hard', passed: false, agentTimeS: 1 }),
      run({ task: 'also-hard', passed: false, agentTimeS: 1 }),
    ];
    expect(taskStats(runs, tasks).map((r) => [r.task, r.language, r.passed, r.runs])).toEqual([
      ['also-hard', 'C', 0, 1],
      ['hard', 'JAX', 0, 1],
      ['easy', 'SQL', 1, 1],
    ]);
  });

  it('rejects a run of a task it has no language for', () => {
    expect(() => taskStats([run({ task: 'ghost', passed: true, agentTimeS: 1 })], tasks)).toThrow(
      'Task "ghost" has runs but is not in the task list.',
    );
  });
});

describe('modelHarnessStats', () => {
  it('requires a sweep with runs', () => {
    expect(() => modelHarnessStats([run({ passed: true, agentTimeS: 1 })], 'nope')).toThrow(
      'There are no runs in sweep "nope"; the sweeps are: s1.',
    );
  });
});

describe('graderAccessStats', () => {
  it('treats passes of runs that ran or read the grader as failures in withoutAccess', () => {
    const runs = [
      run({ harness: 'oc', passed: true, agentTimeS: 1, graderMentions: 2, graderAccess: 'ran' }),
      run({ harness: 'oc', passed: true, agentTimeS: 1, graderMentions: 1, graderAccess: 'read' }),
      run({ harness: 'oc', passed: false, agentTimeS: 1, graderMentions: 1, graderAccess: 'read' }),
      run({ harness: 'oc', passed: true, agentTimeS: 1, graderMentions: 4 }),
      run({ harness: 'oc', passed: false, agentTimeS: 1 }),
      run({ harness: 'pi', passed: true, agentTimeS: 1 }),
    ];
    const [pi, oc] = graderAccessStats(runs);
    // pi: no mentions, 1/1 both ways.
    expect(pi && [pi.harness, pi.mentions, pi.accessed, pi.all.passed, pi.withoutAccess.passed]).toEqual(['pi', 0, 0, 1, 1]);
    // oc: mentions 4 runs; accessed 3 (ran 1, read 2); accessed and passed 2; all 3/5; without 3 - 2 = 1/5
    expect(oc && [oc.harness, oc.mentions, oc.accessed, oc.ran, oc.read, oc.accessedPassed]).toEqual(['oc', 4, 3, 1, 2, 2]);
    expect(oc && [oc.all.passed, oc.all.runs, oc.withoutAccess.passed, oc.withoutAccess.runs]).toEqual([3, 5, 1, 5]);
    expect(oc?.withoutAccess.rate).toBe(0.2);
  });
});
