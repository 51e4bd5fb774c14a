import { parseArgs } from 'node:util';
import { CliError } from './cli-error';

export const FIGURES_DEFAULT_OUT = 'public/figures';
export const POSTS_DIR = 'src/content/posts';

export const FIGURES_HELP = `Usage: npm run figures [-- options]

Redraws every chart of every post from its data, without building the site: for each chart
of src/content/posts/<year>/<slug>.mdx, its SVG in the light and the dark theme, its
Vega-Lite spec (.vl.json, data inlined) and the CSV of its Data table, named by the figure's
id, in public/figures/<year>/<slug>/, with a manifest.json of SHA-256 checksums.

With --data DIR, draws the six figures of the harness-bench write-up from that folder of
harness-bench-shaped data (runs.csv, models.csv, tasks.csv) instead: task_difficulty,
speed_vs_accuracy, size_vs_pass_rate, harness_ranking, model_harness_heatmap and q4_vs_q8,
each as NAME.light.svg, NAME.dark.svg and NAME.vl.json, the tables behind them (cells.csv,
model_ranking.csv, harness_ranking.csv, task_difficulty.csv and, with two sweeps,
paired_sweeps.csv) and manifest.json, into --out.

An output folder is written all at once, only when every file is ready, so a failed run
leaves the previous outputs as they were. It must be new, empty or one this tool wrote
before (its manifest says so); a file, or a folder with anything else in it, is refused
unless --force, which adds the figures to it and removes nothing. Output is the same byte
for byte for the same input.

Options:
  --post YEAR/SLUG     only this post's charts (e.g. 2026/harness-bench-wip)
  --data DIR           harness-bench-shaped data to draw the write-up's figures from
  --out DIR            where to write (default ${FIGURES_DEFAULT_OUT}; with --data, required)
  --primary-sweep S    with --data: the sweep of the size, harness and heatmap figures
                       (default: the sweep with the most models)
  --sweep-a S          with --data: left side of the paired slope chart (q4_vs_q8);
  --sweep-b S          give both or neither (default: the only two sweeps, in name order;
                       with a single sweep the slope chart is skipped)
  --force              write into a folder that holds other files, removing nothing
  -q, --quiet          print nothing but errors and warnings
  --timings            print how long each phase took and the peak memory, on stderr
  --debug              print stack traces on errors
  -h, --help           show this help

Exit codes: 0 done, 2 bad options or output folder, 65 bad data (the message names file,
line, column and value) or a post the tool cannot read, 1 anything else.
`;

export interface FiguresOptions {
  /** Every post's charts (data undefined), or the harness-bench figures of a data folder. */
  data?: string;
  post?: string;
  out: string;
  force: boolean;
  quiet: boolean;
  debug: boolean;
  /** Print phase timings and peak memory on stderr (they vary from run to run, so never into the outputs). */
  timings?: boolean;
  primarySweep?: string;
  sweepA?: string;
  sweepB?: string;
}

export type FiguresArgs = { help: true } | { help: false; options: FiguresOptions };

/** Reads the command line; a mistake is a CliError with exit code 2 that ends with a pointer to --help. */
export function parseFiguresArgs(argv: readonly string[]): FiguresArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        post: { type: 'string' },
        data: { type: 'string' },
        out: { type: 'string' },
        'primary-sweep': { type: 'string' },
        'sweep-a': { type: 'string' },
        'sweep-b': { type: 'string' },
        force: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        debug: { type: 'boolean' },
        timings: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new CliError(`${(e as Error).message} Run with --help for the options.`, 2);
  }
  if (values.help) return { help: true };
  for (const name of ['post', 'data', 'out', 'primary-sweep', 'sweep-a', 'sweep-b'] as const) {
    if (values[name] === '') throw new CliError(`Option --${name} needs a non-empty value. Run with --help for the options.`, 2);
  }
  if (values.data !== undefined && values.post !== undefined) throw new CliError('Give --post or --data, not both. Run with --help for the options.', 2);
  if (values.data !== undefined && values.out === undefined) throw new CliError('With --data, name the folder to write with --out. Run with --help for the options.', 2);
  if (values.data === undefined) {
    for (const name of ['primary-sweep', 'sweep-a', 'sweep-b'] as const) {
      if (values[name] !== undefined) throw new CliError(`Option --${name} goes with --data. Run with --help for the options.`, 2);
    }
  }
  if (values.post !== undefined && !/^\d{4}\/[^/]+$/.test(values.post)) {
    throw new CliError(`--post ${values.post}: expected YEAR/SLUG, as in the post's address (e.g. 2026/harness-bench-wip). Run with --help for the options.`, 2);
  }
  const options: FiguresOptions = {
    out: values.out ?? FIGURES_DEFAULT_OUT,
    force: values.force ?? false,
    quiet: values.quiet ?? false,
    debug: values.debug ?? false,
  };
  if (values.data !== undefined) options.data = values.data;
  if (values.post !== undefined) options.post = values.post;
  if (values.timings === true) options.timings = true;
  if (values['primary-sweep'] !== undefined) options.primarySweep = values['primary-sweep'];
  if (values['sweep-a'] !== undefined) options.sweepA = values['sweep-a'];
  if (values['sweep-b'] !== undefined) options.sweepB = values['sweep-b'];
  return { help: false, options };
}
