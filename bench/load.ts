/**
 * `npm run bench:load`: how long the one loading path (papaparse, then a zod validator built
 * from the schema) takes on big inputs, and how much memory. A harness-bench runs.csv (10
 * columns) grown to 100k and 1M rows is loaded twice in a fresh process per run: with the
 * harness-bench data package (declared types, enums, the unique run key, foreign keys to models
 * and tasks) and alone in a folder without one (every type inferred). The budget (issue 10): 1M
 * rows in under 10 s and 1 GB, linear in rows. Writes bench/results/load.json and prints a table.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable, mib } from './lib/markdown-table';
import { syntheticRuns } from './lib/synthetic-runs';
import { writeAtomic } from './lib/write-atomic';
import { machine } from './lib/machine';

const HELP = `Usage: npm run bench:load [-- options]

Loads a harness-bench runs.csv grown to each size, declared (with its datapackage.json) and
inferred (without), each in a fresh Node process; reports the median wall time of the load and
the peak RSS of the process.

Options:
  --sizes LIST   row counts (default 100000,1000000)
  --repeat N     runs per size and mode (default 3)
  --out FILE     where to write the JSON results (default bench/results/load.json)
  -h, --help     show this help
`;

const BUDGET = { seconds: 10, bytes: 1024 ** 3 };
const SOURCE = 'data/harness-bench';

interface Sample { rows: number; columns: number; ms: number; peakRssBytes: number }

function loadOnce(dataDir: string, name: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/load-worker.ts', dataDir, name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Sample) : reject(new Error(`loading ${name} exited ${code}: ${err}`))));
  });
}

const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, repeat: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const sizes = (values.sizes ?? '100000,1000000').split(',').map(Number);
  const repeat = Number(values.repeat ?? 3);
  const outFile = values.out ?? 'bench/results/load.json';
  const scratch = await mkdtemp(join(tmpdir(), 'bench-load-'));
  const runsCsv = await readFile(join(SOURCE, 'runs.csv'), 'utf8');
  const results: Array<{ mode: string; rows: number; columns: number; medianS: number; peakRssBytes: number; usPerRow: number; loadAverage: number }> = [];
  try {
    for (const size of sizes) {
      const csv = syntheticRuns(runsCsv, size);
      // Declared: the whole harness-bench package, with runs.csv replaced by the grown one.
      const declared = join(scratch, `declared-${size}`);
      await mkdir(join(declared, 'harness-bench'), { recursive: true });
      for (const f of ['datapackage.json', 'models.csv', 'tasks.csv', 'cells.csv']) await copyFile(join(SOURCE, f), join(declared, 'harness-bench', f));
      await writeFile(join(declared, 'harness-bench', 'runs.csv'), csv);
      // Inferred: the same CSV alone.
      const inferred = join(scratch, `inferred-${size}`);
      await mkdir(join(inferred, 'grown'), { recursive: true });
      await writeFile(join(inferred, 'grown', 'runs.csv'), csv);
      for (const [mode, dir, name] of [['declared', declared, 'harness-bench/runs'], ['inferred', inferred, 'grown/runs']] as const) {
        await loadOnce(dir, name); // untimed: the first read of a freshly written file pays the page cache
        const samples: Sample[] = [];
        for (let i = 0; i < repeat; i++) samples.push(await loadOnce(dir, name));
        samples.sort((a, b) => a.ms - b.ms);
        const median = samples[Math.floor(samples.length / 2)] as Sample;
        const peak = Math.max(...samples.map((s) => s.peakRssBytes));
        results.push({ mode, rows: median.rows, columns: median.columns, medianS: median.ms / 1000, peakRssBytes: peak, usPerRow: (median.ms * 1000) / median.rows, loadAverage: load1() });
        process.stderr.write(`${mode} ${size}: ${(median.ms / 1000).toFixed(2)} s, ${mib(peak)} MiB\n`);
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const largest = Math.max(...sizes);
  const verdicts = results
    .filter((r) => r.rows === largest)
    .map((r) => ({ mode: r.mode, withinBudget: r.medianS < BUDGET.seconds && r.peakRssBytes < BUDGET.bytes }));
  const report = {
    machine: machine(),
    budget: { rows: largest, seconds: BUDGET.seconds, bytes: BUDGET.bytes },
    repeat,
    results,
    verdicts,
  };
  await writeAtomic(outFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    markdownTable(
      ['Input', 'Rows', 'Median time', 'µs per row', 'Peak RSS', 'Load avg'],
      results.map((r) => [r.mode, r.rows.toLocaleString('en-GB'), `${r.medianS.toFixed(2)} s`, r.usPerRow.toFixed(1), `${mib(r.peakRssBytes)} MiB`, String(r.loadAverage)]),
    ),
  );
  if (verdicts.some((v) => !v.withinBudget)) {
    process.stderr.write(`Over budget (${BUDGET.seconds} s, ${mib(BUDGET.bytes)} MiB at ${largest} rows): ${verdicts.filter((v) => !v.withinBudget).map((v) => v.mode).join(', ')}\n`);
    process.exitCode = 1;
  }
}

await main();
