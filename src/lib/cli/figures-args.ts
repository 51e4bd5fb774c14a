import { parseArgs } from 'node:util';
import { CliError } from './cli-error';

export const FIGURES_DEFAULT_DATA = 'data/harness-bench';
export const FIGURES_DEFAULT_OUT = 'public/figures/harness-bench';

export const FIGURES_HELP = `Usage: npm run figures [-- options]

Draws the six benchmark figures and writes the tables behind them, from runs.csv,
models.csv and tasks.csv in the data directory. For each figure NAME in task_difficulty,
speed_vs_accuracy, size_vs_pass_rate, harness_ranking, model_harness_heatmap and q4_vs_q8:
NAME.light.svg, NAME.dark.svg and NAME.vl.json (the Vega-Lite spec, data inlined). Tables:
cells.csv, model_ranking.csv, harness_ranking.csv, task_difficulty.csv and, with two sweeps,
paired_sweeps.csv. manifest.json lists SHA-256 checksums of inputs and outputs.

The output directory belongs to this tool: it is replaced as a whole, and only once every
file is ready, so a failed run leaves the previous outputs as they were. Output is the same
byte for byte for the same input.

Options:
  --data DIR           benchmark directory (default ${FIGURES_DEFAULT_DATA})
  --out DIR            output directory (default ${FIGURES_DEFAULT_OUT})
  --primary-sweep S    sweep of the size, harness and heatmap figures
                       (default: the sweep with the most models)
  --sweep-a S          left side of the paired slope chart (q4_vs_q8); give both or neither
  --sweep-b S          right side (default: the only two sweeps, in name order;
                       with a single sweep the slope chart is skipped)
  -q, --quiet          print nothing but errors and warnings
  --timings            print how long each phase took and the peak memory, on stderr
  --debug              print stack traces on errors
  -h, --help           show this help

Exit codes: 0 done, 2 bad options or sweep names, 65 bad data (the message names file,
line, column and value), 1 anything else.
`;

export interface FiguresOptions {
  data: string;
  out: string;
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
        data: { type: 'string' },
        out: { type: 'string' },
        'primary-sweep': { type: 'string' },
        'sweep-a': { type: 'string' },
        'sweep-b': { type: 'string' },
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
  for (const name of ['data', 'out', 'primary-sweep', 'sweep-a', 'sweep-b'] as const) {
    if (values[name] === '') throw new CliError(`Option --${name} needs a non-empty value. Run with --help for the options.`, 2);
  }
  const options: FiguresOptions = {
    data: values.data ?? FIGURES_DEFAULT_DATA,
    out: values.out ?? FIGURES_DEFAULT_OUT,
    quiet: values.quiet ?? false,
    debug: values.debug ?? false,
  };
  if (values.timings === true) options.timings = true;
  if (values['primary-sweep'] !== undefined) options.primarySweep = values['primary-sweep'];
  if (values['sweep-a'] !== undefined) options.sweepA = values['sweep-a'];
  if (values['sweep-b'] !== undefined) options.sweepB = values['sweep-b'];
  return { help: false, options };
}
