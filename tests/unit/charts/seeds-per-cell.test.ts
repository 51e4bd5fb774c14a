import { describe, expect, it } from 'vitest';
import { maxSeedsPerCell } from '../../../src/lib/charts/seeds-per-cell';
import { run } from '../aggregate/run-factory';

describe('maxSeedsPerCell', () => {
  it('is 0 without runs and 1 when every cell ran once', () => {
    expect(maxSeedsPerCell([])).toBe(0);
    expect(maxSeedsPerCell([run({ task: 'a', passed: true, agentTimeS: 1 }), run({ task: 'b', passed: true, agentTimeS: 1 })])).toBe(1);
  });
  it('counts distinct seeds of the fullest cell, not repeated rows', () => {
    const runs = [
      run({ task: 'a', seed: 0, passed: true, agentTimeS: 1 }),
      run({ task: 'a', seed: 1, passed: false, agentTimeS: 1 }),
      run({ task: 'a', seed: 1, passed: false, agentTimeS: 1 }),
      run({ task: 'a', seed: 2, harness: 'other', passed: true, agentTimeS: 1 }),
    ];
    expect(maxSeedsPerCell(runs)).toBe(2);
  });
});
