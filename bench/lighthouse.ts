/**
 * `npm run bench:lighthouse`: Lighthouse's four category scores, DOM size and total blocking time
 * of one page of each type, on a site that is already built. dist/ is served with gzip on
 * 127.0.0.1, and Lighthouse drives the Chromium the tests use (src/lib/browser/chromium.ts) with
 * its default mobile settings and simulated throttling. Writes bench/results/lighthouse.json and
 * prints a Markdown table. It measures; it never fails on a score.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Config, Flags } from 'lighthouse';
import { describeChromiumMissing, resolveChromium } from '../src/lib/browser/chromium';
import { startServer } from '../tests/e2e/support/server';
import { CATEGORIES, medianOfRuns, summarizeRun, type RunSummary } from './lib/lighthouse-summary';
import { markdownTable } from './lib/markdown-table';
import { writeAtomic } from './lib/write-atomic';

const HELP = `Usage: npm run bench:lighthouse [-- options]

Runs Lighthouse (mobile, simulated throttling) over one page of each type of a built site:
home, chart post, math post, diagram post. Build first (npm run build).

Options:
  --dist DIR   the built site (default dist)
  --runs N     runs per page; the median of each number is reported (default 3)
  --out FILE   where to write the JSON results (default bench/results/lighthouse.json)
  -h, --help   show this help
`;

const PAGES: ReadonlyArray<{ type: string; path: string }> = [
  { type: 'home', path: '/' },
  { type: 'chart post', path: '/2026/harness-bench-wip/' },
  { type: 'math post', path: '/2026/some-notes-on-gradient-estimation/' },
  { type: 'diagram post', path: '/2026/deep-research-mcp/' },
];

/**
 * Lighthouse's defaults (mobile form factor and screen, simulated "slow 4G" and 4x CPU) stated
 * outright, minus the full-page screenshot, which only illustrates the report and takes seconds
 * on a long page.
 */
const CONFIG: Config = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
    throttlingMethod: 'simulate',
    disableFullPageScreenshot: true,
  },
};

/**
 * Nothing but the local server may be reached: every host name resolves to nothing (IP literals,
 * like the server's 127.0.0.1, are not looked up). Chromium's own background traffic is already
 * off through CHROMIUM_ARGS and chrome-launcher's defaults.
 */
const OFFLINE_FLAGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

interface Run extends RunSummary {
  readonly loadAverage1m: { readonly before: number; readonly after: number };
  readonly benchmarkIndex: number | null;
  readonly error?: string;
}

async function runOnce(url: string, origin: string, chromePath: string, args: readonly string[]): Promise<Run> {
  const before = load1();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...args, ...OFFLINE_FLAGS], logLevel: 'silent' });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error' };
    const result = await lighthouse(url, flags, CONFIG);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
    const { lhr } = result;
    return {
      ...summarizeRun(lhr, origin),
      loadAverage1m: { before, after: load1() },
      benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
      ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    };
  } finally {
    chrome.kill();
  }
}

const show = (n: number | null, digits = 0): string => (n === null ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: 'bench/results/lighthouse.json' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs is "${values.runs}"; it must be a whole number of at least 1.\n\n${HELP}`);
  if (!existsSync(join(values.dist, 'index.html'))) throw new Error(`${values.dist}/index.html does not exist: build the site first (npm run build).`);
  const chromium = await resolveChromium();
  if (!chromium) throw new Error(describeChromiumMissing());

  const server = await startServer(values.dist, { gzip: true });
  const loadBefore = load1();
  const pages = [];
  try {
    for (const { type, path } of PAGES) {
      if (!existsSync(join(values.dist, path, 'index.html'))) {
        pages.push({ type, path, missing: true });
        continue;
      }
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) {
        process.stderr.write(`lighthouse: ${path} run ${i + 1} of ${runs}\n`);
        results.push(await runOnce(server.url + path, server.url, chromium.executablePath, chromium.args));
      }
      pages.push({ type, path, median: medianOfRuns(results), runs: results });
    }
  } finally {
    await server.close();
  }

  const { version } = createRequire(import.meta.url)('lighthouse/package.json') as { version: string };
  const report = {
    method:
      `Lighthouse ${version}, default mobile settings (Moto G Power screen, simulated slow 4G and 4x CPU slowdown), ` +
      `full-page screenshot off, on dist/ served with gzip from 127.0.0.1 by tests/e2e/support/server.ts; ` +
      `Chromium from ${chromium.source} with the flags of src/lib/browser/chromium.ts, host names resolving to nothing. ` +
      `A fresh browser per run; each number is the median of ${runs} runs. Scores 0-100; domElements from the dom-size audit; ` +
      `lostPoints names the weighted audits scoring below 1; offsite lists requests to other hosts (none expected).`,
    chromium: chromium.source,
    loadAverage1m: { before: loadBefore, after: load1() },
    pages,
  };
  await writeAtomic(values.out, `${JSON.stringify(report, null, 2)}\n`);

  const rows = pages.map((p) =>
    'median' in p && p.median
      ? [p.type, p.path, ...CATEGORIES.map((c) => show(p.median.scores[c])), show(p.median.domElements), show(p.median.totalBlockingTimeMs)]
      : [p.type, p.path, '(not built)', '', '', '', '', ''],
  );
  process.stdout.write(
    `${markdownTable(['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'DOM elements', 'TBT ms'], rows)}\n\n` +
      `Median of ${runs} runs; one-minute load average ${report.loadAverage1m.before} before, ${report.loadAverage1m.after} after. Results in ${values.out}.\n`,
  );
  const notes = pages.flatMap((p) => ('runs' in p && p.runs ? p.runs.flatMap((r) => [...(r.error ? [`${p.path}: ${r.error}`] : []), ...r.offsite.map((u) => `${p.path}: requested ${u}`)]) : []));
  if (notes.length) process.stderr.write(`${[...new Set(notes)].join('\n')}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
