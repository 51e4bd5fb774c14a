import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { readCachedSvg, writeCachedSvg, type CacheLabel } from '../mermaid/svg-cache';
import type { ChartSvgs } from '../render/render-svg-themes';
import { vegaRuntime } from '../render/vega-runtime';
import { chartConfig, pageChartConfig } from '../specs/theme';

/** Where drawn charts are kept between builds (and runs of `npm run figures`). */
export const CHART_CACHE_DIR = 'node_modules/.cache/chart-svg';

/**
 * The project's own code that decides what a chart looks like: the chart kinds and interactions,
 * the compiling and drawing, the theme. Its version in the cache key is a hash of every file
 * under these folders, read at build time, rather than a number someone has to remember to bump:
 * any edit there, even a comment, makes every entry stale, so no entry can outlive the code that
 * drew it. (The price is a full redraw after such an edit, once.)
 */
export const CHART_CODE_DIRS: readonly string[] = ['src/lib/charts', 'src/lib/render', 'src/lib/specs'];

/** Bumped when what an entry holds changes shape. */
const CACHE_FORMAT = 1;
const FORMS = ['page', 'light', 'dark'] as const;
const LABEL: CacheLabel = { tag: 'charts', thing: 'chart' };

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const codeHashes = new Map<string, string | null>();

/**
 * A SHA-256 of the chart code under `root` (CHART_CODE_DIRS: every file's path and bytes, in
 * path order), once per process; null when those folders are not there to read, and then the
 * cache is not used at all, since nothing would tell a stale entry from a good one.
 */
export function chartCodeHash(root: string = process.cwd()): string | null {
  const at = resolve(root);
  if (codeHashes.has(at)) return codeHashes.get(at) ?? null;
  let hash: string | null;
  try {
    const files = CHART_CODE_DIRS.flatMap((d) => {
      const dir = join(at, d);
      if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
      return filesUnder(dir);
    });
    const h = createHash('sha256');
    for (const file of files.map((f) => relative(at, f).split(sep).join('/')).sort()) {
      h.update(`${file}\0`);
      h.update(readFileSync(join(at, file)));
      h.update('\0');
    }
    hash = h.digest('hex');
  } catch {
    hash = null;
  }
  codeHashes.set(at, hash);
  return hash;
}

export interface ChartCacheKeyInput {
  /** The Vega-Lite spec as drawn, its data rows inlined. */
  spec: TopLevelSpec;
  vegaVersion: string;
  vegaLiteVersion: string;
  codeHash: string;
}

/**
 * The key of one chart's drawings: a SHA-256 over everything that can change them. The spec with
 * its data rows, the configs it is compiled with (the page's and both themes': colours, fonts,
 * scheme) and the Vega-Lite version together fix the compiled Vega spec; the Vega version and the
 * chart code fix how it is drawn.
 */
export function chartCacheKey(input: ChartCacheKeyInput): string {
  const material = JSON.stringify([
    CACHE_FORMAT,
    input.vegaVersion,
    input.vegaLiteVersion,
    input.codeHash,
    [pageChartConfig(), chartConfig('light'), chartConfig('dark')],
    input.spec,
  ]);
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

function formKey(key: string, form: (typeof FORMS)[number]): string {
  return createHash('sha256').update(`${key}\n${form}`, 'utf8').digest('hex');
}

/**
 * Distinct charts drawn and reused in this process, and the drawings already in hand by key (a
 * build renders a post twice, for its page and for the feed; the second time neither draws nor
 * reads the disk, nor counts). On globalThis, as the pages and the integration that reports are
 * separate module instances.
 */
const STATE = Symbol.for('research-report-site.chart-cache-state');
interface ChartStats {
  drawn: number;
  reused: number;
}
interface State {
  stats: ChartStats;
  seen: Map<string, ChartSvgs>;
}

function state(): State {
  const g = globalThis as typeof globalThis & { [STATE]?: State };
  g[STATE] ??= { stats: { drawn: 0, reused: 0 }, seen: new Map() };
  return g[STATE];
}

export function chartStats(): ChartStats {
  return state().stats;
}

/** Starts a new count with nothing in hand: at the start of each build (a dev server runs several). */
export function resetChartCount(): void {
  const s = state();
  s.stats = { drawn: 0, reused: 0 };
  s.seen.clear();
}

/** One line for the build log: "charts: 2 drawn, 9 reused". */
export function chartSummary(stats: ChartStats = chartStats()): string {
  return `charts: ${stats.drawn} drawn, ${stats.reused} reused`;
}

/**
 * Calls finish in the order they were made, whether their chart is drawn, read from disk or
 * already in hand: page markup can depend on which chart of a page is done first (Astro emits a
 * component's <script> with its first instance to finish), and drawing, which takes turns
 * anyway (render-svg.ts), kept that order; a cache read must not change it, or a warm build and
 * a cold one would differ.
 */
const TURN = Symbol.for('research-report-site.chart-cache-turn');

function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const g = globalThis as typeof globalThis & { [TURN]?: Promise<unknown> };
  const result = (g[TURN] ?? Promise.resolve()).then(work, work);
  g[TURN] = result.catch(() => undefined);
  return result;
}

export interface ChartCacheOptions {
  /** Default CHART_CACHE_DIR under the working directory. */
  dir?: string;
  /** Where the chart code is read for the key; default the working directory. */
  root?: string;
  warn?: (message: string) => void;
}

/**
 * A chart's drawings from the cache when all three are there and each matches the digest stored
 * with it (see svg-cache.ts); otherwise drawn by `draw` and stored. A cache that cannot be read or
 * written costs one warning and the chart is drawn; `npm run build -- --no-cache` (SITE_NO_CACHE)
 * reads nothing.
 */
export function cachedChartSvgs(spec: TopLevelSpec, draw: () => Promise<ChartSvgs>, opts: ChartCacheOptions = {}): Promise<ChartSvgs> {
  return inTurn(() => lookUpOrDraw(spec, draw, opts));
}

async function lookUpOrDraw(spec: TopLevelSpec, draw: () => Promise<ChartSvgs>, opts: ChartCacheOptions): Promise<ChartSvgs> {
  const codeHash = chartCodeHash(opts.root);
  const stats = chartStats();
  if (codeHash === null) {
    stats.drawn++;
    return draw();
  }
  const dir = resolve(opts.root ?? process.cwd(), opts.dir ?? CHART_CACHE_DIR);
  const warn = opts.warn ?? console.warn;
  const { vega, vegaLite } = vegaRuntime();
  const key = chartCacheKey({ spec, vegaVersion: vega.version, vegaLiteVersion: vegaLite.version, codeHash });
  const seen = state().seen;
  const known = seen.get(`${dir}\n${key}`);
  if (known) return { ...known };
  const found: Partial<ChartSvgs> = {};
  for (const form of FORMS) {
    const svg = await readCachedSvg(dir, formKey(key, form), warn, LABEL);
    if (svg === null) break;
    found[form] = svg;
  }
  if (found.page !== undefined && found.light !== undefined && found.dark !== undefined) {
    stats.reused++;
    const svgs = { page: found.page, light: found.light, dark: found.dark };
    seen.set(`${dir}\n${key}`, svgs);
    return { ...svgs };
  }
  const svgs = await draw();
  stats.drawn++;
  for (const form of FORMS) await writeCachedSvg(dir, formKey(key, form), svgs[form], warn, LABEL);
  seen.set(`${dir}\n${key}`, svgs);
  return { ...svgs };
}
