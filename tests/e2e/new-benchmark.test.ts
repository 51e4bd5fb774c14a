import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser';
import { buildFailure, buildIn, copyRepo, type BuildResult, type RepoCopy } from './support/build-copy';
import { startServer, type StaticServer } from './support/server';

/**
 * A benchmark the engine has never seen goes from one CSV and one MDX file to a published post.
 * The fixture (tests/fixtures/judge-study) is a judge-agreement study: four judges, two prompt
 * styles, four items in two domains, a 0/1 agreement, a token count and a latency with one cell
 * missing; a CRLF file with a BOM and no data package, so every type is inferred. In a temp copy
 * of the repo the post is added and built, and everything a reader sees is checked against
 * counts worked out by hand from the 32 rows (listed in the comments). Then three kinds of bad
 * data each stop the build with the file, line, column and value, and leave dist/ as it was.
 */

const FIXTURE = 'tests/fixtures/judge-study';
const POST_FILE = 'src/content/posts/2026/judge-study.mdx';
const DATA_FILE = 'data/judge-study/verdicts.csv';
const PAGE = '/2026/judge-study/';

interface Figure {
  id: string;
  chart: string;
  description: string;
  /** The chart's Data table: header, then rows. */
  table: string[][];
}

interface Page {
  status: number;
  prose: string;
  figures: Figure[];
  tables: Array<{ id: string; rows: string[][] }>;
  claims: string[];
}

let copy: RepoCopy;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;
let page: Page;

async function readPage(): Promise<Page> {
  const ctx = await newContext(browser, { javaScriptEnabled: false });
  const tab = await ctx.newPage();
  const res = await tab.goto(server.url + PAGE, { waitUntil: 'load' });
  const found = await tab.evaluate(() => {
    const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const rows = (table: Element | null) => [...(table?.querySelectorAll('tr') ?? [])].map((tr) => [...tr.children].map((c) => text(c)));
    const figures = [...document.querySelectorAll('figure.chart')].map((fig) => ({
      id: fig.id,
      chart: fig.getAttribute('data-chart') ?? '',
      description: text(fig.querySelector('.chart-description')),
      table: rows(fig.querySelector('.chart-data table')),
    }));
    const tables = [...document.querySelectorAll('figure.data-table')].map((fig) => ({
      id: fig.id,
      rows: [...fig.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c))),
    }));
    const prose = document.querySelector('.prose')?.cloneNode(true) as Element | undefined;
    for (const e of prose?.querySelectorAll('figure, aside') ?? []) e.remove();
    const claims = [...document.querySelectorAll('.prose [data-claim]')].map((e) => e.getAttribute('data-claim') ?? '');
    return { figures, tables, prose: text(prose), claims };
  });
  await ctx.close();
  return { status: res?.status() ?? 0, ...found };
}

function figure(id: string): Figure {
  const f = page.figures.find((x) => x.id === id);
  if (!f) throw new Error(`No figure #${id} on ${PAGE}; there are ${page.figures.map((x) => `#${x.id}`).join(', ') || 'none'}.`);
  return f;
}

/** Every file of dist/ with the sha256 of its bytes, to show a failed build changed nothing. */
async function distHashes(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const root = join(copy.dir, 'dist');
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(relative(root, p).split(sep).join('/'), createHash('sha256').update(await readFile(p)).digest('hex'));
    }
  }
  await walk(root);
  return out;
}

