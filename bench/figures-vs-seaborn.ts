/**
 * `npm run bench:seaborn`: the figures CLI against the reference write-up's pandas + seaborn
 * pipeline (bench/seaborn/figures.py), on the shipped harness-bench data, side by side: the two
 * run alternately, each cold in a fresh process, so a busy machine slows both alike. The budget
 * (issue 10): the CLI at least 2.5 times faster. Writes bench/results/figures-vs-seaborn.json.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from './lib/markdown-table';
import { writeAtomic } from './lib/write-atomic';
import { machine } from './lib/machine';

const HELP = `Usage: npm run bench:seaborn [-- options]

Times \`node scripts/figures.mjs --data DIR --out OUT\` and \`python3 bench/seaborn/figures.py DIR OUT\`
alternately, each in a fresh process, after one untimed run of each. Needs Debian's python3-seaborn
(apt install python3-seaborn).

Options:
  --data DIR     harness-bench data (default data/harness-bench)
  --python PATH  the Python with seaborn (default /usr/bin/python3)
  --repeat N     timed runs of each (default 5)
  --out FILE     where to write the JSON results (default bench/results/figures-vs-seaborn.json)
  -h, --help     show this help
`;

const BUDGET_RATIO = 2.5;

function timeOnce(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      python: { type: 'string' },
      repeat: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const data = values.data ?? 'data/harness-bench';
  const python = values.python ?? '/usr/bin/python3';
  const repeat = Number(values.repeat ?? 5);
  const scratch = await mkdtemp(join(tmpdir(), 'bench-seaborn-'));
  const ours = (): Promise<number> => timeOnce(process.execPath, ['scripts/figures.mjs', '--data', data, '--out', join(scratch, 'ours'), '--force', '-q']);
  const theirs = (): Promise<number> => timeOnce(python, ['bench/seaborn/figures.py', data, join(scratch, 'seaborn')]);
  const samples = { ours: [] as number[], seaborn: [] as number[] };
  const load = { start: loadavg()[0] ?? 0, end: 0 };
  try {
    await theirs().catch((err: unknown) => {
      throw new Error(`The seaborn pipeline did not run (install Debian's python3-seaborn, or pass --python): ${err instanceof Error ? err.message : String(err)}`);
    });
    await ours();
    for (let i = 0; i < repeat; i++) {
      samples.ours.push(await ours());
      samples.seaborn.push(await theirs());
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  load.end = loadavg()[0] ?? 0;
  const oursS = median(samples.ours) / 1000;
  const seabornS = median(samples.seaborn) / 1000;
  const ratio = seabornS / oursS;
  const report = {
    machine: machine(),
    data,
    repeat,
    loadAverage: { start: Math.round(load.start * 100) / 100, end: Math.round(load.end * 100) / 100 },
    medianS: { figuresCli: oursS, seaborn: seabornS },
    samplesS: { figuresCli: samples.ours.map((ms) => ms / 1000), seaborn: samples.seaborn.map((ms) => ms / 1000) },
    ratio,
    budgetRatio: BUDGET_RATIO,
    withinBudget: ratio >= BUDGET_RATIO,
  };
  await writeAtomic(values.out ?? 'bench/results/figures-vs-seaborn.json', `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${markdownTable(
      ['Pipeline', 'Median wall time'],
      [
        ['npm run figures -- --data --out', `${oursS.toFixed(2)} s`],
        ['pandas + seaborn', `${seabornS.toFixed(2)} s`],
      ],
    )}\n\nThe figures CLI is ${ratio.toFixed(1)} times faster (budget: ${BUDGET_RATIO} times).\n`,
  );
  if (!report.withinBudget) process.exitCode = 1;
}

await main();
