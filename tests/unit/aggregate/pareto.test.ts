import { describe, expect, it } from 'vitest';
import { paretoFrontier as pareto, type ParetoOptions } from '../../../src/lib/aggregate/pareto';

type P = { id: string; avgTimeS: number; rate: number };
const byTimeAndRate: ParetoOptions<P> = { x: (r) => r.avgTimeS, y: (r) => r.rate };
const paretoFrontier = (rows: readonly P[]): P[] => pareto(rows, byTimeAndRate);

const p = (id: string, avgTimeS: number, rate: number): P => ({ id, avgTimeS, rate });

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

describe('paretoFrontier with other better ends', () => {
  const q = (id: string, x: number, y: number) => ({ id, x, y });
  const rows = [q('a', 1, 1), q('b', 2, 2), q('c', 3, 3), q('d', 2, 1)];
  it('keeps the points no other beats when higher x is better', () => {
    // Higher x and higher y: c (3, 3) beats everything.
    expect(pareto(rows, { x: (r) => r.x, y: (r) => r.y, xBetter: 'higher' }).map((r) => r.id)).toEqual(['c']);
  });
  it('keeps the points no other beats when lower y is better, from the best x', () => {
    // Lower x and lower y: a (1, 1) beats b, c and d.
    expect(pareto(rows, { x: (r) => r.x, y: (r) => r.y, yBetter: 'lower' }).map((r) => r.id)).toEqual(['a']);
    // Higher x, lower y: c has the best x; d (2, 1) beats b (2, 2) on y at the same x, and beats
    // a (1, 1) on x at the same y; nothing beats d. From the best x: c, then d.
    expect(pareto(rows, { x: (r) => r.x, y: (r) => r.y, xBetter: 'higher', yBetter: 'lower' }).map((r) => r.id)).toEqual(['c', 'd']);
  });
});
