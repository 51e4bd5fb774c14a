import { describe, expect, it } from 'vitest';
import { cellKey, cellTasks, packCells, unpackRuns } from '../../../src/lib/charts/cell-tasks';
import { run } from '../aggregate/run-factory';

describe('cellKey', () => {
  it('cannot be confused by separators inside names', () => {
    expect(cellKey(['a|b', 'c'])).not.toBe(cellKey(['a', 'b|c']));
    expect(cellKey(['m', 'pi'])).toBe('["m","pi"]');
  });
});

describe('cellTasks', () => {
  const runs = [
    run({ model: 'm2', harness: 'pi', task: 'z_task', passed: true, agentTimeS: 12.5 }),
    run({ model: 'm1', harness: 'pi', task: 'b_task', seed: 1, passed: false, agentTimeS: 30, graderAccess: 'read' }),
    run({ model: 'm1', harness: 'pi', task: 'b_task', seed: 0, passed: true, agentTimeS: 20 }),
    run({ model: 'm1', harness: 'pi', task: 'a_task', passed: true, agentTimeS: 10, graderAccess: 'ran' }),
    run({ model: 'm1', harness: 'qwen', task: 'a_task', passed: false, agentTimeS: 5 }),
  ];

  it('groups runs by cell, tasks then seeds in order, keys sorted', () => {
    const out = cellTasks(runs, ['model', 'harness']);
    expect(out.keyFields).toEqual(['model', 'harness']);
    expect(Object.keys(out.cells)).toEqual(['["m1","pi"]', '["m1","qwen"]', '["m2","pi"]']);
    expect(out.cells['["m1","pi"]']).toEqual([
      { task: 'a_task', seed: 0, passed: true, timeS: 10, graderAccess: 'ran' },
      { task: 'b_task', seed: 0, passed: true, timeS: 20, graderAccess: 'none' },
      { task: 'b_task', seed: 1, passed: false, timeS: 30, graderAccess: 'read' },
    ]);
  });

  it('gives the same result for any order of runs', () => {
    expect(JSON.stringify(cellTasks([...runs].reverse(), ['model', 'harness']))).toBe(JSON.stringify(cellTasks(runs, ['model', 'harness'])));
  });

  it('rejects an empty key', () => {
    expect(() => cellTasks(runs, [])).toThrow(/at least one key field/);
  });
});

describe('packCells', () => {
  it('stores each run as a tuple and unpacks to the same runs', () => {
    const runs = [
      run({ model: 'm', harness: 'pi', task: 't2', seed: 1, passed: false, agentTimeS: 7.5, graderAccess: 'read' }),
      run({ model: 'm', harness: 'pi', task: 't1', passed: true, agentTimeS: 3 }),
    ];
    const ct = cellTasks(runs, ['model', 'harness']);
    const packed = packCells(ct);
    expect(packed.cells['["m","pi"]']).toEqual([
      ['t1', 0, 1, 3, 'none'],
      ['t2', 1, 0, 7.5, 'read'],
    ]);
    expect(unpackRuns(packed.cells['["m","pi"]'] ?? [])).toEqual(ct.cells['["m","pi"]']);
  });
});
