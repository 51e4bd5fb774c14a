/**
 * The write-up's report on the committed data: every table and prose number compared, as printed,
 * with the published write-up (typed in from its tables, not taken from the code; the tables are
 * in tests/support/harness-bench-published.ts, shared with the browser test of the page).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import type { HarnessBench } from '../../../src/benchmarks/harness-bench/types';
import { harnessBenchReport, type HarnessBenchReport } from '../../../src/benchmarks/harness-bench/report';
import {
  GRADER,
  HARNESS_COLUMNS,
  HARNESSES,
  MODELS_COLUMNS,
  MODELS_HEAD,
  MODELS_TAIL,
  QUANT_COLUMNS,
  QUANT_FOOT,
  quantRows,
  TOP_CELLS,
  TOP_CELLS_COLUMNS,
  withoutRanks,
} from '../../support/harness-bench-published';

let bench: HarnessBench;
let r: HarnessBenchReport;
beforeAll(async () => {
  bench = await loadHarnessBench('data/harness-bench');
  r = harnessBenchReport(bench);
});

describe('harness-bench report: tables', () => {
  it('lists the eight cells at 15/16 or better across both sweeps, by rate then time', () => {
    expect(r.cells.table.columns).toEqual(TOP_CELLS_COLUMNS);
    expect(r.cells.table.rows).toEqual(TOP_CELLS);
    expect(r.cells.table.foot).toEqual([]);
  });

  it('ranks the Q4 models', () => {
    expect(r.models.table.columns).toEqual(MODELS_COLUMNS);
    expect(withoutRanks(r.models.table.rows, 2)).toEqual([...MODELS_HEAD, ...MODELS_TAIL]);
  });

  it('ranks the Q4 harnesses', () => {
    expect(r.harnesses.table.columns).toEqual(HARNESS_COLUMNS);
    expect(withoutRanks(r.harnesses.table.rows, 1)).toEqual(HARNESSES);
  });

  it('shows grader mentions and access per harness, with the rate without grader-touching passes', () => {
    expect(r.grader.table.rows).toEqual(GRADER);
  });

  it('compares Q4 with Q8 in the published row order, with jax1 columns and the total row', () => {
    expect(r.quant.table.columns).toEqual(QUANT_COLUMNS);
    expect(r.quant.table.rows).toEqual(quantRows());
    expect(r.quant.table.foot).toEqual(QUANT_FOOT);
  });
});

describe('harness-bench report: numbers the prose quotes', () => {
  it('describes the design: 17 model-quants x 5 harnesses x 16 tasks = 1360 single runs in 85 cells', () => {
    expect(r.design).toMatchObject({ runs: 1360, cells: 85, modelQuants: 17, models: 10, tasks: 16, seedsPerCell: 1 });
    expect(r.design.harnesses).toEqual(['aider', 'claude', 'opencode', 'pi', 'qwen']);
    expect(r.design.sweeps.map((s) => [s.sweep, s.models])).toEqual([
      ['q4', 10],
      ['q8', 7],
    ]);
    expect([...(r.design.sweeps[0]?.quants ?? [])].sort()).toEqual(['MXFP4', 'Q4_K_M', 'UD-Q4_K_XL']);
    expect(r.design.sweeps[1]?.quants).toEqual(['Q8_0']);
  });

  it('has one perfect cell, the fast 15/16 cell about six times quicker, and the tier per harness', () => {
    expect(r.cells.perfect.map((c) => c.name)).toEqual(['Qwen3.6-27B UD-Q4_K_XL + pi']);
    expect(r.cells.tierBar).toBe('15/16');
    expect(r.cells.best.time).toBe('207 s');
    expect(r.cells.fastInTier?.name).toBe('gpt-oss-120b MXFP4 + pi');
    expect(r.cells.fastInTier?.percent).toBe('94%');
    expect(r.cells.fastInTierSpeedup).toBe('6');
    expect(Object.fromEntries(r.cells.tierByHarness.map((h) => [h.harness, h.count]))).toEqual({ pi: 3, qwen: 2, opencode: 2, claude: 1, aider: 0 });
    expect(r.cells.tierByHarness[0]?.harness).toBe('pi');
    expect(r.cells.fastest.name).toBe('gpt-oss-120b MXFP4 + pi');
    expect(r.cells.frontier[0]?.name).toBe('gpt-oss-120b MXFP4 + pi');
    expect(r.cells.frontier[r.cells.frontier.length - 1]?.name).toBe('Qwen3.6-27B UD-Q4_K_XL + pi');
  });

  it('has mostly aider and opencode cells above 700 s per task', () => {
    const n = r.cells.slow.byHarness.filter((h) => h.harness === 'aider' || h.harness === 'opencode').reduce((s, h) => s + h.count, 0);
    expect(r.cells.slow.count).toBeGreaterThan(0);
    expect(2 * n).toBeGreaterThan(r.cells.slow.count);
  });

  it('names the model ranking landmarks', () => {
    expect(r.models.best.model).toBe('Qwen3.6-27B');
    expect(r.models.runnerUp?.model).toBe('gemma-4-31b-it');
    expect(r.models.worst.model).toBe('Qwen3-Omni-30B-A3B-Instruct');
    expect(r.models.worst.ratePct).toBe('33.8%');
    // Qwen3.6-35B-A3B: 64/80 at 215 s against 66/80 at 474 s; 474 / 215 = 2.2.
    expect(r.models.nearTop?.model.model).toBe('Qwen3.6-35B-A3B');
    expect(r.models.nearTop?.behindBy).toBe(2);
    expect(r.models.nearTop?.bestIsSlowerBy).toBe('2.2');
    expect(r.models.fastest.model).toBe('gpt-oss-120b');
    expect(r.models.largest?.model).toBe('gpt-oss-120b');
    expect(r.models.largest?.rank).toBe(4);
  });

  it('names the best harness and the gap behind the top two', () => {
    expect([r.harnesses.best.harness, r.harnesses.best.ratePct, r.harnesses.best.time]).toEqual(['pi', '76.9%', '163 s']);
    // 75.0% - 66.25% = 8.75 -> "8.8"; 76.875% - 62.5% = 14.375 -> "14.4".
    expect(r.harnesses.gap).toEqual({ secondToThird: '8.8', firstToLast: '14.4' });
  });

  it('finds the two collapses, the two flat models and the opencode outlier in the Q4 heatmap', () => {
    expect(r.heatmap.collapses.map((c) => `${c.model} + ${c.harness}`)).toEqual(['gpt-oss-120b + opencode', 'Qwen3.6-27B + aider']);
    expect(r.heatmap.flat.map((f) => f.model).sort()).toEqual(['Qwen3-Omni-30B-A3B-Instruct', 'gpt-oss-20b']);
    expect(r.heatmap.outlier && [r.heatmap.outlier.model, r.heatmap.outlier.harness, r.heatmap.outlier.stats.passes, r.heatmap.outlier.stats.percent]).toEqual([
      'gemma-4-26B-A4B-it',
      'opencode',
      '15/16',
      '94%',
    ]);
    expect(r.heatmap.outlier?.harnessRate).toBe('63.8%');
  });

  it('counts opencode grader access: 14 runs, 13 passing, both kinds, last without them', () => {
    const p = r.grader.topPeeker;
    expect(p && [p.harness, p.accessed, p.accessedPassed]).toEqual(['opencode', 14, 13]);
    expect(p?.ran).toBeGreaterThan(0);
    expect(p?.read).toBeGreaterThan(0);
    expect(p?.without.passes).toBe('89/160');
    expect(r.grader.peekers).toHaveLength(1);
    expect(r.grader.clean).toEqual({ harnesses: ['pi', 'qwen', 'claude', 'aider'], runs: 640 });
    expect(r.grader.withoutRanking[r.grader.withoutRanking.length - 1]?.harness).toBe('opencode');
  });

  it('quotes the Q4 vs Q8 facts', () => {
    expect(r.quant.slowerInB).toBe(7);
    expect(r.quant.rows).toHaveLength(7);
    // -6 of 560 is -1.07%.
    expect(r.quant.total.deltaShare).toBe('-1%');
    expect([r.quant.biggestGain.model, r.quant.biggestGain.deltaText]).toEqual(['gpt-oss-20b', '+7']);
    expect([r.quant.biggestLoss.model, r.quant.biggestLoss.deltaText]).toEqual(['gemma-4-31b-it', '-6']);
    expect(r.quant.clearGains.map((g) => g.model)).toEqual(['gpt-oss-20b']);
    const drop = r.quant.worstCellDrop;
    expect(drop && [drop.model, drop.harness, drop.a.passes, drop.b.passes]).toEqual(['gemma-4-31b-it', 'opencode', '13/16', '8/16']);
    expect(r.quant.traceTask.a && [r.quant.traceTask.a.passes, r.quant.traceTask.a.percent]).toEqual(['21/50', '42%']);
    expect(r.quant.traceTask.b && [r.quant.traceTask.b.passes, r.quant.traceTask.b.percent]).toEqual(['18/35', '51%']);
    expect(r.quant.clearTaskGains).toEqual(['pt7_prompt_blend']);
    // From the published jax1 columns: up Qwen3.6-27B (2 -> 4) and Qwen3-Coder-Next (0 -> 2); down
    // Qwen3.6-35B-A3B, Qwen3.5-27B, Qwen3.5-35B-A3B and gpt-oss-20b; gemma-4-31b-it stays at 0/5.
    expect(r.quant.focusMoves).toEqual({ up: 2, down: 4 });
    // Published: gemma-4-31b-it's Q8 losses are spread thinly over tasks.
    expect(r.quant.lossSpread.losingTasks).toBeGreaterThanOrEqual(3);
    expect(r.quant.lossSpread.worstDrop).toBeLessThanOrEqual(2);
  });

  it('names the always-passed tasks and the hardest six in order', () => {
    expect(r.tasks.alwaysPassed.map((t) => `${t.task} ${t.passes}`)).toEqual(['p2_shortest_path 85/85', 'sql1_recursive 85/85']);
    expect(r.tasks.hardest.map((t) => t.task)).toEqual(['pt3_rope_gqa', 'jax1_complex_lp', 'pt7_prompt_blend', 'pt6_generate_cached', 'rs1_arena', 'pt5_logit_lens']);
    expect(r.tasks.languages.map((l) => l.language).sort()).toEqual(['C', 'C++', 'JAX', 'PyTorch', 'Python', 'Rust', 'SQL']);
  });
});

describe('harness-bench report: changed data', () => {
  it('puts models missing from the write-up order after the listed ones, and rejects a missing sweep', () => {
    const extra = bench.runs
      .filter((run) => run.model === 'gpt-oss-20b')
      .map((run) => ({ ...run, model: 'zz-new-model', passed: 1 as const }));
    const changed = harnessBenchReport({ ...bench, runs: [...bench.runs, ...extra] });
    expect(changed.quant.rows.map((row) => row.model)).toEqual([
      'Qwen3.6-35B-A3B',
      'Qwen3.6-27B',
      'gemma-4-31b-it',
      'Qwen3.5-27B',
      'Qwen3.5-35B-A3B',
      'Qwen3-Coder-Next',
      'gpt-oss-20b',
      'zz-new-model',
    ]);
    // Eight models of 80 runs a side now: 406 + 80 = 486 and 400 + 80 = 480 of 640.
    expect(changed.quant.table.foot).toEqual([['8-model total', '486/640', '480/640', '-6', '22/40', '19/40']]);
    expect(() => harnessBenchReport(bench, { b: 'q16' })).toThrow('the harness-bench report needs the sweep "q16", but the data has only "q4", "q8".');
  });
});
