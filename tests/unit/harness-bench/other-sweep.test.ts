import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cellStats,
  graderAccessStats,
  harnessStats,
  modelHarnessStats,
  modelStats,
  pairedSweeps,
  pairedSweepsTotal,
  passStats,
  taskStats,
  type CellStats,
} from '../../../src/benchmarks/harness-bench/stats';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import type { HarnessBench } from '../../../src/benchmarks/harness-bench/types';
import { paretoFrontier as pareto } from '../../../src/lib/aggregate/pareto';
import { formatRatePasses, formatSeconds } from '../../../src/lib/format';

// Expected tables for tests/fixtures/other-sweep, worked out by hand from the design table in
// its README (each cell = 2 tasks x 3 seeds = 6 runs; each model in a sweep = 12 runs).
const DIR = fileURLToPath(new URL('../../fixtures/other-sweep', import.meta.url));
const L = 'Tiny "Llama", 3B';
const X = 'Mixtral-8x7B';
const P = 'Phi-4';
const S = 'swe-agent';
const M = 'mini, agent';

let bench: HarnessBench;
const paretoFrontier = (cells: readonly CellStats[]): CellStats[] => pareto(cells, { x: (c) => c.avgTimeS, y: (c) => c.rate });
beforeAll(async () => {
  bench = await loadHarnessBench(DIR);
});

describe('other-sweep: cellStats', () => {
  it('gives every (sweep, model, quant, harness) cell, sweep by sweep, best first', () => {
    const rows = cellStats(bench.runs).map((r) => [r.sweep, r.model, r.quant, r.harness, r.passed, r.runs, r.avgTimeS]);
    expect(rows).toEqual([
      // base X/M: py1 3 passes + c1 0+1+1 = 5; time 3*60 + 3*90 = 450, /6 = 75
      ['base', X, 'Q4_K_M', M, 5, 6, 75],
      // base X/S: 3 + 2 = 5; (100+110+120) + 3*200 = 930, /6 = 155 (same rate, slower: second)
      ['base', X, 'Q4_K_M', S, 5, 6, 155],
      // base L/M: 3 + 1 = 4; 15 + 90 = 105, /6 = 17.5
      ['base', L, 'Q4_0', M, 4, 6, 17.5],
      // base L/S: 2 + 0 = 2; (10+20+30) + (40+50+60) = 210, /6 = 35
      ['base', L, 'Q4_0', S, 2, 6, 35],
      // tuned X/S: 3 + 3 = 6; 390 + (210+220+230) = 1050, /6 = 175
      ['tuned', X, 'Q6_K', S, 6, 6, 175],
      // tuned L/M: 3 + 2 = 5; 18 + 99 = 117, /6 = 19.5
      ['tuned', L, 'Q8_0', M, 5, 6, 19.5],
      // tuned X/M: 3 + 2 = 5; 210 + 285 = 495, /6 = 82.5
      ['tuned', X, 'Q6_K', M, 5, 6, 82.5],
      // tuned L/S: 3 + 1 = 4; (12.5+12+11.5) + 135 = 171, /6 = 28.5
      ['tuned', L, 'Q8_0', S, 4, 6, 28.5],
      // tuned P/M: 1 + 0 = 1; 450 + 750 = 1200, /6 = 200
      ['tuned', P, 'Q8_0', M, 1, 6, 200],
      // tuned P/S: 0; 900 + 1200 = 2100, /6 = 350
      ['tuned', P, 'Q8_0', S, 0, 6, 350],
    ]);
  });

  it('attaches rate and Wilson interval', () => {
    const top = cellStats(bench.runs).find((r) => r.sweep === 'tuned' && r.model === X && r.harness === S);
    // 6/6: lo = 1 - (3.8416/6)/(1 + 3.8416/6) = 1 - .640267/1.640267 = 1 - .390341 = .609659
    expect(top?.rate).toBe(1);
    expect(top?.ci.hi).toBe(1);
    // 6/6: lo = 1 / (1 + z²/6) with z = 1.959964, z² = 3.841459: 1 / 1.640243 = 0.609666
    expect(top?.ci.lo).toBeCloseTo(0.609666, 5);
  });
});

