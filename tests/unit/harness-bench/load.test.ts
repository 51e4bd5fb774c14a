import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/data-error';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import type { HarnessRun } from '../../../src/benchmarks/harness-bench/types';

const OTHER = fileURLToPath(new URL('../../fixtures/other-sweep', import.meta.url));
const HEADER = 'sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_mentions,grader_access';
const MODELS = 'model,family,total_params_b,active_params_b\nm,fam,7,7\n';
const TASKS = 'task,language\nt,Python\n';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'load-benchmark-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function benchDir(name: string, runs: string, models = MODELS, tasks = TASKS): Promise<string> {
  const dir = join(scratch, name);
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir);
  await writeFile(join(dir, 'runs.csv'), runs);
  await writeFile(join(dir, 'models.csv'), models);
  await writeFile(join(dir, 'tasks.csv'), tasks);
  return dir;
}

describe('loadHarnessBench on tests/fixtures/other-sweep', () => {
  it('reads all three files', async () => {
    const b = await loadHarnessBench(OTHER);
    expect(b.dir).toBe(OTHER);
    expect(b.runs).toHaveLength(60);
    expect(b.models).toEqual([
      { model: 'Tiny "Llama", 3B', family: 'llama', total_params_b: 3, active_params_b: 3 },
      { model: 'Mixtral-8x7B', family: 'mixtral', total_params_b: 46.7, active_params_b: 12.9 },
      { model: 'Phi-4', family: 'phi', total_params_b: 14, active_params_b: 14 },
    ]);
    expect(b.tasks).toEqual([
      { task: 'py1_parse', language: 'Python' },
      { task: 'c1_größe', language: 'C' },
    ]);
  });

  it('keeps file order and types each field (BOM, CRLF, quoted names)', async () => {
    const b = await loadHarnessBench(OTHER);
    // First data line of runs.csv, after the BOM-prefixed header:
    //   base,Mixtral-8x7B,Q4_K_M,swe-agent,c1_größe,0,1,200,2,ran
    const expected: HarnessRun = {
      sweep: 'base',
      model: 'Mixtral-8x7B',
      quant: 'Q4_K_M',
      harness: 'swe-agent',
      task: 'c1_größe',
      seed: 0,
      passed: 1,
      agent_time_s: 200,
      grader_mentions: 2,
      grader_access: 'ran',
    };
    expect(b.runs[0]).toEqual(expected);
    // Second line: base,"Tiny ""Llama"", 3B",Q4_0,swe-agent,py1_parse,0,1,10,0,none
    expect(b.runs[1]).toMatchObject({ model: 'Tiny "Llama", 3B', quant: 'Q4_0', seed: 0, agent_time_s: 10 });
    // No value keeps a carriage return from the CRLF endings.
    expect(b.runs.every((r) => !/\r/.test(`${r.grader_access}${r.harness}`))).toBe(true);
    // The quoted time "12.5" is a number.
    expect(b.runs.filter((r) => r.agent_time_s === 12.5)).toHaveLength(1);
    expect(new Set(b.runs.map((r) => r.harness))).toEqual(new Set(['swe-agent', 'mini, agent']));
  });
});

