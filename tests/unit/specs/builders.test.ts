import { describe, expect, it } from 'vitest';
import { isObject, specObject, type JsonObject } from '../../../src/lib/charts/json';
import { chooseSweeps, figureSpecs, type FigureName } from '../../../src/lib/specs/figure-specs';
import { SHIPPED_DIR, bench, tinyBench } from './support';

// Expected values in this file come from the published write-up
// (/work/shared/reference/harness-bench-published.md), typed in by hand.

type Row = Record<string, unknown>;

async function shipped(): Promise<Map<FigureName, JsonObject>> {
  const b = await bench(SHIPPED_DIR);
  return new Map(figureSpecs(b, chooseSweeps(b.runs)).map((f) => [f.name, specObject(f.spec)]));
}

function rows(spec: JsonObject | undefined): Row[] {
  const data = spec?.['data'];
  if (!isObject(data) || !Array.isArray(data['values'])) throw new Error('no inline data');
  return data['values'] as Row[];
}

function sortOf(spec: JsonObject | undefined, channel: 'x' | 'y'): unknown {
  const enc = spec?.['encoding'];
  return isObject(enc) && isObject(enc[channel]) ? enc[channel]['sort'] : undefined;
}

describe('task_difficulty (shipped data)', () => {
  it('lists tasks hardest first, starting with the six published hardest ids in order', async () => {
    const spec = (await shipped()).get('task_difficulty');
    const order = sortOf(spec, 'y') as string[];
    expect(order).toHaveLength(16);
    expect(order.slice(0, 6)).toEqual(['pt3_rope_gqa', 'jax1_complex_lp', 'pt7_prompt_blend', 'pt6_generate_cached', 'rs1_arena', 'pt5_logit_lens']);
    // Both tasks every one of the 85 cells passed, tied at 100%, then by name.
    expect(order.slice(14)).toEqual(['p2_shortest_path', 'sql1_recursive']);
    const last = rows(spec).filter((r) => r['task'] === 'sql1_recursive' || r['task'] === 'p2_shortest_path');
    expect(last.map((r) => [r['passesLabel'], r['rateLabel']])).toEqual([
      ['85/85', '100.0%'],
      ['85/85', '100.0%'],
    ]);
  });
});

describe('speed_vs_accuracy (shipped data)', () => {
  it('plots all 85 cells', async () => {
    expect(rows((await shipped()).get('speed_vs_accuracy'))).toHaveLength(85);
  });

  it('puts exactly the fastest 15/16 cell and the only 16/16 cell on the frontier, labelled', async () => {
    // Nothing is faster than gpt-oss-120b + pi (34 s, far left), and only Qwen3.6-27B + pi beats 15/16.
    const spec = (await shipped()).get('speed_vs_accuracy');
    const frontier = rows(spec).filter((r) => r['onFrontier'] === true);
    expect(frontier.map((r) => [r['label'], r['passesLabel'], r['timeLabel']])).toEqual([
      ['Qwen3.6-27B UD-Q4_K_XL + pi', '16/16', '207 s'],
      ['gpt-oss-120b MXFP4 + pi', '15/16', '34 s'],
    ]);
    const description = String(spec?.['description']);
    expect(description).toContain('gpt-oss-120b MXFP4 + pi (q4, 15/16 in 34 s) and Qwen3.6-27B UD-Q4_K_XL + pi (q4, 16/16 in 207 s)');
  });

  it('shows the other published 15/16 cells with their times', async () => {
    const all = rows((await shipped()).get('speed_vs_accuracy'));
    const tier = all.filter((r) => r['passesLabel'] === '15/16').map((r) => `${String(r['label'])} ${String(r['timeLabel'])}`);
    expect(tier.sort()).toEqual(
      [
        'gpt-oss-120b MXFP4 + pi 34 s',
        'Qwen3.6-35B-A3B UD-Q4_K_XL + qwen 108 s',
        'Qwen3.6-35B-A3B Q8_0 + claude 244 s',
        'gemma-4-26B-A4B-it UD-Q4_K_XL + opencode 307 s',
        'Qwen3.6-27B Q8_0 + qwen 395 s',
        'gemma-4-31b-it Q4_K_M + pi 422 s',
        'Qwen3.6-27B Q8_0 + opencode 462 s',
      ].sort(),
    );
  });
});

