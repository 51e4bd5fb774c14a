import { webcrypto } from 'node:crypto';
import { join } from 'node:path';
import { derivedTables, tableToCsv } from '../../benchmarks/harness-bench/derived-tables';
import { harnessBenchFigures } from '../../benchmarks/harness-bench/figures';
import { harnessBenchOf } from '../../benchmarks/harness-bench/load';
import { chartPreset } from '../../benchmarks';
import { buildChart } from '../charts/build-chart';
import { ChartPropError } from '../charts/chart-data';
import { chartArtifacts } from '../charts/chart-artifacts';
import type { ChartModel } from '../charts/chart-kind';
import type { Dataset } from '../data/load-dataset';
import { CliError, exitCodeOf } from './cli-error';
import { FIGURES_HELP, POSTS_DIR, parseFiguresArgs, type FiguresOptions } from './figures-args';
import { checkOutputDir, writeOutputDir, type OutputIo, type ToolInfo } from './output-dir';
import type { PostCharts } from './post-charts';

export type { ToolInfo } from './output-dir';

/** Every side effect of the figures command, so tests can run it against a temp dir and capture output. */
export interface FiguresIo extends OutputIo {
  /** The datasets of a harness-bench-shaped folder, by resource name (its own datapackage.json or harness-bench's). */
  loadHarnessBenchDatasets(dir: string): Promise<Map<string, Dataset>>;
  /** The dataset data/<name>.csv, loaded once per run. */
  dataset(name: string): Promise<Dataset>;
  /** The posts to draw: every MDX post under `dir`, or the one at `post` ("2026/slug"). */
  posts(dir: string, post: string | undefined): Promise<PostCharts[]>;
  stdout(line: string): void;
  stderr(line: string): void;
}

export interface FiguresResult {
  /** Each folder written and the files in it, in the order written. */
  outputs: Array<{ out: string; files: string[] }>;
  skipped: Array<{ name: string; reason: string }>;
}

/**
 * Wall time per phase, summed over repeats of a phase. The first phase runs from the start of
 * the process (performance.now() counts from there), so it holds Node's own start-up.
 */
class PhaseTimer {
  private last = 0;
  private readonly phases = new Map<string, number>();
  constructor() {
    this.lap('start Node and load modules');
  }
  lap(phase: string): void {
    const now = performance.now();
    this.phases.set(phase, (this.phases.get(phase) ?? 0) + (now - this.last));
    this.last = now;
  }
  report(): string[] {
    const s = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
    return [...[...this.phases].map(([phase, ms]) => `${phase} ${s(ms)}`), `total ${s(this.last)}`];
  }
}

/** A chart's files under `base`, drawn once; Vega's warnings go to stderr. */
async function filesOf(model: ChartModel, base: string, io: FiguresIo, withCsv: boolean): Promise<Array<[string, string]>> {
  const art = await chartArtifacts(model.spec, model.interactions, withCsv ? model.table : undefined, base, (m) => io.stderr(`figures: warning: ${base}: ${m}`));
  return art.files;
}

