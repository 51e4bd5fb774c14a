/**
 * `npm run bench:site`: builds the whole site in throw-away copies of the repository at 1x, 10x
 * and 100x its posts and reports wall time, peak memory of the build's process tree and time per
 * page. Writes bench/results/site.json and prints a Markdown table. Never touches ./dist.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIn, copyRepo } from '../tests/e2e/support/build-copy';
import { distFiles } from './lib/dist-files';
import { kib, markdownTable, mib } from './lib/markdown-table';
import { watchPeak } from './lib/process-tree';
import { growSite } from './lib/synthetic-posts';
import { writeAtomic } from './lib/write-atomic';

const HELP = `Usage: npm run bench:site [-- options]

Builds the site in temp copies at several sizes (clones of every post under new slugs) and
measures each build: wall time, peak RSS of the build's process tree, time per page.

Options:
  --scales LIST     comma-separated multiples of the posts (default 1,10,100)
  --out FILE        where to write the JSON results (default bench/results/site.json)
  --timeout-min N   give up on one build after N minutes (default 30)
  --keep            keep the temp copies (their paths are printed)
  --log-dir DIR     save each build's output there as site-<size>x.log
  -h, --help        show this help
`;

interface SiteRun {
  scale: number;
  posts: number;
  chartPosts: number;
  /** HTML pages in dist/ (posts, tag, category, year and index pages). */
  pages: number;
  /** Every file in dist/, including assets and the search index. */
  files: number;
  distBytes: number;
  wallMs: number;
  msPerPage: number;
  peakRssBytes: number;
  peakProcesses: number;
  /** Astro's "building static entrypoints" step (Vite: MDX compilation, bundling), seconds. */
  bundleS: number | null;
  /** Astro's "generating static routes" step (rendering every page), seconds. */
  renderS: number | null;
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

async function runScale(scale: number, timeoutMs: number, keep: boolean, logDir: string | undefined): Promise<SiteRun> {
  const copy = await copyRepo({ prefix: `bench-site-${scale}x-` });
  try {
    const grown = await growSite(copy.dir, scale);
    process.stderr.write(`${scale}x: ${grown.posts} posts (${grown.chartPosts} with charts) in ${copy.dir}\n`);
    let watch: ReturnType<typeof watchPeak> | undefined;
    const result = await buildIn(copy.dir, { timeoutMs, onSpawn: (pid) => (watch = watchPeak(pid, 100)) });
    const peak = watch?.stop() ?? { peakBytes: 0, peakProcesses: 0, samples: 0 };
    if (logDir) {
      await mkdir(logDir, { recursive: true });
      await writeFile(join(logDir, `site-${scale}x.log`), result.output);
    }
    if (result.code !== 0) {
      throw new Error(`The ${scale}x build failed (exit ${result.code ?? result.signal}). Last lines:\n${result.output.split('\n').slice(-40).join('\n')}`);
    }
    const files = await distFiles(join(copy.dir, 'dist'));
    const pages = [...files.keys()].filter((p) => p.endsWith('.html')).length;
    let distBytes = 0;
    for (const b of files.values()) distBytes += b.length;
    return {
      scale,
      posts: grown.posts,
      chartPosts: grown.chartPosts,
      pages,
      files: files.size,
      distBytes,
      wallMs: Math.round(result.ms),
      ...phases(result.output),
      msPerPage: Math.round((result.ms / pages) * 10) / 10,
      peakRssBytes: peak.peakBytes,
      peakProcesses: peak.peakProcesses,
    };
  } finally {
    if (keep) process.stderr.write(`kept ${copy.dir}\n`);
    else await copy.remove();
  }
}

function siteTable(runs: readonly SiteRun[]): string {
  const rows = runs.map((r, i) => {
    const prev = runs[i - 1];
    // The fixed cost (bundling, search index start-up) hides in a plain average; the step from the
    // previous size shows what one more page costs.
    const marginal = prev && r.pages > prev.pages ? ((r.wallMs - prev.wallMs) / (r.pages - prev.pages)).toFixed(1) : '';
    return [
      `${r.scale}x`,
      String(r.posts),
      String(r.chartPosts),
      String(r.pages),
      (r.wallMs / 1000).toFixed(1),
      r.bundleS === null ? '' : r.bundleS.toFixed(1),
      r.renderS === null ? '' : r.renderS.toFixed(1),
      r.msPerPage.toFixed(1),
      marginal,
      mib(r.peakRssBytes),
      kib(r.distBytes),
    ];
  });
  return markdownTable(['size', 'posts', 'chart posts', 'pages', 'build s', 'bundle s', 'render s', 'ms/page', 'marginal ms/page', 'peak RSS MiB', 'dist KiB'], rows);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: 'string', default: '1,10,100' },
      out: { type: 'string', default: 'bench/results/site.json' },
      'timeout-min': { type: 'string', default: '30' },
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

  const runs: SiteRun[] = [];
  for (const scale of scales) runs.push(await runScale(scale, timeoutMs, values.keep, values['log-dir']));
  const cpu = cpus();
  const report = {
    machine: { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version },
    method:
      'Each size is a fresh copy of the repository (own Astro cache) with every published post cloned (size - 1) times under new slugs; ' +
      'the build is `npm run build` (Astro, then Pagefind). Wall time of the whole command; memory is the peak of the summed RSS of the ' +
      'build process and its descendants, sampled every 100 ms from /proc.',
    runs,
  };
  await writeAtomic(values.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${siteTable(runs)}\n\nMachine: ${report.machine.cpus} x ${report.machine.cpuModel}, ${mib(report.machine.memoryBytes)} MiB, Node ${report.machine.node}. Results in ${values.out}.\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