describe('other-sweep: modelStats', () => {
  it('ranks (sweep, model, quant) rows by rate across sweeps', () => {
    const rows = modelStats(bench.runs).map((r) => [r.sweep, r.model, r.quant, r.passed, r.runs, r.avgTimeS]);
    expect(rows).toEqual([
      // tuned X: 6 + 5 = 11/12; 1050 + 495 = 1545, /12 = 128.75
      ['tuned', X, 'Q6_K', 11, 12, 128.75],
      // base X: 5 + 5 = 10/12; 930 + 450 = 1380, /12 = 115
      ['base', X, 'Q4_K_M', 10, 12, 115],
      // tuned L: 4 + 5 = 9/12; 171 + 117 = 288, /12 = 24
      ['tuned', L, 'Q8_0', 9, 12, 24],
      // base L: 2 + 4 = 6/12; 210 + 105 = 315, /12 = 26.25
      ['base', L, 'Q4_0', 6, 12, 26.25],
      // tuned P: 0 + 1 = 1/12; 2100 + 1200 = 3300, /12 = 275
      ['tuned', P, 'Q8_0', 1, 12, 275],
    ]);
  });

  it('keeps one sweep when asked and prints through format', () => {
    const rows = modelStats(bench.runs, 'base').map((r) => [
      r.model,
      formatRatePasses(r.passed, r.runs),
      formatSeconds(r.avgTimeS),
    ]);
    // 10/12 = 83.333 -> 83.3%; 115 s. 6/12 = 50.0%; 26.25 s -> 26 s (tie, 6 is even).
    expect(rows).toEqual([
      [X, '83.3%', '115 s'],
      [L, '50.0%', '26 s'],
    ]);
    // 128.75 s -> 129 s; 11/12 = 91.667 -> 91.7%.
    const tunedX = modelStats(bench.runs, 'tuned')[0];
    expect(tunedX && [formatRatePasses(tunedX.passed, tunedX.runs), formatSeconds(tunedX.avgTimeS)]).toEqual(['91.7%', '129 s']);
  });

  it('names the sweeps when asked for one that has no runs', () => {
    expect(() => modelStats(bench.runs, 'Base')).toThrow('There are no runs in sweep "Base"; the sweeps are: base, tuned.');
  });
});

describe('other-sweep: harnessStats', () => {
  it('ranks (sweep, harness) rows by rate', () => {
    const rows = harnessStats(bench.runs).map((r) => [r.sweep, r.harness, r.passed, r.runs]);
    expect(rows).toEqual([
      // base M: L/M 4 + X/M 5 = 9/12 = .75
      ['base', M, 9, 12],
      // tuned M: 5 + 5 + 1 = 11/18 = .611
      ['tuned', M, 11, 18],
      // base S: 2 + 5 = 7/12 = .583
      ['base', S, 7, 12],
      // tuned S: 4 + 6 + 0 = 10/18 = .556
      ['tuned', S, 10, 18],
    ]);
  });

  it('averages time over all the harness runs of the sweep', () => {
    const tuned = harnessStats(bench.runs, 'tuned');
    // M: 117 + 495 + 1200 = 1812, /18 = 100.667; S: 171 + 1050 + 2100 = 3321, /18 = 184.5
    expect(tuned.map((r) => r.harness)).toEqual([M, S]);
    expect(tuned[0]?.avgTimeS).toBeCloseTo(100.6667, 4);
    expect(tuned[1]?.avgTimeS).toBe(184.5);
    // base M: 105 + 450 = 555, /12 = 46.25
    expect(harnessStats(bench.runs, 'base')[0]?.avgTimeS).toBe(46.25);
  });
});

