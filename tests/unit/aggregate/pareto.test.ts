import { describe, expect, it } from 'vitest';
import { paretoFrontier } from '../../../src/lib/aggregate/pareto';

const p = (id: string, avgTimeS: number, rate: number) => ({ id, avgTimeS, rate });

describe('paretoFrontier', () => {
  it('keeps the staircase, fastest first', () => {
    const rows = [p('slow-best', 400, 1), p('mid', 100, 0.8), p('fast', 30, 0.5), p('beaten', 200, 0.7), p('worst', 500, 0.1)];
    // beaten: mid is faster (100 < 200) and better (.8 > .7). worst: everything beats it.
    expect(paretoFrontier(rows).map((r) => r.id)).toEqual(['fast', 'mid', 'slow-best']);
  });

  it('drops a row equal on one axis and worse on the other', () => {
    // same time, lower rate: dominated; same rate, slower: dominated.
    const rows = [p('a', 50, 0.9), p('same-time-worse', 50, 0.8), p('same-rate-slower', 60, 0.9)];
    expect(paretoFrontier(rows).map((r) => r.id)).toEqual(['a']);
  });

  it('keeps exact ties together, in input order', () => {
    const rows = [p('twin2', 50, 0.9), p('other', 10, 0.2), p('twin1', 50, 0.9)];
    expect(paretoFrontier(rows).map((r) => r.id)).toEqual(['other', 'twin2', 'twin1']);
  });

  it('handles empty and single inputs and keeps the row objects', () => {
    expect(paretoFrontier([])).toEqual([]);
    const only = p('only', 1, 0);
    expect(paretoFrontier([only])[0]).toBe(only);
  });

  it('matches the brute-force definition on a grid with many ties', () => {
    const rows: Array<ReturnType<typeof p>> = [];
    for (let t = 0; t < 6; t++) for (let r = 0; r < 4; r++) if ((t * 7 + r * 3) % 5 !== 0) rows.push(p(`${t}:${r}`, t * 10, r / 4));
    const dominated = (x: ReturnType<typeof p>) =>
      rows.some(
        (y) => y.avgTimeS <= x.avgTimeS && y.rate >= x.rate && (y.avgTimeS < x.avgTimeS || y.rate > x.rate),
      );
    const expected = rows.filter((x) => !dominated(x)).map((x) => x.id);
    expect(paretoFrontier(rows).map((r) => r.id).sort()).toEqual(expected.sort());
  });
});
