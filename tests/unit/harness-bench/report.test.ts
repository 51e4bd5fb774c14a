/**
 * The write-up's report on the committed data: every table and prose number compared, as printed,
 * with the published write-up (typed in from its tables, not taken from the code).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import type { HarnessBench } from '../../../src/benchmarks/harness-bench/types';
import { harnessBenchReport, type HarnessBenchReport } from '../../../src/benchmarks/harness-bench/report';

let bench: HarnessBench;
let r: HarnessBenchReport;
beforeAll(async () => {
  bench = await loadHarnessBench('data/harness-bench');
  r = harnessBenchReport(bench);
});

/**
 * Rows without their last column, the rank interval: it comes from a seeded bootstrap and has no
 * published value, so it is checked instead to hold the row's own rank (competition ranking on
 * the passes in column `passesAt`: rows tied on passes share the better rank).
 */
function withoutRanks(rows: ReadonlyArray<readonly string[]>, passesAt: number): string[][] {
  const passes = rows.map((row) => Number((row[passesAt] ?? '').split('/')[0]));
  rows.forEach((row, i) => {
    const rank = 1 + passes.filter((p) => p > (passes[i] ?? 0)).length;
    const m = /^(\d+)(?:\u2013(\d+))?$/.exec(row[row.length - 1] ?? '');
    expect(m, `rank interval of ${row[0]}: ${row[row.length - 1]}`).not.toBeNull();
    const lo = Number(m?.[1]);
    const hi = Number(m?.[2] ?? m?.[1]);
    expect(lo <= rank && rank <= hi, `${row[0]} ranks ${rank}, outside ${row[row.length - 1]}`).toBe(true);
  });
  return rows.map((row) => row.slice(0, -1));
}

describe('harness-bench report: tables', () => {
  it('lists the eight cells at 15/16 or better across both sweeps, by rate then time', () => {
    expect(r.cells.table.columns).toEqual(['Combo', 'Pass', 'Avg time']);
    expect(r.cells.table.rows).toEqual([
      ['Qwen3.6-27B UD-Q4_K_XL + pi', '16/16', '207 s'],
      ['gpt-oss-120b MXFP4 + pi', '15/16', '34 s'],
      ['Qwen3.6-35B-A3B UD-Q4_K_XL + qwen', '15/16', '108 s'],
      ['Qwen3.6-35B-A3B Q8_0 + claude', '15/16', '244 s'],
      ['gemma-4-26B-A4B-it UD-Q4_K_XL + opencode', '15/16', '307 s'],
      ['Qwen3.6-27B Q8_0 + qwen', '15/16', '395 s'],
      ['gemma-4-31b-it Q4_K_M + pi', '15/16', '422 s'],
      ['Qwen3.6-27B Q8_0 + opencode', '15/16', '462 s'],
    ]);
    expect(r.cells.table.foot).toEqual([]);
  });

  it('ranks the Q4 models', () => {
    expect(r.models.table.columns).toEqual(['Model', 'Quant', 'Pass', 'Rate', 'Avg agent time', 'Rank (95% interval)']);
    expect(withoutRanks(r.models.table.rows, 2)).toEqual([
      ['Qwen3.6-27B', 'UD-Q4_K_XL', '66/80', '82.5%', '474 s'],
      ['gemma-4-31b-it', 'Q4_K_M', '65/80', '81.2%', '582 s'],
      ['Qwen3.6-35B-A3B', 'UD-Q4_K_XL', '64/80', '80.0%', '215 s'],
      ['gpt-oss-120b', 'MXFP4', '62/80', '77.5%', '67 s'],
      ['Qwen3-Coder-Next', 'UD-Q4_K_XL', '56/80', '70.0%', '162 s'],
      ['gemma-4-26B-A4B-it', 'UD-Q4_K_XL', '56/80', '70.0%', '397 s'],
      ['Qwen3.5-35B-A3B', 'Q4_K_M', '55/80', '68.8%', '123 s'],
      ['Qwen3.5-27B', 'Q4_K_M', '55/80', '68.8%', '402 s'],
      ['gpt-oss-20b', 'Q4_K_M', '45/80', '56.2%', '96 s'],
      ['Qwen3-Omni-30B-A3B-Instruct', 'Q4_K_M', '27/80', '33.8%', '113 s'],
    ]);
  });

  it('ranks the Q4 harnesses', () => {
    expect(r.harnesses.table.columns).toEqual(['Harness', 'Pass', 'Rate', 'Avg agent time', 'Rank (95% interval)']);
    expect(withoutRanks(r.harnesses.table.rows, 1)).toEqual([
      ['pi', '123/160', '76.9%', '163 s'],
      ['qwen', '120/160', '75.0%', '191 s'],
      ['claude', '106/160', '66.2%', '306 s'],
      ['opencode', '102/160', '63.8%', '271 s'],
      ['aider', '100/160', '62.5%', '384 s'],
    ]);
  });

  it('shows grader mentions and access per harness, with the rate without grader-touching passes', () => {
    // Published: mentions 0/5/7/10/23, access 0/0/0/0/14; rates from the harness table; opencode 102 - 13 = 89 of 160.
    expect(r.grader.table.rows).toEqual([
      ['pi', '0', '0', '76.9%', '76.9%'],
      ['qwen', '5', '0', '75.0%', '75.0%'],
      ['claude', '7', '0', '66.2%', '66.2%'],
      ['aider', '10', '0', '62.5%', '62.5%'],
      ['opencode', '23', '14', '63.8%', '55.6%'],
    ]);
  });

  it('compares Q4 with Q8 in the published row order, with jax1 columns and the total row', () => {
    expect(r.quant.table.columns).toEqual(['Model', 'Q4 Pass', 'Q8 Pass', 'Δ', 'Q4 jax1', 'Q8 jax1']);
    expect(r.quant.table.rows).toEqual([
      ['Qwen3.6-35B-A3B', '64/80', '66/80', '+2', '5/5', '3/5'],
      ['Qwen3.6-27B', '66/80', '65/80', '-1', '2/5', '4/5'],
      ['gemma-4-31b-it', '65/80', '59/80', '-6', '0/5', '0/5'],
      ['Qwen3.5-27B', '55/80', '52/80', '-3', '2/5', '0/5'],
      ['Qwen3.5-35B-A3B', '55/80', '51/80', '-4', '5/5', '3/5'],
      ['Qwen3-Coder-Next', '56/80', '55/80', '-1', '0/5', '2/5'],
      ['gpt-oss-20b', '45/80', '52/80', '+7', '3/5', '2/5'],
    ]);
    expect(r.quant.table.foot).toEqual([['7-model total', '406/560', '400/560', '-6', '17/35', '14/35']]);
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
