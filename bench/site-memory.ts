/**
 * `npm run bench:memory`: where the memory of a large site build goes. Builds a copy of the site
 * grown to --scale times its posts (as bench:site does), cold, with bench/lib/memory-trace.mjs
 * preloaded into its Node processes, and samples the process tree by command name. Reports, at
 * the tree's peak and over the build, how much is the build process's V8 heap (used and
 * reserved) and how much it holds outside the heap, and what Chromium (the diagrams) adds.
 * Two builds: V8 left alone, and one forcing a full collection every 2 s, which shows how much
 * of the heap is retained rather than garbage not yet collected. Writes
 * bench/results/site-memory.json and prints a table.
 */
import { readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIn, copyRepo } from '../tests/e2e/support/build-copy';
import { markdownTable } from './lib/markdown-table';
import { treeRssByName } from './lib/process-tree';
import { growSite } from './lib/synthetic-posts';
import { writeAtomic } from './lib/write-atomic';
import { machine } from './lib/machine';

const HELP = `Usage: npm run bench:memory [-- options]

Builds the site grown to --scale times its posts twice, cold (V8 left alone, then a full garbage
collection forced every 2 s), and reports the build's peak memory split into V8 heap, memory
outside the heap and Chromium.

Options:
  --scale N         multiple of the posts (default 100)
  --timeout-min N   give up on one build after N minutes (default 30)
  --out FILE        where to write the JSON results (default bench/results/site-memory.json)
  -h, --help        show this help
`;

/** One line of bench/lib/memory-trace.mjs. */
interface Sample {
  pid: number;
  script: string;
  /** Date.now() when sampled. */
  at: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
}

interface TreeSample {
  /** Date.now() when sampled. */
  at: number;
  total: number;
  byName: Record<string, number>;
}

/** The build process's memory at one moment, MiB. */
interface Split {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  /** RSS outside V8's heap: native addons (the bundler), code, buffers, the allocator's slack. */
  outsideHeap: number;
}

interface MemoryRun {
  mode: string;
  wallMs: number;
  /** Peak of the summed RSS of the build's process tree, MiB, and its split by command then. */
  treePeak: number;
  treePeakByName: Record<string, number>;
  /** The Node process with the largest RSS (the one running scripts/build.ts, Astro in-process). */
  buildScript: string;
  atTreePeak: Split | null;
  atOwnPeak: Split;
  /** Highest memory held outside V8's heap over the build, MiB. */
  maxOutsideHeap: number;
  /** heapUsed at the last sample (after rendering and indexing), MiB. */
  lastHeapUsed: number;
}

const toMiB = (b: number) => Math.round(b / 2 ** 20);
const split = (s: Sample): Split => ({ rss: toMiB(s.rss), heapUsed: toMiB(s.heapUsed), heapTotal: toMiB(s.heapTotal), outsideHeap: toMiB(s.rss - s.heapTotal) });

