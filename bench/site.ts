/**
 * `npm run bench:site`: builds the whole site in throw-away copies of the repository at 1x, 10x
 * and 100x its posts and reports wall time, peak memory of the build's process tree and time per
 * page, for a cold build, a rebuild with no change, and (at 1x) a rebuild after one row of
 * data/harness-bench/runs.csv changed, with what each drew and reused. Writes
 * bench/results/site.json and prints Markdown tables. Never touches ./dist.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIn, copyRepo } from '../tests/e2e/support/build-copy';
import { distFiles } from './lib/dist-files';
import { markdownTable, mib } from './lib/markdown-table';
import { watchPeak } from './lib/process-tree';
import { growSite } from './lib/synthetic-posts';
import { writeAtomic } from './lib/write-atomic';
import { machine } from './lib/machine';

const HELP = `Usage: npm run bench:site [-- options]

Builds the site in temp copies at several sizes (clones of every post under new slugs) and
measures each build: wall time, peak RSS of the build's process tree, time per page. Each size is
built cold (a fresh copy, empty caches), then again with no change; 1x also after one row of
runs.csv changed. 1x is measured --repeat times (median reported), larger sizes once.

Options:
  --scales LIST     comma-separated multiples of the posts (default 1,10,100)
  --repeat N        fresh copies measured at 1x (default 3)
  --out FILE        where to write the JSON results (default bench/results/site.json)
  --timeout-min N   give up on one build after N minutes (default 30)
  --keep            keep the temp copies (their paths are printed)
  --log-dir DIR     save each build's output there as site-<size>x.log
  -h, --help        show this help
`;

/** One `npm run build` in a copy. */
interface BuildRun {
  wallMs: number;
  peakRssBytes: number;
  peakProcesses: number;
  /** Astro's "building static entrypoints" step (Vite: MDX compilation, bundling), seconds. */
  bundleS: number | null;
  /** Astro's "generating static routes" step (rendering every page), seconds. */
  renderS: number | null;
  /** The build's own report: "charts: N drawn, M reused", "diagrams: N rendered, M reused from cache". */
  charts: { drawn: number; reused: number } | null;
  diagrams: { drawn: number; reused: number } | null;
}

interface SiteRun {
  scale: number;
  posts: number;
  chartPosts: number;
  /** HTML pages in dist/ (posts, tag, category, year and index pages). */
  pages: number;
  /** Every file in dist/, including assets and the search index. */
  files: number;
  distBytes: number;
  cold: BuildRun;
  noChange: BuildRun;
  /** At 1x: after one run of data/harness-bench/runs.csv flipped from pass to fail or back. */
  oneRow: BuildRun | undefined;
  /** Cold wall time per page. */
  msPerPage: number;
}

/** Astro's own timings, when its log still has the shape this expects (null otherwise). */
function phases(output: string): { bundleS: number | null; renderS: number | null } {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const seconds = (s: string | undefined) => {
    const m = /^(?:(\d+)m\s*)?([\d.]+)(m?s)$/.exec((s ?? '').trim());
    if (!m) return null;
    const v = Number(m[1] ?? 0) * 60 + Number(m[2]);
    return m[3] === 'ms' ? v / 1000 : v;
  };
  return {
    bundleS: seconds(/\[vite\] ✓ built in ([^\n]+)/.exec(plain)?.[1]),
    renderS: seconds(/generating static routes[\s\S]*?\n\S* ✓ Completed in ([^\n]+?)\.\s*\n/.exec(plain)?.[1]),
  };
}

function counts(output: string, pattern: RegExp): { drawn: number; reused: number } | null {
  const m = pattern.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
  return m ? { drawn: Number(m[1]), reused: Number(m[2]) } : null;
}

async function buildOnce(dir: string, scale: number, what: string, timeoutMs: number, logDir: string | undefined): Promise<BuildRun> {
  let watch: ReturnType<typeof watchPeak> | undefined;
  const result = await buildIn(dir, { timeoutMs, onSpawn: (pid) => (watch = watchPeak(pid, 100)) });
  const peak = watch?.stop() ?? { peakBytes: 0, peakProcesses: 0, samples: 0 };
  if (logDir) {
    await mkdir(logDir, { recursive: true });
    await writeFile(join(logDir, `site-${scale}x-${what}.log`), result.output);
  }
  if (result.code !== 0) {
    throw new Error(`The ${scale}x ${what} build failed (exit ${result.code ?? result.signal}). Last lines:\n${result.output.split('\n').slice(-40).join('\n')}`);
  }
  return {
    wallMs: Math.round(result.ms),
    peakRssBytes: peak.peakBytes,
    peakProcesses: peak.peakProcesses,
    ...phases(result.output),
    charts: counts(result.output, /charts: (\d+) drawn, (\d+) reused/),
    diagrams: counts(result.output, /diagrams: (\d+) rendered, (\d+) reused/),
  };
}

/** Flips the outcome of the first run in runs.csv: one row of a new sweep. */
async function changeOneRow(dir: string): Promise<void> {
  const file = join(dir, 'data', 'harness-bench', 'runs.csv');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const at = (lines[0] ?? '').split(',').indexOf('passed');
  const cells = (lines[1] ?? '').split(',');
  cells[at] = cells[at] === '1' ? '0' : '1';
  lines[1] = cells.join(',');
  await writeFile(file, lines.join('\n'));
}