describe('other-sweep: taskStats', () => {
  it('lists tasks hardest first with their language', () => {
    const rows = taskStats(bench.runs, bench.tasks).map((r) => [r.task, r.language, r.passed, r.runs]);
    // c1_größe: 0+1+2+2 (base) + 1+2+3+2+0+0 (tuned) = 13/30
    // py1_parse: 2+3+3+3 (base) + 3+3+3+3+0+1 (tuned) = 24/30
    expect(rows).toEqual([
      ['c1_größe', 'C', 13, 30],
      ['py1_parse', 'Python', 24, 30],
    ]);
    const [c1, py1] = taskStats(bench.runs, bench.tasks);
    // c1 times: 150+90+600+270 + 135+99+660+285+1200+750 = 4239, /30 = 141.3
    // py1 times: 60+15+330+180 + 36+18+390+210+900+450 = 2589, /30 = 86.3
    expect(c1?.avgTimeS).toBeCloseTo(141.3, 10);
    expect(py1?.avgTimeS).toBeCloseTo(86.3, 10);
  });
});

describe('other-sweep: modelHarnessStats', () => {
  it('gives the heatmap cells of one sweep in name order', () => {
    const rows = modelHarnessStats(bench.runs, 'tuned').map((r) => [r.model, r.quant, r.harness, r.passed, r.runs]);
    // Code-unit order: "Mixtral" < "Phi" < "Tiny"; "mini, agent" < "swe-agent".
    expect(rows).toEqual([
      [X, 'Q6_K', M, 5, 6],
      [X, 'Q6_K', S, 6, 6],
      [P, 'Q8_0', M, 1, 6],
      [P, 'Q8_0', S, 0, 6],
      [L, 'Q8_0', M, 5, 6],
      [L, 'Q8_0', S, 4, 6],
    ]);
  });
});

describe('other-sweep: pairedSweeps', () => {
  it('pairs the models both sweeps ran, whatever their quants', () => {
    const rows = pairedSweeps(bench.runs, 'base', 'tuned').map((r) => [
      r.model,
      r.quantA,
      r.quantB,
      r.a.passed,
      r.a.runs,
      r.b.passed,
      r.b.runs,
      r.delta,
    ]);
    // Phi-4 ran only in tuned, so it is left out. X: 10/12 -> 11/12 (+1); L: 6/12 -> 9/12 (+3).
    expect(rows).toEqual([
      [X, 'Q4_K_M', 'Q6_K', 10, 12, 11, 12, 1],
      [L, 'Q4_0', 'Q8_0', 6, 12, 9, 12, 3],
    ]);
  });

  it('totals the shared models', () => {
    const t = pairedSweepsTotal(bench.runs, 'base', 'tuned');
    // a: 10 + 6 = 16/24, time (1380 + 315)/24 = 1695/24 = 70.625
    // b: 11 + 9 = 20/24, time (1545 + 288)/24 = 1833/24 = 76.375 (Phi-4's 3300 s not included)
    expect([t.models, t.a.passed, t.a.runs, t.b.passed, t.b.runs, t.delta]).toEqual([2, 16, 24, 20, 24, 4]);
    expect(t.a.avgTimeS).toBe(70.625);
    expect(t.b.avgTimeS).toBe(76.375);
  });

  it('restricts to one task', () => {
    const rows = pairedSweeps(bench.runs, 'base', 'tuned', 'c1_größe').map((r) => [
      r.model,
      r.a.passed,
      r.a.runs,
      r.a.avgTimeS,
      r.b.passed,
      r.b.runs,
      r.b.avgTimeS,
      r.delta,
    ]);
    // X: base 2 (S) + 2 (M) = 4/6, (600+270)/6 = 145; tuned 3 + 2 = 5/6, (660+285)/6 = 157.5
    // L: base 0 + 1 = 1/6, (150+90)/6 = 40; tuned 1 + 2 = 3/6, (135+99)/6 = 39
    expect(rows).toEqual([
      [X, 4, 6, 145, 5, 6, 157.5, 1],
      [L, 1, 6, 40, 3, 6, 39, 2],
    ]);
    const t = pairedSweepsTotal(bench.runs, 'base', 'tuned', 'c1_größe');
    // 4 + 1 = 5/12 -> 5 + 3 = 8/12, +3
    expect([t.a.passed, t.a.runs, t.b.passed, t.b.runs, t.delta]).toEqual([5, 12, 8, 12, 3]);
  });

  it('works in either direction', () => {
    const rows = pairedSweeps(bench.runs, 'tuned', 'base').map((r) => [r.model, r.quantA, r.delta]);
    // Sorted by tuned rate: X 11/12, L 9/12; deltas base - tuned: 10 - 11 = -1, 6 - 9 = -3.
    expect(rows).toEqual([
      [X, 'Q6_K', -1],
      [L, 'Q8_0', -3],
    ]);
  });
});

