import { describe, expect, it } from 'vitest';
import { rankIntervals } from '../../../src/lib/stats/rank-intervals';

/** Rows for one model: one row per (task, outcome) listed. */
const rows = (model: string, outcomes: Record<string, number[]>): { model: string; task: string; passed: number }[] =>
  Object.entries(outcomes).flatMap(([task, xs]) => xs.map((passed) => ({ model, task, passed })));

describe('rankIntervals', () => {
  it('gives certain ranks when the groups never overlap', () => {
    // Every resample of all-pass against all-fail keeps the order: ranks 1 and 2, intervals "1" and "2".
    const data = [...rows('b', { t1: [0, 0], t2: [0] }), ...rows('a', { t1: [1, 1], t2: [1] })];
    for (const unit of [undefined, 'task']) {
      const r = rankIntervals(data, {
        group: 'model',
        value: 'passed',
        seed: 1,
        replicates: 200,
        ...(unit ? { unit } : {}),
      });
      expect(r).toEqual([
        { group: 'a', estimate: 1, rank: 1, lo: 1, hi: 1, label: '1' },
        { group: 'b', estimate: 0, rank: 2, lo: 2, hi: 2, label: '2' },
      ]);
    }
  });

  it('gives tied groups the best rank of the tie, in every replicate when units are shared', () => {
    // x and y have identical outcomes per task, so every joint resample ties them at rank 1;
    // z is worse on every task, so it is 3rd (competition ranking: 1, 1, 3).
    const same = { t1: [1, 1], t2: [1, 0], t3: [0, 1] };
    const data = [...rows('z', { t1: [0, 0], t2: [0, 0], t3: [0, 0] }), ...rows('y', same), ...rows('x', same)];
    const r = rankIntervals(data, { group: 'model', value: 'passed', unit: 'task', seed: 5, replicates: 500 });
    expect(r.map(({ group, rank, label }) => [group, rank, label])).toEqual([
      ['x', 1, '1'],
      ['y', 1, '1'],
      ['z', 3, '3'],
    ]);
  });

  it('reports "1–2" for both of two groups that swap places across tasks', () => {
    // a passes t1 only, b passes t2 only. Drawing two tasks: {t1, t1} puts a first (prob 1/4),
    // {t2, t2} puts b first (1/4), a mixed draw ties them at rank 1 (1/2). Each is 2nd in about
    // a quarter of the replicates, far more than the 2.5% tail, so both intervals are 1 to 2.
    const data = [...rows('a', { t1: [1], t2: [0] }), ...rows('b', { t1: [0], t2: [1] })];
    const r = rankIntervals(data, { group: 'model', value: 'passed', unit: 'task', seed: 9 });
    expect(r).toEqual([
      { group: 'a', estimate: 0.5, rank: 1, lo: 1, hi: 2, label: '1\u20132' },
      { group: 'b', estimate: 0.5, rank: 1, lo: 1, hi: 2, label: '1\u20132' },
    ]);
  });

  it('ranks lower values first when asked, and accepts true/false outcomes', () => {
    const data = [
      { model: 'fast', seconds: 10 },
      { model: 'fast', seconds: 12 },
      { model: 'slow', seconds: 90 },
      { model: 'slow', seconds: 95 },
    ];
    const r = rankIntervals(data, { group: 'model', value: 'seconds', better: 'lower', seed: 2, replicates: 100 });
    expect(r.map((x) => [x.group, x.estimate, x.label])).toEqual([
      ['fast', 11, '1'],
      ['slow', 92.5, '2'],
    ]);
    const bools = [
      { m: 'p', ok: true },
      { m: 'q', ok: false },
    ];
    expect(rankIntervals(bools, { group: 'm', value: 'ok', seed: 1, replicates: 10 }).map((x) => x.estimate)).toEqual([
      1, 0,
    ]);
  });

  it('does not depend on the order of the rows', () => {
    const data = [
      ...rows('a', { t1: [1, 0, 1], t2: [0, 0, 1], t3: [1, 1, 1] }),
      ...rows('b', { t1: [1, 1, 0], t2: [0, 1, 0], t3: [1, 0, 1] }),
      ...rows('c', { t1: [0, 0, 1], t2: [1, 0, 0], t3: [0, 1, 1] }),
    ];
    const opts = { group: 'model', value: 'passed', unit: 'task', seed: 3, replicates: 300 };
    expect(rankIntervals([...data].reverse(), opts)).toEqual(rankIntervals(data, opts));
    const again = rankIntervals(data, opts);
    for (const g of again) expect(g.lo <= g.rank && g.rank <= g.hi).toBe(true);
  });

  it('names the row, field and value that is wrong, and a group missing a shared unit', () => {
    const opts = { group: 'model', value: 'passed', seed: 1, replicates: 10 };
    expect(() => rankIntervals([{ model: 'a', passed: 'yes' }], opts)).toThrow(
      'rankIntervals: row 1 has passed = "yes", not a finite number or true/false.',
    );
    expect(() => rankIntervals([{ model: 'a', passed: 1 }, { passed: 0 }], opts)).toThrow(
      'rankIntervals: row 2 has no field "model", not a string or number.',
    );
    const gappy = [...rows('a', { t1: [1], t2: [0] }), ...rows('b', { t1: [1] })];
    expect(() => rankIntervals(gappy, { ...opts, unit: 'task' })).toThrow(
      'rankIntervals: model "b" has no rows for task "t2"; resampling task jointly needs every model measured on every task.',
    );
    expect(() => rankIntervals([], opts)).toThrow('rankIntervals: there are no rows to rank.');
  });
});