async function runScale(scale: number, timeoutMs: number, keep: boolean, logDir: string | undefined): Promise<SiteRun> {
  const copy = await copyRepo({ prefix: `bench-site-${scale}x-` });
  try {
    const grown = await growSite(copy.dir, scale);
    process.stderr.write(`${scale}x: ${grown.posts} posts (${grown.chartPosts} with charts) in ${copy.dir}\n`);
    const cold = await buildOnce(copy.dir, scale, 'cold', timeoutMs, logDir);
    const files = await distFiles(join(copy.dir, 'dist'));
    const pages = [...files.keys()].filter((p) => p.endsWith('.html')).length;
    let distBytes = 0;
    for (const b of files.values()) distBytes += b.length;
    const noChange = await buildOnce(copy.dir, scale, 'no-change', timeoutMs, logDir);
    let oneRow: BuildRun | undefined;
    if (scale === 1) {
      await changeOneRow(copy.dir);
      oneRow = await buildOnce(copy.dir, scale, 'one-row', timeoutMs, logDir);
    }
    process.stderr.write(`${scale}x: cold ${(cold.wallMs / 1000).toFixed(1)} s, no change ${(noChange.wallMs / 1000).toFixed(1)} s${oneRow ? `, one row ${(oneRow.wallMs / 1000).toFixed(1)} s` : ''}\n`);
    return {
      scale,
      posts: grown.posts,
      chartPosts: grown.chartPosts,
      pages,
      files: files.size,
      distBytes,
      cold,
      noChange,
      oneRow,
      msPerPage: Math.round((cold.wallMs / pages) * 10) / 10,
    };
  } finally {
    if (keep) process.stderr.write(`kept ${copy.dir}\n`);
    else await copy.remove();
  }
}

/** The run whose cold build is the median of `runs` (all of one size). */
function medianRun(runs: readonly SiteRun[]): SiteRun {
  return [...runs].sort((a, b) => a.cold.wallMs - b.cold.wallMs)[Math.floor(runs.length / 2)] as SiteRun;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const drew = (b: BuildRun | undefined): string =>
  b === undefined ? '' : `${b.charts ? `${b.charts.drawn}/${b.charts.drawn + b.charts.reused}` : '?'} charts, ${b.diagrams ? `${b.diagrams.drawn}/${b.diagrams.drawn + b.diagrams.reused}` : '?'} diagrams`;

function siteTable(runs: readonly SiteRun[]): string {
  const rows = runs.map((r, i) => {
    const prev = runs[i - 1];
    // The fixed cost (bundling, search index start-up) hides in a plain average; the step from the
    // previous size shows what one more page costs.
    const marginal = prev && r.pages > prev.pages ? ((r.cold.wallMs - prev.cold.wallMs) / (r.pages - prev.pages)).toFixed(1) : '';
    return [
      `${r.scale}x`,
      String(r.posts),
      String(r.chartPosts),
      String(r.pages),
      seconds(r.cold.wallMs),
      r.cold.bundleS === null ? '' : r.cold.bundleS.toFixed(1),
      r.cold.renderS === null ? '' : r.cold.renderS.toFixed(1),
      r.msPerPage.toFixed(1),
      marginal,
      mib(r.cold.peakRssBytes),
      seconds(r.noChange.wallMs),
      drew(r.noChange),
      r.oneRow ? seconds(r.oneRow.wallMs) : '',
      drew(r.oneRow),
    ];
  });
  return markdownTable(
    ['size', 'posts', 'chart posts', 'pages', 'cold s', 'bundle s', 'render s', 'ms/page', 'marginal ms/page', 'peak RSS MiB', 'no change s', 'no change drew', 'one row s', 'one row drew'],
    rows,
  );
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: 'string', default: '1,10,100' },
      out: { type: 'string', default: 'bench/results/site.json' },
      'timeout-min': { type: 'string', default: '60' },
      repeat: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
      'log-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const scales = values.scales.split(',').map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`--scales takes whole numbers >= 1 separated by commas, got "${s}".`);
    return n;
  });
  const timeoutMs = Number(values['timeout-min']) * 60_000;
  if (!(timeoutMs > 0)) throw new Error(`--timeout-min takes a number of minutes > 0, got "${values['timeout-min']}".`);

  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat takes a whole number >= 1, got "${values.repeat}".`);
  const runs: SiteRun[] = [];
  const samples: Record<string, SiteRun[]> = {};
  for (const scale of scales) {
    const mine: SiteRun[] = [];
    for (let i = 0; i < (scale === 1 ? repeat : 1); i++) mine.push(await runScale(scale, timeoutMs, values.keep, values['log-dir']));
    samples[`${scale}x`] = mine;
    runs.push(medianRun(mine));
  }
  const report = {
    machine: machine(),
    method:
      'Each size is a fresh copy of the repository (own caches) with every published post cloned (size - 1) times under new slugs; ' +
      'the build is `npm run build` (Astro, then Pagefind), cold, then again with no change, and at 1x after one row of runs.csv changed. ' +
      'Wall time of the whole command; memory is the peak of the summed RSS of the build process and its descendants, sampled every ' +
      '100 ms from /proc. 1x is the median of --repeat fresh copies by cold time (every sample kept under samples), larger sizes one each.',
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    runs,
    samples,
  };
  await writeAtomic(values.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${siteTable(runs)}\n\nMachine: ${report.machine.cpus} x ${report.machine.cpuModel}, ${mib(report.machine.memoryBytes)} MiB, Node ${report.machine.node}. Results in ${values.out}.\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