describe('other-sweep: paretoFrontier over the cells', () => {
  it('keeps the cells nothing beats on both time and rate', () => {
    const front = paretoFrontier(cellStats(bench.runs)).map((r) => [r.sweep, r.model, r.harness, r.avgTimeS]);
    // By time: 17.5 (base L/M, 4/6) on; 19.5 (tuned L/M, 5/6) on; 28.5 (4/6), 35 (2/6), 75 (5/6),
    // 82.5 (5/6), 155 (5/6) all beaten by 19.5 s at 5/6; 175 (tuned X/S, 6/6) on; 200 and 350 beaten.
    expect(front).toEqual([
      ['base', L, M, 17.5],
      ['tuned', L, M, 19.5],
      ['tuned', X, S, 175],
    ]);
  });
});

describe('other-sweep: graderAccessStats', () => {
  it('counts mentions and access per harness over all runs', () => {
    const rows = graderAccessStats(bench.runs).map((r) => [
      r.harness,
      r.mentions,
      r.accessed,
      r.accessedPassed,
      r.ran,
      r.read,
      r.all.passed,
      r.all.runs,
      r.withoutAccess.passed,
      r.withoutAccess.runs,
    ]);
    // M: mentions base L/M/c1 seed 1 (3, none) and tuned P/M/py1 seed 0 (1, read, passed) = 2;
    //    accessed 1 (read), passed 1; all 9 + 11 = 20/30; without 20 - 1 = 19/30.
    // S: mentions base X/S/c1 seeds 0 (ran, passed) and 1 (read, passed), tuned L/S/c1 seed 1 (ran, failed) = 3;
    //    accessed 3 (ran 2, read 1), passed 2; all 7 + 10 = 17/30; without 17 - 2 = 15/30.
    expect(rows).toEqual([
      [M, 2, 1, 1, 0, 1, 20, 30, 19, 30],
      [S, 3, 3, 2, 2, 1, 17, 30, 15, 30],
    ]);
  });

  it('restricts to one sweep', () => {
    const rows = graderAccessStats(bench.runs, 'base').map((r) => [r.harness, r.mentions, r.accessed, r.withoutAccess.passed, r.withoutAccess.runs]);
    // M: 1 mention, no access, 9/12 stays 9/12. S: 2 mentions, both accessed and passed: 7 - 2 = 5/12.
    expect(rows).toEqual([
      [M, 1, 0, 9, 12],
      [S, 2, 2, 5, 12],
    ]);
    // Without access keeps the runs and their times: S base = L/S 210 + X/S 930 = 1140, /12 = 95.
    const s = graderAccessStats(bench.runs, 'base')[1];
    expect(s?.withoutAccess.avgTimeS).toBe(95);
    expect(s?.all.avgTimeS).toBe(95);
  });
});

describe('other-sweep: passStats', () => {
  it('totals every run', () => {
    const t = passStats(bench.runs);
    // 16 (base) + 21 (tuned) = 37 of 60; time 1695 + 5133 = 6828, /60 = 113.8
    expect([t.passed, t.runs]).toEqual([37, 60]);
    expect(t.avgTimeS).toBeCloseTo(113.8, 10);
  });
});
