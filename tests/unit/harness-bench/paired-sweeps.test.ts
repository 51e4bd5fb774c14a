import { describe, expect, it } from 'vitest';
import { pairedSweeps, pairedSweepsTotal } from '../../../src/benchmarks/harness-bench/stats';
import { run } from './run-factory';

describe('pairedSweeps', () => {
  const runs = [
    // m1: q4 at Q4 1/2 (times 10, 20), q8 at Q8 2/2 (30, 50)
    run({ sweep: 'q4', model: 'm1', quant: 'Q4', task: 'a', passed: true, agentTimeS: 10 }),
    run({ sweep: 'q4', model: 'm1', quant: 'Q4', task: 'b', passed: false, agentTimeS: 20 }),
    run({ sweep: 'q8', model: 'm1', quant: 'Q8', task: 'a', passed: true, agentTimeS: 30 }),
    run({ sweep: 'q8', model: 'm1', quant: 'Q8', task: 'b', passed: true, agentTimeS: 50 }),
    // m2: q4 2/2, q8 0/2
    run({ sweep: 'q4', model: 'm2', quant: 'Q4', task: 'a', passed: true, agentTimeS: 1 }),
    run({ sweep: 'q4', model: 'm2', quant: 'Q4', task: 'b', passed: true, agentTimeS: 3 }),
    run({ sweep: 'q8', model: 'm2', quant: 'Q8', task: 'a', passed: false, agentTimeS: 5 }),
    run({ sweep: 'q8', model: 'm2', quant: 'Q8', task: 'b', passed: false, agentTimeS: 7 }),
    // m3 only in q4
    run({ sweep: 'q4', model: 'm3', quant: 'Q4', task: 'a', passed: true, agentTimeS: 100 }),
  ];

  it('pairs shared models and orders them by sweep a', () => {
    const rows = pairedSweeps(runs, 'q4', 'q8');
    // m2 (2/2 in q4) before m1 (1/2); m3 is not in q8.
    expect(rows.map((r) => [r.model, r.quantA, r.quantB, r.a.passed, r.b.passed, r.delta])).toEqual([
      ['m2', 'Q4', 'Q8', 2, 0, -2],
      ['m1', 'Q4', 'Q8', 1, 2, 1],
    ]);
    // m1 times: q4 (10+20)/2 = 15, q8 (30+50)/2 = 40
    expect([rows[1]?.a.avgTimeS, rows[1]?.b.avgTimeS]).toEqual([15, 40]);
  });

  it('totals the shared models only', () => {
    const t = pairedSweepsTotal(runs, 'q4', 'q8');
    // a: 1 + 2 = 3/4, times (10+20+1+3)/4 = 8.5; b: 2 + 0 = 2/4, (30+50+5+7)/4 = 23; delta -1
    expect([t.models, t.a.passed, t.a.runs, t.a.avgTimeS, t.b.passed, t.b.runs, t.b.avgTimeS, t.delta]).toEqual([
      2, 3, 4, 8.5, 2, 4, 23, -1,
    ]);
  });

  it('restricts to a task', () => {
    const rows = pairedSweeps(runs, 'q4', 'q8', 'b');
    // m2: 1/1 -> 0/1; m1: 0/1 -> 1/1
    expect(rows.map((r) => [r.model, r.a.passed, r.a.runs, r.b.passed, r.b.runs, r.delta])).toEqual([
      ['m2', 1, 1, 0, 1, -1],
      ['m1', 0, 1, 1, 1, 1],
    ]);
    // m3 ran only task a in q4, so with task a it is still unpaired: 2 models
    expect(pairedSweepsTotal(runs, 'q4', 'q8', 'a').models).toBe(2);
  });

  it('rejects a model at two quants in one sweep, unknown sweeps and unknown tasks', () => {
    const twoQuants = [...runs, run({ sweep: 'q8', model: 'm1', quant: 'Q6', task: 'c', passed: true, agentTimeS: 1 })];
    expect(() => pairedSweeps(twoQuants, 'q4', 'q8')).toThrow('Model "m1" appears at two quants in sweep "q8" ("Q8" and "Q6")');
    expect(() => pairedSweeps(runs, 'q4', 'q5')).toThrow('There are no runs in sweep "q5"');
    expect(() => pairedSweeps(runs, 'q4', 'q8', 'zz')).toThrow('Neither sweep "q4" nor sweep "q8" has runs of task "zz".');
  });

  it('returns no rows, and a total error, when nothing is shared', () => {
    const apart = [
      run({ sweep: 'x', model: 'a', passed: true, agentTimeS: 1 }),
      run({ sweep: 'y', model: 'b', passed: true, agentTimeS: 1 }),
    ];
    expect(pairedSweeps(apart, 'x', 'y')).toEqual([]);
    expect(() => pairedSweepsTotal(apart, 'x', 'y')).toThrow('Sweeps "x" and "y" share no models.');
  });
});
