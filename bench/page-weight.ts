/**
 * `npm run bench:weight`: what each kind of page costs a reader (HTML, CSS, initial and lazy
 * JavaScript, fonts, SVG; raw and gzipped), read from a built site. Writes
 * bench/results/page-weight.json and prints a Markdown table.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFailure, buildIn, copyRepo } from '../tests/e2e/support/build-copy';
import { pageWeight, type PageWeight, type SiteFiles } from '../src/lib/quality/page-weight';
import { distFiles } from './lib/dist-files';
import { growSite } from './lib/synthetic-posts';
import { kib, markdownTable } from './lib/markdown-table';
import { writeAtomic } from './lib/write-atomic';

const HELP = `Usage: npm run bench:weight [-- options]

Measures one page of each kind in a built site: home, post without charts, math post, diagram
post, chart post, tag page, search.

Options:
  --dist DIR   the built site to measure (default dist)
  --build      build the current sources in a temp copy first and measure that instead
               (with a synthetic chart post if no post of the site draws charts yet)
  --out FILE   where to write the JSON results (default bench/results/page-weight.json)
  -h, --help   show this help
`;

/** The write-up that carries the interactive charts; measured as the chart post when it is built. */
const CHART_POST = '/2026/harness-bench-wip/';

type Kind = 'home' | 'post without charts' | 'math post' | 'diagram post' | 'chart post' | 'tag page' | 'search';
const KINDS: readonly Kind[] = ['home', 'post without charts', 'math post', 'diagram post', 'chart post', 'tag page', 'search'];

function html(files: SiteFiles, page: string): string {
  const c = files.get(`${page}index.html`);
  return c === undefined ? '' : typeof c === 'string' ? c : Buffer.from(c).toString('utf8');
}

const mathCount = (h: string) => h.match(/<math[\s>]/g)?.length ?? 0;
const hasMath = (h: string) => mathCount(h) > 0;
const hasDiagram = (h: string) => /<figure\b[^>]*class="[^"]*\bdiagram\b[^"]*"[^>]*>\s*[\s\S]*?<svg\b/.test(h);
const loadsJs = (w: PageWeight) => w.js.initial.files.some((f) => f !== '/theme.js') || w.js.lazy.files.length > 0;

/** The first page (in path order) of each kind, or null when the site has none of that kind yet. */
function pickPages(files: SiteFiles): Record<Kind, string | null> {
  const pages = [...files.keys()].filter((p) => p.endsWith('/index.html')).map((p) => p.slice(0, -'index.html'.length)).sort();
  const posts = pages.filter((p) => /^\/\d{4}\/[^/]+\/$/.test(p) && !/-copy-\d+\/$/.test(p));
  const chart = posts.includes(CHART_POST) ? CHART_POST : posts.find((p) => loadsJs(pageWeight(p, files))) ?? null;
  const plain = posts.find((p) => p !== chart && !hasMath(html(files, p)) && !hasDiagram(html(files, p)) && !loadsJs(pageWeight(p, files)));
  return {
    home: pages.includes('/') ? '/' : null,
    'post without charts': plain ?? null,
    // The post with the most math, so the math font and markup show at full weight.
    'math post': mostOf(posts.filter((p) => p !== chart), (p) => mathCount(html(files, p))),
    'diagram post': posts.find((p) => p !== chart && hasDiagram(html(files, p))) ?? null,
    'chart post': chart,
    'tag page': pages.find((p) => /^\/tags\/[^/]+\/$/.test(p)) ?? null,
    search: pages.includes('/search/') ? '/search/' : null,
  };
}

/** The page with the highest score (the first in path order on ties), or null when every score is 0. */
function mostOf(pages: readonly string[], score: (p: string) => number): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const p of pages) {
    const s = score(p);
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

const pair = (s: { raw: number; gzip: number }) => `${kib(s.raw)} / ${kib(s.gzip)}`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string', default: 'dist' },
      build: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results/page-weight.json' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  let dist = values.dist;
  let cleanup = async () => {};
  if (values.build) {
    const copy = await copyRepo({ prefix: 'bench-weight-' });
    cleanup = copy.remove;
    // Adds a stand-in chart post while the site has none of its own (see growSite).
    await growSite(copy.dir, 1);
    const r = await buildIn(copy.dir);
    if (r.code !== 0) {
      await cleanup();
      throw buildFailure('The build of the temp copy', r);
    }
    dist = join(copy.dir, 'dist');
  }
  try {
    const files = await distFiles(dist);
    const picked = pickPages(files);
    const pages: Array<{ kind: Kind; weight: PageWeight | null }> = KINDS.map((kind) => {
      const page = picked[kind];
      return { kind, weight: page === null ? null : pageWeight(page, files) };
    });
    const report = {
      method:
        'Sizes in bytes from the built files. gzip: zlib level 6 for text; woff/woff2 are counted as they are. ' +
        'js.initial: scripts the page references and their static imports; js.lazy: modules reachable only through import(). ' +
        'fonts: first src of every @font-face whose family a rule that may match the page (judged by class names) uses. ' +
        'svg.inline is part of html; total = html + css + js.initial + fonts + svg files.',
      pages: pages.map((p) => ({ kind: p.kind, ...(p.weight ?? { page: null }) })),
    };
    await writeAtomic(values.out, `${JSON.stringify(report, null, 2)}\n`);
    const rows = pages.map(({ kind, weight: w }) =>
      w === null
        ? [kind, '(none built)', '', '', '', '', '', '', '']
        : [kind, w.page, pair(w.html), pair(w.css), pair(w.js.initial), pair(w.js.lazy), pair(w.fonts), `${kib(w.svg.inline.raw)} + ${kib(w.svg.files.raw)}`, pair(w.total)],
    );
    process.stdout.write(
      `${markdownTable(['kind', 'page', 'HTML', 'CSS', 'JS initial', 'JS lazy', 'fonts', 'SVG inline + files', 'total'], rows)}\n\n` +
        `KiB raw / gzipped (fonts as sent). Results in ${values.out}.\n`,
    );
    const problems = pages.flatMap(({ weight: w }) => (w ? [...w.missing.map((m) => `${w.page}: missing ${m}`), ...w.external.map((e) => `${w.page}: other host ${e}`)] : []));
    if (problems.length) {
      process.stderr.write(`${problems.join('\n')}\n`);
      process.exitCode = 1;
    }
  } finally {
    await cleanup();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
