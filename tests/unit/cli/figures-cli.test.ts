import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresMain, type FiguresIo } from '../../../src/lib/cli/figures';
import { nodeFiguresIo } from '../../../src/lib/cli/node-figures-io';
import { BAD, BAD_CASES } from '../data/bad-cases';

/**
 * The figures command as a user runs it (argv in, files, output lines and an exit code out), on
 * the second fixture benchmark against hand-computed golden tables, and on every bad input.
 */

const TOOL = { name: 'test figures', version: '0' };
const OTHER = relative(process.cwd(), fileURLToPath(new URL('../../fixtures/other-sweep', import.meta.url)));
const GOLDEN = fileURLToPath(new URL('../../golden/other-sweep', import.meta.url));
const TABLES = ['cells.csv', 'model_ranking.csv', 'harness_ranking.csv', 'task_difficulty.csv', 'paired_sweeps.csv'];
const FIGURES = ['task_difficulty', 'speed_vs_accuracy', 'size_vs_pass_rate', 'harness_ranking', 'model_harness_heatmap', 'q4_vs_q8'];

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'figures-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The real file system, with stdout and stderr captured. */
function capturingIo(): { io: FiguresIo; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { io: { ...nodeFiguresIo(), stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, stdout, stderr };
}

describe('npm run figures on the other-sweep fixture', () => {
  let out: string;
  let code: number;
  let stdout: string[];
  let stderr: string[];

  beforeAll(async () => {
    out = join(scratch, 'other-sweep');
    const run = capturingIo();
    code = await figuresMain(['--data', OTHER, '--out', out, '--sweep-a', 'base', '--sweep-b', 'tuned'], run.io, TOOL);
    ({ stdout, stderr } = run);
  }, 120_000);

  it('succeeds and prints one line per figure, one for the tables and a summary', () => {
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    expect(stdout.slice(0, FIGURES.length)).toEqual(FIGURES.map((f) => `figures: ${f} (${f}.light.svg, ${f}.dark.svg, ${f}.vl.json)`));
    expect(stdout[FIGURES.length]).toBe(`figures: tables ${TABLES.join(', ')}`);
    expect(stdout[FIGURES.length + 1]).toMatch(new RegExp(`^figures: wrote ${FIGURES.length * 3 + TABLES.length + 1} files to .* in \\d+\\.\\d\\d s$`));
  });

  it.each(TABLES)('writes %s exactly as computed by hand', async (table) => {
    expect(await readFile(join(out, table), 'utf8')).toBe(await readFile(join(GOLDEN, table), 'utf8'));
  });

  it('draws names with commas, quotes and non-ASCII letters as text in every figure', async () => {
    const heatmap = await readFile(join(out, 'model_harness_heatmap.light.svg'), 'utf8');
    expect(heatmap).toContain('Tiny &quot;Llama&quot;, 3B');
    expect(heatmap).toContain('mini, agent');
    const tasks = await readFile(join(out, 'task_difficulty.dark.svg'), 'utf8');
    expect(tasks).toContain('c1_größe');
    // Phi-4 ran only in "tuned", so the paired chart of base and tuned leaves it out.
    const slope = await readFile(join(out, 'q4_vs_q8.light.svg'), 'utf8');
    expect(slope).toContain('Mixtral-8x7B');
    expect(slope).not.toContain('Phi-4');
  });
});

describe('npm run figures on bad input', () => {
  it.each(BAD_CASES)('$name: exit 65, the error on stderr, the previous outputs untouched', async (c) => {
    const parent = join(scratch, 'bad', c.name);
    const out = join(parent, 'out');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'previous.txt'), 'from the last good run\n');
    const dir = `${BAD}/${c.name}`;
    const run = capturingIo();
    const code = await figuresMain(['--data', dir, '--out', out], run.io, TOOL);
    expect(code).toBe(65);
    expect(run.stderr).toEqual([`figures: ${dir}/${c.file}${c.rest}`]);
    expect(run.stdout).toEqual([]);
    // Checksums of the inputs start beside the loader and fail too; let a stray rejection surface.
    await new Promise((r) => setTimeout(r, 20));
    expect(await readdir(out)).toEqual(['previous.txt']);
    expect(await readFile(join(out, 'previous.txt'), 'utf8')).toBe('from the last good run\n');
    expect(await readdir(parent)).toEqual(['out']);
  });
});
