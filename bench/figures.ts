/**
 * `npm run bench:figures`: times the figures CLI cold (a fresh `node scripts/figures.mjs` process per
 * run, as an author runs it) on the shipped harness-bench data and on synthetic sweeps of 10k, 100k
 * and 1M runs made from it, and reports wall time and peak memory. Writes bench/results/figures.json
 * and prints a Markdown table.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable, mib } from './lib/markdown-table';
import { parsePeakRss, parseTimings } from './lib/parse-timings';
import { syntheticRuns } from './lib/synthetic-runs';
import { writeAtomic } from './lib/write-atomic';
import { machine } from './lib/machine';

const HELP = `Usage: npm run bench:figures [-- options]

Runs the figures CLI in a fresh Node process on the shipped data and on synthetic sweeps,
measuring wall time (median of --repeat runs, after one untimed run), peak RSS (the CLI's own high-water mark) and
the CLI's phase timings (--timings) of the median run. The machine may be shared: the one-minute load average is
recorded beside every input.

Options:
  --data DIR     benchmark to start from (default data/harness-bench)
  --sizes LIST   synthetic run counts (default 10000,100000,1000000)
  --repeat N     cold runs per size (default 3)
  --out FILE     where to write the JSON results (default bench/results/figures.json)
  -h, --help     show this help
`;

interface FiguresRun {
  input: string;
  runs: number;
  medianS: number;
  minS: number;
  peakRssBytes: number;
  /** Seconds per phase of the median run, as the CLI's --timings reports them. */
  phases: Record<string, number>;
  /** One-minute load averages before and after this input's runs. */
  loadAverage: { before: number; after: number };
}

const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

const NODE = process.execPath;

function timeOnce(data: string, out: string): Promise<{ ms: number; peak: number; phases: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(NODE, ['scripts/figures.mjs', '--data', data, '--out', out, '-q', '--timings'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      // The CLI reports its own high-water mark: polling /proc from here every few milliseconds
      // would take CPU from the run it measures on a two-core machine, and could miss the peak.
      if (code === 0) resolve({ ms, peak: parsePeakRss(stderr), phases: parseTimings(stderr) });
      else reject(new Error(`figures on ${data} exited ${code}: ${stderr}`));
    });
  });
}

async function measure(input: string, data: string, runs: number, repeat: number, scratch: string): Promise<FiguresRun> {
  const before = load1();
  const samples: Array<{ ms: number; phases: Record<string, number> }> = [];
  let peak = 0;
  // One untimed run first. In this VM the first process to read a freshly written input (and to
  // touch memory the generator just let go of) spends seconds in the kernel that later ones do
  // not: on a million fresh runs 9.4 s of system time against 3.7 s for the next run on the same
  // file (14.2 s against 10.4 s of wall time), with the same user time. It is not the CLI's.
  await timeOnce(data, join(scratch, `out-${runs}`));
  for (let i = 0; i < repeat; i++) {
    const r = await timeOnce(data, join(scratch, `out-${runs}`));
    samples.push(r);
    peak = Math.max(peak, r.peak);
  }
  samples.sort((a, b) => a.ms - b.ms);
  const median = samples[Math.floor(samples.length / 2)];
  const run: FiguresRun = {
    input,
    runs,
    medianS: Math.round(median?.ms ?? 0) / 1000,
    minS: Math.round(samples[0]?.ms ?? 0) / 1000,
    peakRssBytes: peak,
    phases: median?.phases ?? {},
    loadAverage: { before, after: load1() },
  };
  process.stderr.write(`${input}: ${run.medianS.toFixed(2)} s median, ${mib(peak)} MiB peak, load ${before} to ${run.loadAverage.after}\n`);
  return run;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: 'data/harness-bench' },
      sizes: { type: 'string', default: '10000,100000,1000000' },
      repeat: { type: 'string', default: '3' },
      out: { type: 'string', default: 'bench/results/figures.json' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const repeat = Number(values.repeat);
  const sizes = values.sizes.split(',').map(Number);
  if (!Number.isInteger(repeat) || repeat < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error('--repeat and --sizes take positive whole numbers.');
  }
  const startLoad = load1();
  const scratch = await mkdtemp(join(tmpdir(), 'bench-figures-'));
  try {
    const shippedRuns = (await readFile(join(values.data, 'runs.csv'), 'utf8')).trimEnd().split('\n').length - 1;
    const results: FiguresRun[] = [await measure('shipped data', values.data, shippedRuns, repeat, scratch)];
    for (const size of sizes) {
      const dir = join(scratch, `data-${size}`);
      await mkdir(dir, { recursive: true });
      for (const f of ['models.csv', 'tasks.csv']) await copyFile(join(values.data, f), join(dir, f));
      await writeFile(join(dir, 'runs.csv'), syntheticRuns(await readFile(join(values.data, 'runs.csv'), 'utf8'), size));
      results.push(await measure(`synthetic ${size.toLocaleString('en-US')} runs`, dir, size, repeat, scratch));
      await rm(dir, { recursive: true, force: true });
    }
    await writeAtomic(values.out, `${JSON.stringify({ machine: machine(), repeat, loadAverage: { start: startLoad, end: load1() }, results }, null, 2)}\n`);
    const table = markdownTable(
      ['input', 'runs', 'median s', 'fastest s', 'peak RSS MiB', 'load (1 min)'],
      results.map((r) => [
        r.input,
        r.runs.toLocaleString('en-US'),
        r.medianS.toFixed(2),
        r.minS.toFixed(2),
        mib(r.peakRssBytes),
        `${r.loadAverage.before} to ${r.loadAverage.after}`,
      ]),
    );
    process.stdout.write(`${table}\n\nwritten to ${values.out}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
