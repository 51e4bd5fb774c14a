import { createHash, webcrypto } from 'node:crypto';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { benchStats } from '../aggregate/bench-stats';
import type { Benchmark } from '../data/types';
import { chooseSweeps, figureSpecs, type SweepChoice } from '../specs/figure-specs';
import type { ChartTheme } from '../specs/theme';
import { canonicalJson } from './canonical-json';
import { CliError, exitCodeOf } from './cli-error';
import { derivedTables, tableToCsv } from './derived-tables';
import { FIGURES_HELP, parseFiguresArgs, type FiguresOptions } from './figures-args';

/** Every side effect of the figures command, so tests can run it against a temp dir and capture output. */
export interface FiguresIo {
  loadBenchmark(dir: string): Promise<Benchmark>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  /** Creates a directory and its parents; fine if it exists. */
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or directory tree; fine if it does not exist. */
  rm(path: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** A string that no other run uses at the same time (names the temp dirs). */
  uniqueSuffix(): string;
}

/** Who wrote the outputs, recorded in manifest.json. */
export interface ToolInfo {
  name: string;
  version: string;
}

export const INPUT_FILES = ['models.csv', 'runs.csv', 'tasks.csv'] as const;
const THEMES: readonly ChartTheme[] = ['light', 'dark'];

export interface FiguresResult {
  out: string;
  sweeps: SweepChoice;
  /** Output file names in the order written. */
  files: string[];
  /** Figures left out, with the reason. */
  skipped: Array<{ name: string; reason: string }>;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function byteLength(data: string): number {
  return Buffer.byteLength(data, 'utf8');
}

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The output directory is replaced as a whole, so it must not hold the data or the working
 * directory: `--out .` or `--out data` would otherwise delete them.
 */
function checkOutDir(out: string, data: string): void {
  const o = resolve(out);
  if (within(resolve(data), o)) throw new CliError(`The output directory ${out} would contain the data directory ${data}; choose another --out, since the output directory is replaced as a whole.`, 2);
  if (within(process.cwd(), o)) throw new CliError(`The output directory ${out} contains the working directory; choose a directory of its own for --out, since it is replaced as a whole.`, 2);
}

function sweepChoice(bench: Benchmark, opts: FiguresOptions): SweepChoice {
  try {
    return chooseSweeps(bench.runs, { primarySweep: opts.primarySweep, sweepA: opts.sweepA, sweepB: opts.sweepB });
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(`${e.message.replace(/ sweep A/g, ' --sweep-a').replace(/ sweep B/g, ' --sweep-b')}`, 2);
    throw e;
  }
}

/**
 * Draws the figures and writes the derived tables and manifest into opts.out. Everything is
 * written into a temp dir beside opts.out first; only when all of it is written does it replace
 * opts.out (old dir renamed aside, new one renamed in, old one removed). On any failure the temp
 * dir is removed and opts.out is as it was.
 */
export async function runFigures(opts: FiguresOptions, io: FiguresIo, tool: ToolInfo): Promise<FiguresResult> {
  const started = performance.now();
  const timings = new PhaseTimer();
  checkOutDir(opts.out, opts.data);
  // Checksums of the inputs are computed while the loader reads them: WebCrypto digests on
  // libuv's thread pool, so at a million runs hashing runs.csv overlaps with parsing it.
  const inputsReady = Promise.all(
    INPUT_FILES.map(async (file) => {
      const bytes = await io.readFile(join(opts.data, file));
      return { file, bytes: bytes.byteLength, sha256: Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex') };
    }),
  );
  // If loading fails first, its error is the one reported; this one must not go unhandled.
  inputsReady.catch(() => undefined);
  const bench = await io.loadBenchmark(opts.data);
  timings.lap('load data');
  const sweeps = sweepChoice(bench, opts);
  const stats = benchStats(bench);
  const figures = figureSpecs(bench, sweeps, stats);
  timings.lap('aggregate and build specs');
  const skipped = sweeps.pair ? [] : [{ name: 'q4_vs_q8', reason: 'the data has a single sweep, so there is nothing to pair' }];
  // Loaded only now: Vega and Vega-Lite are most of the start-up time, and --help or a data error needs neither.
  const { renderSvgThemes } = await import('../render/render-svg-themes');
  const { saveVegaCodeCache, vegaRuntime } = await import('../render/vega-runtime');
  vegaRuntime();
  timings.lap('load Vega');

  const inputs = await inputsReady;
  timings.lap('hash inputs');

  const parent = dirname(resolve(opts.out));
  const base = basename(resolve(opts.out));
  const suffix = io.uniqueSuffix();
  const temp = join(parent, `.${base}.tmp-${suffix}`);
  const aside = join(parent, `.${base}.old-${suffix}`);
  const outputs: Array<{ file: string; bytes: number; sha256: string }> = [];
  // Files are written while the next figure is drawn, and all of them are awaited before the
  // manifest: one write after another costs a round trip to the file system each.
  const writes: Array<Promise<void>> = [];
  const write = (file: string, data: string): void => {
    outputs.push({ file, bytes: byteLength(data), sha256: sha256(data) });
    writes.push(io.writeFile(join(temp, file), data));
  };
  const allWritten = async (): Promise<void> => {
    const failed = (await Promise.allSettled(writes.splice(0))).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };

  await io.mkdir(parent);
  await io.mkdir(temp);
  try {
    for (const { name, spec } of figures) {
      // One render serves both themes (they differ only in colours); see renderSvgThemes.
      timings.lap('write');
      const svgs = await renderSvgThemes(spec, THEMES, { warn: (m) => io.stderr(`figures: warning: ${name}: ${m}`) });
      timings.lap(`draw ${name}`);
      for (const theme of THEMES) {
        const svg = svgs[theme];
        write(`${name}.${theme}.svg`, svg.endsWith('\n') ? svg : `${svg}\n`);
      }
      write(`${name}.vl.json`, canonicalJson(spec));
      if (!opts.quiet) io.stdout(`figures: ${name} (${name}.light.svg, ${name}.dark.svg, ${name}.vl.json)`);
    }
    for (const s of skipped) if (!opts.quiet) io.stdout(`figures: ${s.name} skipped: ${s.reason}`);
    timings.lap('write');
    const tables = derivedTables(bench, sweeps.pair, stats);
    timings.lap('derived tables');
    for (const table of tables) write(table.file, tableToCsv(table));
    if (!opts.quiet) io.stdout(`figures: tables ${tables.map((t) => t.file).join(', ')}`);
    const manifest = {
      tool: { name: tool.name, version: tool.version },
      inputs,
      sweeps: { primary: sweeps.primary, a: sweeps.pair?.a ?? null, b: sweeps.pair?.b ?? null },
      figures: figures.map((f) => f.name),
      skipped,
      outputs: [...outputs].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0)),
    };
    await allWritten();
    await io.writeFile(join(temp, 'manifest.json'), canonicalJson(manifest));
    saveVegaCodeCache();
  } catch (e) {
    // Let writes already under way finish before removing the directory they write into.
    await Promise.allSettled(writes);
    await io.rm(temp);
    throw e;
  }

