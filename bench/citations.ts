/**
 * `npm run bench:citations`: what citations cost the build. In fresh Node processes, times loading
 * citation-js and citeproc-js, formatting the gradient-estimation notes' 24 references in APA with
 * a new engine (the first post in a style) and with the same engine again (every later post).
 * These are the numbers behind loading citation-js only for posts with a bibliography and keeping
 * one engine per style (src/plugins/remark-citations.ts, src/lib/citations/format-citations.ts).
 * Writes bench/results/citations.json and prints a Markdown table.
 */
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { markdownTable } from './lib/markdown-table';
import { writeAtomic } from './lib/write-atomic';

const HELP = `Usage: npm run bench:citations [-- options]

Options:
  --repeat N   fresh processes (default 5); medians are reported
  --out FILE   where to write the JSON results (default bench/results/citations.json)
  -h, --help   show this help
`;

interface Run {
  importMs: number;
  firstPostMs: number;
  nextPostMs: number;
}

const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '5' }, out: { type: 'string', default: 'bench/results/citations.json' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a whole number of at least 1, not "${values.repeat}".`);

const run = promisify(execFile);
const before = load1();
const runs: Run[] = [];
for (let i = 0; i < repeat; i += 1) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/lib/citations-worker.ts']);
  runs.push(JSON.parse(stdout) as Run);
}
const result = {
  repeat,
  loadAverage: { before, after: load1() },
  medianMs: {
    import: Math.round(median(runs.map((r) => r.importMs))),
    firstPost: Math.round(median(runs.map((r) => r.firstPostMs))),
    nextPost: Math.round(median(runs.map((r) => r.nextPostMs))),
  },
  runs: runs.map((r) => ({ importMs: Math.round(r.importMs), firstPostMs: Math.round(r.firstPostMs), nextPostMs: Math.round(r.nextPostMs) })),
};
await writeAtomic(values.out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(
  markdownTable(
    ['step', 'median ms'],
    [
      ['load citation-js and citeproc-js', String(result.medianMs.import)],
      ['first post in a style (builds the engine)', String(result.medianMs.firstPost)],
      ['each later post (same engine)', String(result.medianMs.nextPost)],
    ],
  ),
);
