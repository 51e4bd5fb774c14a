/**
 * Every figure the harness-bench write-up publishes, re-derived from data/harness-bench through
 * the site's own loader, aggregates and formatters, and compared as the printed string. Expected
 * values are typed from the write-up's tables, not taken from the code. The same checks run on a
 * second reconstruction (another seed, written to a temp dir) to show the figures do not depend
 * on one lucky draw.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHarnessBench } from '../../../src/benchmarks/harness-bench/generate/generate';
import {
  cellStats,
  graderAccessStats,
  harnessStats,
  modelHarnessStats,
  modelStats,
  pairedSweeps,
  pairedSweepsTotal,
  taskStats,
  type CellStats,
} from '../../../src/benchmarks/harness-bench/stats';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import type { HarnessBench } from '../../../src/benchmarks/harness-bench/types';
import { paretoFrontier as pareto } from '../../../src/lib/aggregate/pareto';
import { formatDelta, formatPasses, formatPercentInt, formatRate, formatSeconds } from '../../../src/lib/format';

const JAX1 = 'jax1_complex_lp';
/** The speed/accuracy frontier of the write-up: lower mean time and higher pass rate are better. */
const paretoFrontier = (cells: readonly CellStats[]): CellStats[] => pareto(cells, { x: (c) => c.avgTimeS, y: (c) => c.rate });
const PT7 = 'pt7_prompt_blend';

let otherSeedDir = '';
beforeAll(async () => {
  otherSeedDir = await mkdtemp(join(tmpdir(), 'harness-bench-seed7-'));
  const { files } = generateHarnessBench(7);
  for (const [name, text] of Object.entries(files)) await writeFile(join(otherSeedDir, name), text, 'utf8');
});
afterAll(async () => {
  if (otherSeedDir) await rm(otherSeedDir, { recursive: true, force: true });
});