  const hadOld = await io.exists(opts.out);
  if (hadOld) await io.rename(opts.out, aside);
  try {
    await io.rename(temp, opts.out);
  } catch (e) {
    // Put the previous outputs back before reporting.
    if (hadOld) await io.rename(aside, opts.out);
    await io.rm(temp);
    throw e;
  }
  if (hadOld) await io.rm(aside);
  timings.lap('write');
  if (opts.timings === true) {
    for (const line of timings.report()) io.stderr(`figures: timing: ${line}`);
    // The kernel's high-water mark of this process: exact, unlike polling from outside.
    io.stderr(`figures: memory: peak RSS ${process.resourceUsage().maxRSS} KiB`);
  }

  const files = [...outputs.map((o) => o.file), 'manifest.json'];
  if (!opts.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.stdout(`figures: wrote ${files.length} files to ${opts.out} in ${seconds} s`);
  }
  return { out: opts.out, sweeps, files, skipped };
}

/**
 * Wall time per phase, summed over repeats of a phase ("write" happens between figures). The
 * first phase runs from the start of the process (performance.now() counts from there), so it
 * holds Node's own start-up and the loading of this module and its imports.
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

  /** "load data 0.012 s" lines in the order phases first ran, then the total. */
  report(): string[] {
    const s = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
    return [...[...this.phases].map(([phase, ms]) => `${phase} ${s(ms)}`), `total ${s(this.last)}`];
  }
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