/** The write-up's six figures and derived tables from a folder of harness-bench-shaped data. */
async function runDataFigures(opts: FiguresOptions & { data: string }, io: FiguresIo, tool: ToolInfo, timings: PhaseTimer): Promise<FiguresResult> {
  const inputs = await Promise.all(
    ['models.csv', 'runs.csv', 'tasks.csv'].map(async (file) => {
      const bytes = await io.readFile(join(opts.data, file)).catch(() => undefined);
      return bytes ? { file, bytes: bytes.byteLength, sha256: Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex') } : undefined;
    }),
  );
  const datasets = await io.loadHarnessBenchDatasets(opts.data);
  const bench = harnessBenchOf(opts.data, datasets);
  // Before any drawing: a folder the tool may not write is refused at once (bad data first, though).
  await checkOutputDir(opts.out, io, tool, opts.force);
  timings.lap('load data');
  let built;
  try {
    built = await harnessBenchFigures(datasets, { primary: opts.primarySweep, a: opts.sweepA, b: opts.sweepB });
  } catch (e) {
    if (e instanceof ChartPropError) throw new CliError(e.message.replace(/^<\w+>: /, '').replace(/\bsweep="/, '--primary-sweep "').replace(/\ba and b\b/, '--sweep-a and --sweep-b'), 2);
    throw e;
  }
  timings.lap('aggregate and build specs');
  const files: Array<[string, string]> = [];
  for (const { name, model } of built.figures) {
    files.push(...(await filesOf(model, name, io, false)));
    timings.lap(`draw ${name}`);
    if (!opts.quiet) io.stdout(`figures: ${name} (${name}.light.svg, ${name}.dark.svg, ${name}.vl.json)`);
  }
  for (const s of built.skipped) if (!opts.quiet) io.stdout(`figures: ${s.name} skipped: ${s.reason}`);
  // The sweeps the slope chart paired, for the paired table: the ones named, else the only two.
  const sweeps = [...new Set(bench.runs.map((r) => r.sweep))].sort();
  const pair = opts.sweepA !== undefined && opts.sweepB !== undefined ? { a: opts.sweepA, b: opts.sweepB } : sweeps.length === 2 ? { a: sweeps[0] as string, b: sweeps[1] as string } : null;
  const tables = derivedTables(bench, pair);
  for (const table of tables) files.push([table.file, tableToCsv(table)]);
  timings.lap('derived tables');
  if (!opts.quiet) io.stdout(`figures: tables ${tables.map((t) => t.file).join(', ')}`);
  const written = await writeOutputDir(opts.out, files, io, tool, {
    force: opts.force,
    manifest: {
      inputs: inputs.filter((i) => i !== undefined),
      sweeps: { a: pair?.a ?? null, b: pair?.b ?? null },
      figures: built.figures.map((f) => f.name),
      skipped: built.skipped,
    },
  });
  timings.lap('write');
  return { outputs: [{ out: opts.out, files: written }], skipped: built.skipped };
}

/** Every chart of every post (or of one), each post's files in public/figures/<year>/<slug>/. */
async function runPostFigures(opts: FiguresOptions, io: FiguresIo, tool: ToolInfo, timings: PhaseTimer): Promise<FiguresResult> {
  const posts = await io.posts(POSTS_DIR, opts.post);
  if (opts.post !== undefined && posts.length === 0) throw new CliError(`--post ${opts.post}: there is no post ${POSTS_DIR}/${opts.post.split('/')[0]}/…/${opts.post.split('/')[1]}.mdx dated ${opts.post.split('/')[0]}.`, 2);
  for (const post of posts) if (post.charts.length > 0) await checkOutputDir(join(opts.out, ...post.post.split('/')), io, tool, opts.force);
  timings.lap('read posts');
  const outputs: FiguresResult['outputs'] = [];
  for (const post of posts) {
    if (post.charts.length === 0) continue;
    const files: Array<[string, string]> = [];
    for (const chart of post.charts) {
      let props: Record<string, unknown> = chart.props;
      try {
        if (typeof props['benchmark'] === 'string') {
          const { benchmark, ...rest } = props;
          const preset = chartPreset(benchmark as string, chart.component);
          if (typeof preset === 'string') throw new ChartPropError(chart.component, 'benchmark', preset);
          props = await preset(rest, (name) => io.dataset(name));
        }
        const model = await buildChart(chart.component, props, (name) => io.dataset(name));
        files.push(...(await filesOf(model, chart.id, io, true)));
      } catch (e) {
        if (e instanceof ChartPropError) throw new CliError(`${post.file} line ${chart.line}: ${e.message}`, 65);
        throw e;
      }
      timings.lap(`draw ${post.post}/${chart.id}`);
    }
    const out = join(opts.out, ...post.post.split('/'));
    const written = await writeOutputDir(out, files, io, tool, { force: opts.force, manifest: { post: post.post, charts: post.charts.map((c) => c.id) } });
    outputs.push({ out, files: written });
    if (!opts.quiet) io.stdout(`figures: ${post.post}: ${post.charts.map((c) => c.id).join(', ')} (${written.length} files in ${out})`);
    timings.lap('write');
  }
  return { outputs, skipped: [] };
}

/** Draws the figures the options ask for and writes them; see FIGURES_HELP. */
export async function runFigures(opts: FiguresOptions, io: FiguresIo, tool: ToolInfo): Promise<FiguresResult> {
  const started = performance.now();
  const timings = new PhaseTimer();
  const result = opts.data !== undefined ? await runDataFigures({ ...opts, data: opts.data }, io, tool, timings) : await runPostFigures(opts, io, tool, timings);
  // Loaded lazily by the renderer; written after drawing so that it holds what drawing compiled.
  const { saveVegaCodeCache } = await import('../render/vega-runtime');
  saveVegaCodeCache();
  if (opts.timings === true) {
    for (const line of timings.report()) io.stderr(`figures: timing: ${line}`);
    // The kernel's high-water mark of this process: exact, unlike polling from outside.
    io.stderr(`figures: memory: peak RSS ${process.resourceUsage().maxRSS} KiB`);
  }
  if (!opts.quiet) {
    const n = result.outputs.reduce((s, o) => s + o.files.length, 0);
    const where = result.outputs.length === 1 ? (result.outputs[0] as { out: string }).out : `${result.outputs.length} folders under ${opts.out}`;
    io.stdout(`figures: wrote ${n} files to ${where} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  return result;
}

/**
 * The whole command: parses argv, runs, reports errors as one sentence on stderr (with a stack
 * trace only under --debug) and returns the exit code (0, 2 usage, 65 bad data, 1 otherwise).
 */
export async function figuresMain(argv: readonly string[], io: FiguresIo, tool: ToolInfo): Promise<number> {
  try {
    const args = parseFiguresArgs(argv);
    if (args.help) {
      io.stdout(FIGURES_HELP.trimEnd());
      return 0;
    }
    await runFigures(args.options, io, tool);
    return 0;
  } catch (err) {
    const debug = argv.includes('--debug');
    const message = err instanceof Error ? (debug && err.stack ? err.stack : err.message) : String(err);
    io.stderr(`figures: ${message}`);
    return exitCodeOf(err);
  }
}

export { FIGURES_HELP };