describe('loadHarnessBench on generated files', () => {
  it('accepts the columns in any order', async () => {
    const dir = await benchDir(
      'reordered',
      'grader_access,passed,seed,task,harness,quant,model,sweep,agent_time_s,grader_mentions\nread,1,4,t,h,Q,m,s,3.25,7\n',
    );
    const b = await loadHarnessBench(dir);
    expect(b.runs).toEqual([
      { sweep: 's', model: 'm', quant: 'Q', harness: 'h', task: 't', seed: 4, passed: 1, agent_time_s: 3.25, grader_mentions: 7, grader_access: 'read' },
    ]);
  });

  it('skips blank lines but still counts them', async () => {
    // line 1 header, 2 good, 3 blank, 4 good, 5 blank, 6 bad
    const dir = await benchDir('blank-lines', `${HEADER}\ns,m,Q,h,t,0,1,1,0,none\n\ns,m,Q,h,t,1,0,1,0,none\n\ns,m,Q,h,t,2,1,1,0,maybe\n`);
    await expect(loadHarnessBench(dir)).rejects.toThrow(`${dir}/runs.csv line 6, column "grader_access": expected none, ran or read, got "maybe".`);
  });

  it('reads a file without a final line break', async () => {
    const dir = await benchDir('no-final-newline', `${HEADER}\ns,m,Q,h,t,0,1,1,0,none`);
    expect((await loadHarnessBench(dir)).runs).toHaveLength(1);
  });

  it('accepts exponent and fractional numbers, rejects an infinite one', async () => {
    const ok = await benchDir('numbers', `${HEADER}\ns,m,Q,h,t,0,1,1e3,0,none\ns,m,Q,h,t,1,1,.5,0,none\ns,m,Q,h,t,2,1,7.,0,none\n`);
    expect((await loadHarnessBench(ok)).runs.map((r) => r.agent_time_s)).toEqual([1000, 0.5, 7]);
    const inf = await benchDir('infinite', `${HEADER}\ns,m,Q,h,t,0,1,1e999,0,none\n`);
    await expect(loadHarnessBench(inf)).rejects.toThrow(`${inf}/runs.csv line 2, column "agent_time_s": expected a number >= 0, got "1e999".`);
  });

  it('counts lines right across read chunks, CRLF and multi-line quoted values', async () => {
    // 12 000 runs (~450 KB), every 7th with a harness spanning two lines: many 64 KiB chunks.
    const rows: string[] = [];
    let extraLines = 0;
    for (let i = 0; i < 12_000; i++) {
      const harness = i % 7 === 3 ? '"h\r\nnext"' : 'h';
      if (i % 7 === 3) extraLines += 1;
      rows.push(`s,m,Q,${harness},t,${i},${i % 2},${i}.5,0,none`);
    }
    // A bad run last: after the header (line 1) and 12 000 runs spanning 12 000 + extraLines lines.
    rows.push('s,m,Q,h,t,12000,1,1,0,bad');
    const dir = await benchDir('big', `\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`);
    // extraLines = number of i in [0, 12000) with i % 7 == 3: i = 3, 10, ..., 11994 -> (11994 - 3)/7 + 1 = 1714
    expect(extraLines).toBe(1714);
    const line = 1 + 12_000 + 1714 + 1;
    await expect(loadHarnessBench(dir)).rejects.toThrow(`${dir}/runs.csv line ${line}, column "grader_access": expected none, ran or read, got "bad".`);
  });

  it('loads a large file completely when it is valid', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 10_000; i++) rows.push(`s${i % 3},m,Q,"h, ${i % 5}",t,${i},${i % 2},${i % 100},0,none`);
    const dir = await benchDir('big-ok', `${HEADER}\n${rows.join('\n')}\n`);
    const b = await loadHarnessBench(dir);
    expect(b.runs).toHaveLength(10_000);
    // 5 000 of the 10 000 runs have i odd and so passed.
    expect(b.runs.filter((r) => r.passed === 1)).toHaveLength(5_000);
    // i = 9999: 9999 % 3 = 0, 9999 % 5 = 4, 9999 % 100 = 99
    expect(b.runs[9_999]).toMatchObject({ sweep: 's0', harness: 'h, 4', seed: 9_999, agent_time_s: 99 });
  });

  it('reports a missing directory through its first file, runs.csv', async () => {
    const dir = join(scratch, 'nowhere');
    const err = await loadHarnessBench(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toBe(`${dir}/runs.csv does not exist.`);
  });

  it('rejects a header-only models.csv', async () => {
    const dir = await benchDir('no-models', `${HEADER}\ns,m,Q,h,t,0,1,1,0,none\n`, 'model,family,total_params_b,active_params_b\n');
    await expect(loadHarnessBench(dir)).rejects.toThrow(`${dir}/models.csv has a header line but no rows.`);
  });
});