beforeAll(async () => {
  copy = await copyRepo({ prefix: 'new-benchmark-' });
  await mkdir(join(copy.dir, 'data', 'judge-study'), { recursive: true });
  await copyFile(join(FIXTURE, 'verdicts.csv'), join(copy.dir, DATA_FILE));
  await copyFile(join(FIXTURE, 'judge-study.mdx'), join(copy.dir, POST_FILE));
  build = await buildIn(copy.dir, { timeoutMs: 15 * 60_000 });
  if (build.code !== 0) throw buildFailure('The build with the judge-study post', build);
  server = await startServer(join(copy.dir, 'dist'));
  browser = await launchBrowser();
  page = await readPage();
}, 20 * 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

describe('a post on a dataset of its own shape, from one CSV and one MDX file', () => {
  it('is published, with its numbers in the prose', () => {
    expect(page.status).toBe(200);
    // 4 judges x 2 prompts x 4 items = 32 rows; Lynx agrees on 3 of 4 plain and 4 of 4 rubric
    // verdicts (7/8), at 400 and 600 tokens (mean 500).
    expect(page.prose).toContain('32 verdicts in all.');
    expect(page.prose).toContain('Lynx agrees with the human label on 7/8, 87.5% of them and spends 500 tokens a verdict.');
  });

  it('draws a frontier over the judges: Otter, Heron and Lynx on it, Wren behind Heron', () => {
    const f = figure('fig-frontier');
    expect(f.chart).toBe('Frontier');
    // Mean tokens and agreement per judge: Otter 125 and 4/8, Heron 250 and 6/8, Wren 300 and
    // 3/8, Lynx 500 and 7/8. Wren spends more than Heron and agrees less. Groups come in the
    // order the data first names them.
    expect(f.table.slice(1)).toEqual([
      ['Lynx', '7/8, 87.5%', '500', 'yes'],
      ['Otter', '4/8, 50.0%', '125', 'yes'],
      ['Heron', '6/8, 75.0%', '250', 'yes'],
      ['Wren', '3/8, 37.5%', '300', 'no'],
    ]);
    expect(f.description).toContain('holds 3 points');
    for (const judge of ['Otter', 'Heron', 'Lynx']) expect(f.description).toContain(judge);
  });

  it('draws a heatmap of agreement per judge and domain', () => {
    const f = figure('fig-heatmap');
    const cells = new Map(f.table.slice(1).map((r) => [`${r[0]}|${r[1]}`, r[2]]));
    // Code items c1, c2 and prose items p1, p2, each under both prompts.
    expect(Object.fromEntries(cells)).toEqual({
      'Lynx|code': '4/4, 100.0%',
      'Lynx|prose': '3/4, 75.0%',
      'Heron|code': '3/4, 75.0%',
      'Heron|prose': '3/4, 75.0%',
      'Otter|code': '3/4, 75.0%',
      'Otter|prose': '1/4, 25.0%',
      'Wren|code': '2/4, 50.0%',
      'Wren|prose': '1/4, 25.0%',
    });
  });

  it('draws a slope from the plain prompt to the rubric for each judge', () => {
    const f = figure('fig-slope');
    const byJudge = new Map(f.table.slice(1).map((r) => [r[0], r.slice(1, 3)]));
    expect(byJudge.get('Lynx')).toEqual(['3/4, 75.0%', '4/4, 100.0%']);
    expect(byJudge.get('Otter')).toEqual(['1/4, 25.0%', '3/4, 75.0%']);
    expect(byJudge.get('Heron')).toEqual(['3/4, 75.0%', '3/4, 75.0%']);
    expect(byJudge.get('Wren')).toEqual(['2/4, 50.0%', '1/4, 25.0%']);
  });

  it('ranks the prompt styles with Wilson intervals, best first', () => {
    const f = figure('fig-styles');
    // rubric 4 + 3 + 3 + 1 = 11/16, plain 3 + 1 + 3 + 2 = 9/16. Wilson 95%: 11/16 -> 44.4% to
    // 85.8%, 9/16 -> 33.2% to 76.9% (z = 1.959964). 9/16 is 56.25%, which the site rounds half
    // to even: 56.2%.
    expect(f.table.slice(1).map((r) => r[0])).toEqual(['rubric', 'plain']);
    expect(f.table[1]?.join(' ')).toContain('11/16, 68.8%');
    expect(f.table[1]?.join(' ')).toMatch(/44\.4%.*85\.8%/);
    expect(f.table[2]?.join(' ')).toContain('9/16, 56.2%');
    expect(f.table[2]?.join(' ')).toMatch(/33\.2%.*76\.9%/);
  });

  it('draws a scatter of every row and says which one it leaves out', () => {
    const f = figure('fig-latency');
    // Wren's rubric verdict on p2 has no latency.
    expect(f.table.length - 1).toBe(31);
    expect(f.description).toContain('1 row without tokens or latency_s is left out.');
  });

  it('shows a table per judge, sorted by agreement', () => {
    const t = page.tables.find((x) => x.id === 'tab-judges');
    expect(t?.rows).toEqual([
      ['Lynx', '7/8, 87.5%', '500', '8'],
      ['Heron', '6/8, 75.0%', '250', '8'],
      ['Otter', '4/8, 50.0%', '125', '8'],
      ['Wren', '3/8, 37.5%', '300', '8'],
    ]);
  });

  it('checks its claims: both hold, and the paired test is quoted', () => {
    expect(page.claims).toEqual(['lynx-agrees-most', 'rubric-not-told-from-plain']);
    expect(build.output).not.toMatch(/\[claims\] 2026\/judge-study/);
    // Pairs (judge, item) where the prompts disagree: 5 where only the rubric agrees, 3 where
    // only the plain prompt does. Exact McNemar: 2 * P(X <= 3), X ~ Bin(8, 1/2) = 2 * 93/256 = 0.73.
    expect(page.prose).toContain('(exact McNemar p = 0.73)');
  });

  it('offers each figure as files: CSV, SVG and Vega-Lite spec', async () => {
    const files = await readdir(join(copy.dir, 'dist', 'figures', '2026', 'judge-study'));
    for (const id of ['fig-frontier', 'fig-heatmap', 'fig-slope', 'fig-styles', 'fig-latency']) {
      expect(files).toContain(`${id}.csv`);
      expect(files).toContain(`${id}.vl.json`);
      expect(files.some((f) => f.startsWith(id) && f.endsWith('.svg'))).toBe(true);
    }
    const csv = await readFile(join(copy.dir, 'dist', 'figures', '2026', 'judge-study', 'fig-styles.csv'), 'utf8');
    // The mean, the count and the Wilson bounds worked out above, unrounded.
    // RFC 4180 line ends.
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('prompt_style,mean_agrees,n,ci_lo,ci_hi');
    expect(lines[1]).toMatch(/^rubric,0\.6875,16,0\.4440\d*,0\.8583\d*$/);
    expect(lines[2]).toMatch(/^plain,0\.5625,16,0\.3317\d*,0\.7690\d*$/);
  });
});

describe('bad data in the new schema', () => {
  /** Builds the copy with `edit` applied to the CSV (and `extra` files added), then puts everything back. */
  async function buildWithBadData(edit: (csv: string) => string, extra: Record<string, string> = {}): Promise<{ r: BuildResult; unchanged: boolean }> {
    const csvPath = join(copy.dir, DATA_FILE);
    const original = await readFile(csvPath, 'utf8');
    const postPath = join(copy.dir, POST_FILE);
    const post = await readFile(postPath, 'utf8');
    const before = await distHashes();
    await writeFile(csvPath, edit(original));
    for (const [p, text] of Object.entries(extra)) await writeFile(join(copy.dir, p), text);
    try {
      const r = await buildIn(copy.dir, { timeoutMs: 10 * 60_000 });
      const after = await distHashes();
      const unchanged = before.size === after.size && [...before].every(([k, v]) => after.get(k) === v);
      return { r, unchanged };
    } finally {
      await writeFile(csvPath, original);
      await writeFile(postPath, post);
      for (const p of Object.keys(extra)) if (p !== POST_FILE) await rm(join(copy.dir, p), { force: true });
    }
  }

  /** Replaces the cell of `column` on 1-based file line `line` (header = line 1). */
  const setCell = (line: number, column: string, value: string) => (csv: string) => {
    const lines = csv.split('\r\n');
    const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
    const cells = (lines[line - 1] ?? '').split(',');
    cells[header.indexOf(column)] = value;
    lines[line - 1] = cells.join(',');
    return lines.join('\r\n');
  };

  it('a text cell in a column a chart reads as numbers names the file, line, column and value', async () => {
    // Line 12 is Otter's plain verdict on p1.
    const { r, unchanged } = await buildWithBadData(setCell(12, 'tokens', 'lots'));
    expect(r.code).not.toBe(0);
    // The first component to read the column stops the build. Astro renders a page's components
    // concurrently, so which of the four that read "tokens" gets there first can vary; the
    // message names the post, that component, and the cell.
    const cell = `needs a numeric column, but ${DATA_FILE} line 12, column "tokens" holds "lots", which is not a number.`;
    const message = r.output.split('\n').find((l) => l.startsWith(`${POST_FILE}: <`) && l.includes(cell));
    expect(message, r.output.slice(-3000)).toBeDefined();
    expect(['Value', 'Frontier', 'Scatter', 'DataTable']).toContain(/^[^<]*<(\w+)>/.exec(message ?? '')?.[1]);
    expect(unchanged).toBe(true);
  }, 11 * 60_000);

  it('a chart naming a column the dataset lacks names the post, the component, the column and the columns there are', async () => {
    const post = (await readFile(join(FIXTURE, 'judge-study.mdx'), 'utf8')).replace('<Heatmap data="judge-study/verdicts" row="judge"', '<Heatmap data="judge-study/verdicts" row="judges"');
    const { r, unchanged } = await buildWithBadData((csv) => csv, { [POST_FILE]: post });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(POST_FILE);
    expect(r.output).toContain(
      `<Heatmap>: row="judges" names a column that the dataset "judge-study/verdicts" (${DATA_FILE}) does not have; its columns are judge, prompt_style, item, domain, agrees, tokens, latency_s.`,
    );
    expect(unchanged).toBe(true);
  }, 11 * 60_000);

  it('a value a datapackage.json constraint forbids names the file, line, column, value and the rule', async () => {
    const pkg = {
      name: 'judge-study',
      resources: [
        {
          name: 'verdicts',
          path: 'verdicts.csv',
          schema: {
            fields: [
              { name: 'judge', type: 'string', constraints: { required: true } },
              { name: 'prompt_style', type: 'string', constraints: { enum: ['plain', 'rubric'] } },
              { name: 'item', type: 'string' },
              { name: 'domain', type: 'string' },
              { name: 'agrees', type: 'integer', constraints: { required: true, enum: [0, 1] } },
              { name: 'tokens', type: 'integer', constraints: { minimum: 0 } },
              { name: 'latency_s', type: 'number' },
            ],
            primaryKey: ['judge', 'prompt_style', 'item'],
          },
        },
      ],
    };
    // Line 20 is Heron's plain verdict on p1.
    const { r, unchanged } = await buildWithBadData(setCell(20, 'agrees', '2'), { 'data/judge-study/datapackage.json': JSON.stringify(pkg, null, 2) });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(new RegExp(`${DATA_FILE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} line 20, column "agrees".*"2"`));
    expect(r.output).toMatch(/0 or 1|one of 0, 1/);
    expect(unchanged).toBe(true);
  }, 11 * 60_000);
});