async function buildTraced(dir: string, mode: string, gcEveryMs: number, timeoutMs: number): Promise<MemoryRun> {
  const traceFile = join(tmpdir(), `bench-memory-${process.pid}-${gcEveryMs}.jsonl`);
  await rm(traceFile, { force: true });
  const tree: TreeSample[] = [];
  let timer: NodeJS.Timeout | undefined;
  const preload = resolve('bench/lib/memory-trace.mjs');
  const result = await buildIn(dir, {
    timeoutMs,
    env: {
      MEMORY_TRACE_FILE: traceFile,
      ...(gcEveryMs > 0 ? { MEMORY_TRACE_GC_MS: String(gcEveryMs) } : {}),
      NODE_OPTIONS: `${gcEveryMs > 0 ? '--expose-gc ' : ''}--import ${preload}`,
    },
    onSpawn: (pid) => {
      timer = setInterval(() => {
        const byName = treeRssByName(pid);
        tree.push({ at: Date.now(), total: Object.values(byName).reduce((sum, b) => sum + b, 0), byName });
      }, 250);
    },
  });
  if (timer) clearInterval(timer);
  if (result.code !== 0) throw new Error(`The ${mode} build failed (exit ${result.code ?? result.signal}). Last lines:\n${result.output.split('\n').slice(-40).join('\n')}`);
  const samples = (await readFile(traceFile, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Sample);
  await rm(traceFile, { force: true });
  const largest = new Map<number, Sample>();
  for (const s of samples) if ((largest.get(s.pid)?.rss ?? -1) < s.rss) largest.set(s.pid, s);
  const own = [...largest.values()].sort((a, b) => b.rss - a.rss)[0];
  if (!own) throw new Error(`The ${mode} build left no memory samples; was ${preload} preloaded?`);
  const mine = samples.filter((s) => s.pid === own.pid);
  const peak = tree.reduce((a, b) => (b.total > a.total ? b : a), { at: 0, total: 0, byName: {} });
  // The build process's sample closest in time to the tree's peak.
  const atPeak = mine.reduce<Sample | null>((a, b) => (a === null || Math.abs(b.at - peak.at) < Math.abs(a.at - peak.at) ? b : a), null);
  const last = mine[mine.length - 1] ?? own;
  return {
    mode,
    wallMs: Math.round(result.ms),
    treePeak: toMiB(peak.total),
    treePeakByName: Object.fromEntries(Object.entries(peak.byName).map(([k, v]) => [k, toMiB(v)])),
    buildScript: own.script.replace(`${dir}/`, ''),
    atTreePeak: atPeak ? split(atPeak) : null,
    atOwnPeak: split(own),
    maxOutsideHeap: Math.max(...mine.map((s) => toMiB(s.rss - s.heapTotal))),
    lastHeapUsed: toMiB(last.heapUsed),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string' }, 'timeout-min': { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const scale = Number(values.scale ?? 100);
  const timeoutMs = Number(values['timeout-min'] ?? 30) * 60_000;
  const outFile = values.out ?? 'bench/results/site-memory.json';
  const copy = await copyRepo({ prefix: `bench-memory-${scale}x-` });
  const runs: MemoryRun[] = [];
  let grown;
  try {
    grown = await growSite(copy.dir, scale);
    process.stderr.write(`${scale}x: ${grown.posts} posts in ${copy.dir}\n`);
    for (const [mode, gcEveryMs] of [
      ['V8 left alone', 0],
      ['full GC forced every 2 s', 2000],
    ] as const) {
      await rm(join(copy.dir, 'dist'), { recursive: true, force: true });
      await rm(join(copy.dir, 'node_modules', '.cache'), { recursive: true, force: true });
      runs.push(await buildTraced(copy.dir, mode, gcEveryMs, timeoutMs));
      process.stderr.write(`${scale}x, ${mode}: peak ${runs[runs.length - 1]?.treePeak} MiB\n`);
    }
  } finally {
    await copy.remove();
  }
  const report = {
    machine: machine(),
    method:
      `A fresh copy of the repository with every post cloned to ${scale}x (as bench:site), built cold (no dist, no caches) by npm run build with bench/lib/memory-trace.mjs preloaded into its Node processes (process.memoryUsage every 250 ms); ` +
      'the process tree sampled from /proc every 250 ms by command name. MiB. outsideHeap = rss - heapTotal of the build process.',
    scale,
    posts: grown?.posts,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    runs,
  };
  await writeAtomic(outFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${markdownTable(
      ['build', 'tree peak', 'of it: build process', 'its V8 heap used / reserved', 'its memory outside the heap', 'Chromium', 'other processes', 'heap used at the end'],
      runs.map((r) => {
        const own = r.atTreePeak;
        const chromium = Object.entries(r.treePeakByName).reduce((sum, [name, v]) => sum + (/chrom/i.test(name) ? v : 0), 0);
        const rest = r.treePeak - chromium - (own?.rss ?? 0);
        return [r.mode, `${r.treePeak} MiB`, own ? `${own.rss} MiB` : '?', own ? `${own.heapUsed} / ${own.heapTotal} MiB` : '?', own ? `${own.outsideHeap} MiB` : '?', `${chromium} MiB`, `${rest} MiB`, `${r.lastHeapUsed} MiB`];
      }),
    )}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