describe('size_vs_pass_rate (shipped data)', () => {
  it('has one point per Q4 model with its published size, family and pass count', async () => {
    const got = rows((await shipped()).get('size_vs_pass_rate')).map((r) => [r['model'], r['totalParamsB'], r['activeParamsB'], r['family'], r['passesLabel']]);
    expect(got.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(
      [
        ['Qwen3.6-27B', 27, 27, 'Qwen3.6', '66/80'],
        ['gemma-4-31b-it', 31, 31, 'gemma-4', '65/80'],
        ['Qwen3.6-35B-A3B', 35, 3, 'Qwen3.6', '64/80'],
        ['gpt-oss-120b', 117, 5.1, 'gpt-oss', '62/80'],
        ['Qwen3-Coder-Next', 80, 3, 'Qwen3-Coder', '56/80'],
        ['gemma-4-26B-A4B-it', 26, 4, 'gemma-4', '56/80'],
        ['Qwen3.5-35B-A3B', 35, 3, 'Qwen3.5', '55/80'],
        ['Qwen3.5-27B', 27, 27, 'Qwen3.5', '55/80'],
        ['gpt-oss-20b', 21, 3.6, 'gpt-oss', '45/80'],
        ['Qwen3-Omni-30B-A3B-Instruct', 30, 3, 'Qwen3-Omni', '27/80'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });
});

describe('harness_ranking (shipped data)', () => {
  it('ranks the Q4 harnesses as published, with intervals around each rate', async () => {
    const spec = (await shipped()).get('harness_ranking');
    expect(sortOf(spec, 'y')).toEqual(['pi', 'qwen', 'claude', 'opencode', 'aider']);
    expect(rows(spec).map((r) => [r['harness'], r['passesLabel'], r['rateLabel'], r['timeLabel']])).toEqual([
      ['pi', '123/160', '76.9%', '163 s'],
      ['qwen', '120/160', '75.0%', '191 s'],
      ['claude', '106/160', '66.2%', '306 s'],
      ['opencode', '102/160', '63.8%', '271 s'],
      ['aider', '100/160', '62.5%', '384 s'],
    ]);
    for (const r of rows(spec)) {
      expect(r['ciLo'] as number).toBeLessThan(r['rate'] as number);
      expect(r['ciHi'] as number).toBeGreaterThan(r['rate'] as number);
    }
  });
});

describe('model_harness_heatmap (shipped data)', () => {
  it('orders rows by the Q4 model ranking and columns by the harness ranking', async () => {
    const spec = (await shipped()).get('model_harness_heatmap');
    expect(sortOf(spec, 'y')).toEqual([
      'Qwen3.6-27B',
      'gemma-4-31b-it',
      'Qwen3.6-35B-A3B',
      'gpt-oss-120b',
      // Ties (56/80, then 55/80) by name, code-unit order: upper case before lower case.
      'Qwen3-Coder-Next',
      'gemma-4-26B-A4B-it',
      'Qwen3.5-27B',
      'Qwen3.5-35B-A3B',
      'gpt-oss-20b',
      'Qwen3-Omni-30B-A3B-Instruct',
    ]);
    expect(sortOf(spec, 'x')).toEqual(['pi', 'qwen', 'claude', 'opencode', 'aider']);
  });

  it('writes passes in the cells: 50 cells, the published 16/16 and 15/16 ones among them', async () => {
    const all = rows((await shipped()).get('model_harness_heatmap'));
    expect(all).toHaveLength(50);
    const cell = (model: string, harness: string) => all.find((r) => r['model'] === model && r['harness'] === harness)?.['passesLabel'];
    expect(cell('Qwen3.6-27B', 'pi')).toBe('16/16');
    expect(cell('gemma-4-26B-A4B-it', 'opencode')).toBe('15/16');
    expect(cell('gpt-oss-120b', 'pi')).toBe('15/16');
    expect(cell('Qwen3.6-35B-A3B', 'qwen')).toBe('15/16');
    expect(cell('gemma-4-31b-it', 'pi')).toBe('15/16');
    expect(all.filter((r) => r['passesLabel'] === '16/16' || r['passesLabel'] === '15/16')).toHaveLength(5);
  });
});

describe('q4_vs_q8 (shipped data)', () => {
  it('pairs the 7 sub-50B models with the published passes and changes', async () => {
    const all = rows((await shipped()).get('q4_vs_q8'));
    const byModel = new Map<unknown, Row[]>();
    for (const r of all) byModel.set(r['model'], [...(byModel.get(r['model']) ?? []), r]);
    const got = [...byModel].map(([model, [a, b]]) => [model, a?.['sweep'], a?.['passesLabel'], b?.['sweep'], b?.['passesLabel'], a?.['deltaLabel']]);
    expect(got.sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual(
      [
        ['Qwen3.6-35B-A3B', 'q4', '64/80', 'q8', '66/80', '+2'],
        ['Qwen3.6-27B', 'q4', '66/80', 'q8', '65/80', '-1'],
        ['gemma-4-31b-it', 'q4', '65/80', 'q8', '59/80', '-6'],
        ['Qwen3.5-27B', 'q4', '55/80', 'q8', '52/80', '-3'],
        ['Qwen3.5-35B-A3B', 'q4', '55/80', 'q8', '51/80', '-4'],
        ['Qwen3-Coder-Next', 'q4', '56/80', 'q8', '55/80', '-1'],
        ['gpt-oss-20b', 'q4', '45/80', 'q8', '52/80', '+7'],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  });

  it('states the 7-model totals in its description', async () => {
    const description = String((await shipped()).get('q4_vs_q8')?.['description']);
    expect(description).toContain('406/560');
    expect(description).toContain('400/560');
    expect(description).toContain('-6 passes');
  });
});

describe('chooseSweeps', () => {
  const models = [
    { model: 'A', totalParamsB: 1, activeParamsB: 1 },
    { model: 'B', totalParamsB: 2, activeParamsB: 2 },
  ];
  const base = { harnesses: ['h'], tasks: ['t'], passed: () => true };

  it('uses the only two sweeps in name order, and the one with the most models as primary', async () => {
    const b = await bench(SHIPPED_DIR);
    expect(chooseSweeps(b.runs)).toEqual({ primary: 'q4', pair: { a: 'q4', b: 'q8' } });
  });

  it('breaks a tie for the primary sweep by name', () => {
    const b = tinyBench({ ...base, models, sweeps: ['zeta', 'alpha'] });
    expect(chooseSweeps(b.runs)).toEqual({ primary: 'alpha', pair: { a: 'alpha', b: 'zeta' } });
  });

  it('honours named sweeps', () => {
    const b = tinyBench({ ...base, models, sweeps: ['s1', 's2', 's3'] });
    expect(chooseSweeps(b.runs, { primarySweep: 's3', sweepA: 's3', sweepB: 's1' })).toEqual({ primary: 's3', pair: { a: 's3', b: 's1' } });
  });

  it('pairs nothing when there is a single sweep', () => {
    const b = tinyBench({ ...base, models });
    expect(chooseSweeps(b.runs)).toEqual({ primary: 's1', pair: null });
    expect(figureSpecs(b, chooseSweeps(b.runs)).map((f) => f.name)).not.toContain('q4_vs_q8');
  });

  it('explains each impossible choice, naming the sweeps there are', () => {
    const three = tinyBench({ ...base, models, sweeps: ['s1', 's2', 's3'] }).runs;
    expect(() => chooseSweeps(three)).toThrow('The data has 3 sweeps, so name the two to compare (sweep A and sweep B); the sweeps are "s1", "s2", "s3".');
    expect(() => chooseSweeps(three, { sweepA: 's1' })).toThrow('Name both sweeps');
    expect(() => chooseSweeps(three, { sweepA: 's1', sweepB: 's1' })).toThrow('Sweep A and sweep B must differ, both are "s1".');
    expect(() => chooseSweeps(three, { primarySweep: 'q4' })).toThrow('The primary sweep "q4" has no runs; the sweeps are "s1", "s2", "s3".');
    expect(() => chooseSweeps(three, { sweepA: 's1', sweepB: 'nope' })).toThrow('The sweep B "nope" has no runs');
    const disjoint = [
      ...tinyBench({ ...base, models: [models[0] as (typeof models)[number]], sweeps: ['s1'] }).runs,
      ...tinyBench({ ...base, models: [models[1] as (typeof models)[number]], sweeps: ['s2'] }).runs,
    ];
    expect(() => chooseSweeps(disjoint)).toThrow('Sweeps "s1" and "s2" share no model');
    expect(() => chooseSweeps([])).toThrow(RangeError);
  });
});
