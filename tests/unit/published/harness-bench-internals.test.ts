import { describe, expect, it } from 'vitest';
import { MinCostFlow } from '../../../src/benchmarks/harness-bench/generate/min-cost-flow';
import { createRng } from '../../../src/benchmarks/harness-bench/generate/rng';
import { roundHalfEven } from '../../../src/benchmarks/harness-bench/generate/verify';

describe('harness-bench generator internals', () => {
  it('rounds exact ratios half to even, like the published tables', () => {
    // 65/80 = 81.25% -> 812 tenths; 55/80 = 68.75% -> 688; 5/2 -> 2; 7/2 -> 4; 2070/10 -> 207.
    expect(roundHalfEven(65 * 1000, 80)).toBe(812);
    expect(roundHalfEven(55 * 1000, 80)).toBe(688);
    expect(roundHalfEven(5, 2)).toBe(2);
    expect(roundHalfEven(7, 2)).toBe(4);
    expect(roundHalfEven(2070, 10)).toBe(207);
    expect(roundHalfEven(4749, 10)).toBe(475);
  });

  it('finds the cheapest full assignment in a small flow graph', () => {
    // Two rows needing one unit each, two columns taking one each. Costs row0->col0 1,
    // row0->col1 5, row1->col0 2, row1->col1 10: the optimum is row0->col1, row1->col0 (7),
    // not the greedy row0->col0, row1->col1 (11).
    const f = new MinCostFlow(6);
    f.addEdge(0, 1, 1, 0);
    f.addEdge(0, 2, 1, 0);
    const e00 = f.addEdge(1, 3, 1, 1);
    const e01 = f.addEdge(1, 4, 1, 5);
    const e10 = f.addEdge(2, 3, 1, 2);
    const e11 = f.addEdge(2, 4, 1, 10);
    f.addEdge(3, 5, 1, 0);
    f.addEdge(4, 5, 1, 0);
    expect(f.run(0, 5)).toBe(2);
    expect([f.flowOn(e00), f.flowOn(e01), f.flowOn(e10), f.flowOn(e11)]).toEqual([0, 1, 1, 0]);
  });

  it('reports less flow than asked when the capacities cannot carry it', () => {
    const f = new MinCostFlow(3);
    f.addEdge(0, 1, 3, 0);
    f.addEdge(1, 2, 2, -1);
    expect(f.run(0, 2)).toBe(2);
  });

  it('draws the same numbers for the same seed and label, and different ones otherwise', () => {
    const draw = (seed: number, label: string): number[] => {
      const rng = createRng(seed, label);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
    for (const x of draw(3, 'c')) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