describe.each([
  ['the committed data', (): string => 'data/harness-bench'],
  ['a reconstruction from seed 7', (): string => otherSeedDir],
])('harness-bench published figures, %s', (_label, dir) => {
  let bench: HarnessBench;
  beforeAll(async () => {
    bench = await loadHarnessBench(dir());
  });

  it('has the published design: 1360 single-seed runs in 85 cells over two sweeps', () => {
    const { runs } = bench;
    expect(runs).toHaveLength(1360);
    expect(new Set(runs.map((r) => r.seed))).toEqual(new Set([0]));
    expect(new Set(runs.map((r) => r.sweep))).toEqual(new Set(['q4', 'q8']));
    expect(new Set(runs.map((r) => r.harness))).toEqual(new Set(['aider', 'claude', 'opencode', 'pi', 'qwen']));
    const cells = cellStats(runs);
    expect(cells).toHaveLength(85);
    expect(cells.filter((c) => c.sweep === 'q4')).toHaveLength(50);
    expect(cells.filter((c) => c.sweep === 'q8')).toHaveLength(35);
    expect(cells.every((c) => c.runs === 16)).toBe(true);
    expect(new Set(runs.filter((r) => r.sweep === 'q8').map((r) => r.quant))).toEqual(new Set(['Q8_0']));
  });

  it('lists the models with their published sizes and families', () => {
    const rows = bench.models.map((m) => `${m.model} | ${m.family} | ${m.total_params_b} | ${m.active_params_b}`).sort();
    expect(rows).toEqual(
      [
        'Qwen3.6-27B | Qwen3.6 | 27 | 27',
        'gemma-4-31b-it | gemma-4 | 31 | 31',
        'Qwen3.6-35B-A3B | Qwen3.6 | 35 | 3',
        'gpt-oss-120b | gpt-oss | 117 | 5.1',
        'Qwen3-Coder-Next | Qwen3-Coder | 80 | 3',
        'gemma-4-26B-A4B-it | gemma-4 | 26 | 4',
        'Qwen3.5-35B-A3B | Qwen3.5 | 35 | 3',
        'Qwen3.5-27B | Qwen3.5 | 27 | 27',
        'gpt-oss-20b | gpt-oss | 21 | 3.6',
        'Qwen3-Omni-30B-A3B-Instruct | Qwen3-Omni | 30 | 3',
      ].sort(),
    );
  });

  it('has 16 tasks in the seven published languages, including the eight published ids', () => {
    expect(bench.tasks).toHaveLength(16);
    expect(new Set(bench.tasks.map((t) => t.language))).toEqual(new Set(['Python', 'PyTorch', 'JAX', 'C', 'C++', 'Rust', 'SQL']));
    const ids = bench.tasks.map((t) => t.task);
    for (const id of ['sql1_recursive', 'p2_shortest_path', 'pt3_rope_gqa', JAX1, PT7, 'pt6_generate_cached', 'rs1_arena', 'pt5_logit_lens']) {
      expect(ids).toContain(id);
    }
    const prefix: Record<string, string> = { p: 'Python', pt: 'PyTorch', jax: 'JAX', c: 'C', cpp: 'C++', rs: 'Rust', sql: 'SQL' };
    for (const t of bench.tasks) expect(prefix[/^[a-z]+/.exec(t.task)?.[0] ?? ''], t.task).toBe(t.language);
  });

  it('reproduces the table of cells at 15/16 or better, and no other cell gets there', () => {
    const top = cellStats(bench.runs)
      .filter((c) => c.passed >= 15)
      .sort((a, b) => b.passed - a.passed || a.avgTimeS - b.avgTimeS)
      .map((c) => `${c.model} ${c.quant} + ${c.harness} | ${formatPasses(c.passed, c.runs)} | ${formatSeconds(c.avgTimeS)}`);
    expect(top).toEqual([
      'Qwen3.6-27B UD-Q4_K_XL + pi | 16/16 | 207 s',
      'gpt-oss-120b MXFP4 + pi | 15/16 | 34 s',
      'Qwen3.6-35B-A3B UD-Q4_K_XL + qwen | 15/16 | 108 s',
      'Qwen3.6-35B-A3B Q8_0 + claude | 15/16 | 244 s',
      'gemma-4-26B-A4B-it UD-Q4_K_XL + opencode | 15/16 | 307 s',
      'Qwen3.6-27B Q8_0 + qwen | 15/16 | 395 s',
      'gemma-4-31b-it Q4_K_M + pi | 15/16 | 422 s',
      'Qwen3.6-27B Q8_0 + opencode | 15/16 | 462 s',
    ]);
  });

  it('puts pi in the top tier three times, qwen and opencode twice, claude once, aider never', () => {
    const count = (h: string): number => cellStats(bench.runs).filter((c) => c.passed >= 15 && c.harness === h).length;
    expect(['pi', 'qwen', 'opencode', 'claude', 'aider'].map(count)).toEqual([3, 2, 2, 1, 0]);
  });

  it('reproduces the Q4 model table', () => {
    const rows = modelStats(bench.runs, 'q4').map(
      (r) => `${r.model} | ${r.quant} | ${formatPasses(r.passed, r.runs)} | ${formatRate(r.rate)} | ${formatSeconds(r.avgTimeS)}`,
    );
    expect(rows).toEqual([
      'Qwen3.6-27B | UD-Q4_K_XL | 66/80 | 82.5% | 474 s',
      'gemma-4-31b-it | Q4_K_M | 65/80 | 81.2% | 582 s',
      'Qwen3.6-35B-A3B | UD-Q4_K_XL | 64/80 | 80.0% | 215 s',
      'gpt-oss-120b | MXFP4 | 62/80 | 77.5% | 67 s',
      'Qwen3-Coder-Next | UD-Q4_K_XL | 56/80 | 70.0% | 162 s',
      'gemma-4-26B-A4B-it | UD-Q4_K_XL | 56/80 | 70.0% | 397 s',
      'Qwen3.5-35B-A3B | Q4_K_M | 55/80 | 68.8% | 123 s',
      'Qwen3.5-27B | Q4_K_M | 55/80 | 68.8% | 402 s',
      'gpt-oss-20b | Q4_K_M | 45/80 | 56.2% | 96 s',
      'Qwen3-Omni-30B-A3B-Instruct | Q4_K_M | 27/80 | 33.8% | 113 s',
    ]);
  });

  it('reproduces the Q4 harness table', () => {
    const rows = harnessStats(bench.runs, 'q4').map(
      (r) => `${r.harness} | ${formatPasses(r.passed, r.runs)} | ${formatRate(r.rate)} | ${formatSeconds(r.avgTimeS)}`,
    );
    expect(rows).toEqual([
      'pi | 123/160 | 76.9% | 163 s',
      'qwen | 120/160 | 75.0% | 191 s',
      'claude | 106/160 | 66.2% | 306 s',
      'opencode | 102/160 | 63.8% | 271 s',
      'aider | 100/160 | 62.5% | 384 s',
    ]);
  });

  it('reproduces the Q4 vs Q8 table with its jax1_complex_lp columns and total row', () => {
    const jax = new Map(pairedSweeps(bench.runs, 'q4', 'q8', JAX1).map((r) => [r.model, r]));
    const rows = pairedSweeps(bench.runs, 'q4', 'q8').map((r) => {
      const j = jax.get(r.model);
      const jaxCols = j ? `${formatPasses(j.a.passed, j.a.runs)} | ${formatPasses(j.b.passed, j.b.runs)}` : 'missing';
      return `${r.model} | ${r.quantB} | ${formatPasses(r.a.passed, r.a.runs)} | ${formatPasses(r.b.passed, r.b.runs)} | ${formatDelta(r.delta)} | ${jaxCols}`;
    });
    expect([...rows].sort()).toEqual(
      [
        'Qwen3.6-35B-A3B | Q8_0 | 64/80 | 66/80 | +2 | 5/5 | 3/5',
        'Qwen3.6-27B | Q8_0 | 66/80 | 65/80 | -1 | 2/5 | 4/5',
        'gemma-4-31b-it | Q8_0 | 65/80 | 59/80 | -6 | 0/5 | 0/5',
        'Qwen3.5-27B | Q8_0 | 55/80 | 52/80 | -3 | 2/5 | 0/5',
        'Qwen3.5-35B-A3B | Q8_0 | 55/80 | 51/80 | -4 | 5/5 | 3/5',
        'Qwen3-Coder-Next | Q8_0 | 56/80 | 55/80 | -1 | 0/5 | 2/5',
        'gpt-oss-20b | Q8_0 | 45/80 | 52/80 | +7 | 3/5 | 2/5',
      ].sort(),
    );
    const total = pairedSweepsTotal(bench.runs, 'q4', 'q8');
    const totalJax = pairedSweepsTotal(bench.runs, 'q4', 'q8', JAX1);
    expect(
      `${total.models}-model total | ${formatPasses(total.a.passed, total.a.runs)} | ${formatPasses(total.b.passed, total.b.runs)} | ` +
        `${formatDelta(total.delta)} | ${formatPasses(totalJax.a.passed, totalJax.a.runs)} | ${formatPasses(totalJax.b.passed, totalJax.b.runs)}`,
    ).toBe('7-model total | 406/560 | 400/560 | -6 | 17/35 | 14/35');
  });

  it('makes every Q8 model slower on average than its Q4 run', () => {
    const rows = pairedSweeps(bench.runs, 'q4', 'q8');
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r.b.avgTimeS, r.model).toBeGreaterThan(r.a.avgTimeS);
  });

  it('drops gemma-4-31b-it + opencode from 13/16 at Q4 to 8/16 at Q8', () => {
    const cell = (sweep: string): string => {
      const c = modelHarnessStats(bench.runs, sweep).find((r) => r.model === 'gemma-4-31b-it' && r.harness === 'opencode');
      return c ? formatPasses(c.passed, c.runs) : 'missing';
    };
    expect([cell('q4'), cell('q8')]).toEqual(['13/16', '8/16']);
  });

  it('passes pt7_prompt_blend in 42% of Q4 runs (21/50) and 51% of Q8 runs (18/35)', () => {
    const pt7 = (sweep: string): string => {
      const row = taskStats(
        bench.runs.filter((r) => r.sweep === sweep),
        bench.tasks,
      ).find((t) => t.task === PT7);
      return row ? `${formatPasses(row.passed, row.runs)} = ${formatPercentInt(row.rate)}` : 'missing';
    };
    expect([pt7('q4'), pt7('q8')]).toEqual(['21/50 = 42%', '18/35 = 51%']);
  });

  it('makes pt7_prompt_blend the only task whose Q8 pass rate beats Q4 by five points or more', () => {
    const rate = (sweep: string): Map<string, number> =>
      new Map(taskStats(bench.runs.filter((r) => r.sweep === sweep), bench.tasks).map((t) => [t.task, t.rate]));
    const q4 = rate('q4');
    const q8 = rate('q8');
    const clearGains = bench.tasks.map((t) => t.task).filter((t) => (q8.get(t) ?? 0) - (q4.get(t) ?? 0) >= 0.05);
    expect(clearGains).toEqual([PT7]);
  });

  it('has exactly sql1_recursive and p2_shortest_path passed by all 85 cells', () => {
    const always = taskStats(bench.runs, bench.tasks)
      .filter((t) => t.passed === t.runs)
      .map((t) => `${t.task} ${formatPasses(t.passed, t.runs)}`)
      .sort();
    expect(always).toEqual(['p2_shortest_path 85/85', 'sql1_recursive 85/85']);
  });

  it('orders the hardest tasks over the full sweep as published, each strictly easier than the last', () => {
    const rows = taskStats(bench.runs, bench.tasks);
    expect(rows.slice(0, 6).map((t) => t.task)).toEqual([
      'pt3_rope_gqa',
      JAX1,
      PT7,
      'pt6_generate_cached',
      'rs1_arena',
      'pt5_logit_lens',
    ]);
    for (let i = 1; i <= 6; i++) expect(rows[i]?.passed ?? 0, rows[i]?.task).toBeGreaterThan(rows[i - 1]?.passed ?? Infinity);
  });

  it('reproduces the Q4 grader table', () => {
    const rows = graderAccessStats(bench.runs, 'q4').map((g) => `${g.harness} | ${g.mentions} | ${g.accessed}`);
    expect(rows).toEqual(['pi | 0 | 0', 'qwen | 5 | 0', 'claude | 7 | 0', 'aider | 10 | 0', 'opencode | 23 | 14']);
  });

  it('has 13 of the 14 opencode grader runs passing, both kinds of access, and opencode last without them', () => {
    const stats = graderAccessStats(bench.runs, 'q4');
    const oc = stats.find((g) => g.harness === 'opencode');
    expect(oc?.accessedPassed).toBe(13);
    expect(oc?.ran).toBeGreaterThan(0);
    expect(oc?.read).toBeGreaterThan(0);
    expect(oc && `${formatPasses(oc.all.passed, oc.all.runs)} ${formatRate(oc.all.rate)}`).toBe('102/160 63.8%');
    expect(oc && `${formatPasses(oc.withoutAccess.passed, oc.withoutAccess.runs)} ${formatRate(oc.withoutAccess.rate)}`).toBe('89/160 55.6%');
    const lowest = [...stats].sort((a, b) => a.withoutAccess.rate - b.withoutAccess.rate)[0];
    expect(lowest?.harness).toBe('opencode');
  });

  it('shows the model x harness remarks: two collapses, two flat models, one opencode outlier', () => {
    const q4 = modelHarnessStats(bench.runs, 'q4');
    const passesOf = (model: string): Map<string, number> => new Map(q4.filter((c) => c.model === model).map((c) => [c.harness, c.passed]));
    const collapse = (model: string, harness: string): void => {
      const p = passesOf(model);
      const own = p.get(harness) ?? 0;
      const others = [...p].filter(([h]) => h !== harness).map(([, n]) => n);
      // "Collapses": far below every other harness of the same model, not just its worst.
      expect(Math.min(...others) - own, `${model} + ${harness}`).toBeGreaterThanOrEqual(5);
    };
    collapse('gpt-oss-120b', 'opencode');
    collapse('Qwen3.6-27B', 'aider');

    const spread = (model: string): number => {
      const ps = [...passesOf(model).values()];
      return Math.max(...ps) - Math.min(...ps);
    };
    const flat = ['Qwen3-Omni-30B-A3B-Instruct', 'gpt-oss-20b'];
    const others = bench.models.map((m) => m.model).filter((m) => !flat.includes(m));
    for (const m of flat) expect(spread(m), m).toBeLessThan(Math.min(...others.map(spread)));

    const outlier = q4.find((c) => c.model === 'gemma-4-26B-A4B-it' && c.harness === 'opencode');
    expect(outlier && `${formatPasses(outlier.passed, outlier.runs)} ${formatPercentInt(outlier.rate)}`).toBe('15/16 94%');
  });

  it('makes gpt-oss-120b + pi the fastest cell, and the Pareto frontier run from it to the one perfect cell', () => {
    const cells = cellStats(bench.runs);
    const fastest = [...cells].sort((a, b) => a.avgTimeS - b.avgTimeS)[0];
    expect(fastest && `${fastest.model} ${fastest.quant} + ${fastest.harness}`).toBe('gpt-oss-120b MXFP4 + pi');
    const frontier = paretoFrontier(cells);
    const label = (c: (typeof cells)[number] | undefined): string => (c ? `${c.model} ${c.quant} + ${c.harness}` : 'missing');
    expect(label(frontier[0])).toBe('gpt-oss-120b MXFP4 + pi');
    expect(label(frontier[frontier.length - 1])).toBe('Qwen3.6-27B UD-Q4_K_XL + pi');
  });

  it('has mostly aider and opencode cells among those slower than 700 s per task', () => {
    const slow = cellStats(bench.runs).filter((c) => c.avgTimeS > 700);
    const aiderOrOpencode = slow.filter((c) => c.harness === 'aider' || c.harness === 'opencode');
    expect(slow.length).toBeGreaterThan(0);
    expect(2 * aiderOrOpencode.length).toBeGreaterThan(slow.length);
  });
});
