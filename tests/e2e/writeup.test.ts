import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser';
import { buildFailure, buildIn, copyRepo, type BuildResult, type RepoCopy } from './support/build-copy';
import { startServer, type StaticServer } from './support/server';
import {
  GRADER,
  HARNESS_COLUMNS,
  HARNESSES,
  MODELS_COLUMNS,
  MODELS_HEAD,
  MODELS_TAIL,
  QUANT_COLUMNS,
  QUANT_FOOT,
  quantRows,
  TOP_CELLS,
  TOP_CELLS_COLUMNS,
  withoutRanks,
} from '../support/harness-bench-published';

/**
 * The harness-bench write-up is computed from data/harness-bench at build time. Against a built
 * site (dist/, or WRITEUP_DIST), its five tables, six figures and prose numbers must read exactly
 * as the published write-up does. Then, in a temp copy of the repo with a few runs flipped in
 * runs.csv, the tables and prose must follow the data, the build must warn about each claim the
 * new data breaks, naming the post and the claim, and a CLAIMS=strict build must fail on one.
 *
 * Every expected value below is typed from the published write-up or worked out by hand from it.
 */

const DIST = process.env['WRITEUP_DIST'] ?? 'dist';
const PAGE = '/2026/harness-bench-wip/';
const POST = '2026/harness-bench-wip';

/** The write-up's six figures, as chart kind and figure id, in page order. */
const FIGURES = ['Frontier#fig-frontier', 'Scatter#fig-size', 'RankingBars#fig-harnesses', 'Heatmap#fig-heatmap', 'Slope#fig-q4-q8', 'RankingBars#fig-tasks'];

interface PageTable {
  id: string;
  caption: string;
  columns: string[];
  rows: string[][];
  foot: string[][];
  /** Whether each column's header and cells carry the right-aligning "num" class. */
  numeric: boolean[];
}

interface Writeup {
  status: number;
  tables: PageTable[];
  figures: Array<{ chart: string; id: string; caption: string; hasSvg: boolean }>;
  /** The running text of the post (figures and the eval card left out), whitespace collapsed. */
  prose: string;
  claims: string[];
}

async function readWriteup(browser: Browser, baseUrl: string): Promise<Writeup> {
  // Without JavaScript: what the build wrote is what is checked.
  const ctx = await newContext(browser, { javaScriptEnabled: false });
  const page = await ctx.newPage();
  const res = await page.goto(baseUrl + PAGE, { waitUntil: 'load' });
  const status = res?.status() ?? 0;
  const found = await page.evaluate(() => {
    const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const cells = (tr: Element) => [...tr.children].map((c) => text(c));
    const tables = [...document.querySelectorAll('figure.data-table')].map((fig) => {
      const table = fig.querySelector('table');
      const head = [...(table?.querySelectorAll('thead th') ?? [])];
      const bodyRows = [...(table?.querySelectorAll('tbody tr') ?? [])];
      const footRows = [...(table?.querySelectorAll('tfoot tr') ?? [])];
      const numeric = head.map(
        (th, i) =>
          th.classList.contains('num') && [...bodyRows, ...footRows].every((tr) => tr.children[i]?.classList.contains('num') ?? false),
      );
      return {
        id: fig.id,
        caption: text(fig.querySelector('figcaption')),
        columns: head.map((th) => text(th)),
        rows: bodyRows.map(cells),
        foot: footRows.map(cells),
        numeric,
      };
    });
    const figures = [...document.querySelectorAll('figure.chart')].map((fig) => ({
      chart: fig.getAttribute('data-chart') ?? '',
      id: fig.id,
      caption: text(fig.querySelector('.chart-caption')),
      hasSvg: fig.querySelector('.chart-static svg') !== null,
    }));
    const prose = document.querySelector('.prose')?.cloneNode(true) as Element | undefined;
    for (const e of prose?.querySelectorAll('figure, aside') ?? []) e.remove();
    const claims = [...document.querySelectorAll('.prose [data-claim]')].map((e) => e.getAttribute('data-claim') ?? '');
    return { tables, figures, prose: text(prose), claims };
  });
  await ctx.close();
  return { status, ...found };
}

/** One table of the page by its label's id, failing with the ids there are. */
function table(w: Writeup, id: string): PageTable {
  const t = w.tables.find((x) => x.id === id);
  if (!t) throw new Error(`No table #${id} on ${PAGE}; the tables there are ${w.tables.map((x) => `#${x.id}`).join(', ') || 'none'}.`);
  return t;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe(`the harness-bench write-up in ${DIST}`, () => {
  let server: StaticServer;
  let w: Writeup;
  beforeAll(async () => {
    server = await startServer(DIST);
    w = await readWriteup(browser, server.url);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is built', () => {
    expect(w.status, `${PAGE} is missing from ${DIST}`).toBe(200);
  });

  it('shows the published table of cells at 15/16 or better', () => {
    const t = table(w, 'tab-top-cells');
    expect(t.columns).toEqual(TOP_CELLS_COLUMNS);
    expect(t.rows).toEqual(TOP_CELLS);
    expect(t.numeric).toEqual([false, true, true]);
  });

  it('shows the published Q4 model ranking', () => {
    const t = table(w, 'tab-models');
    expect(t.columns).toEqual(MODELS_COLUMNS);
    expect(withoutRanks(t.rows, 2)).toEqual([...MODELS_HEAD, ...MODELS_TAIL]);
    expect(t.numeric).toEqual([false, false, true, true, true, true]);
  });

  it('shows the published Q4 harness ranking', () => {
    const t = table(w, 'tab-harnesses');
    expect(t.columns).toEqual(HARNESS_COLUMNS);
    expect(withoutRanks(t.rows, 1)).toEqual(HARNESSES);
    expect(t.numeric).toEqual([false, true, true, true, true]);
  });

  it('shows the published grader table, with opencode at 89/160 = 55.6% without its grader-touching passes', () => {
    const t = table(w, 'tab-grader');
    expect(t.columns[0]).toBe('Harness');
    expect(t.rows).toEqual(GRADER);
    expect(t.numeric).toEqual([false, true, true, true, true]);
  });

  it('shows the published Q4 vs Q8 table in its row order, with the total row', () => {
    const t = table(w, 'tab-q4-q8');
    expect(t.columns).toEqual(QUANT_COLUMNS);
    expect(t.rows).toEqual(quantRows());
    expect(t.foot).toEqual(QUANT_FOOT);
    expect(t.numeric).toEqual([false, true, true, true, true, true]);
  });

  it('numbers the five tables in order', () => {
    expect(w.tables.map((t) => t.id)).toEqual(['tab-top-cells', 'tab-models', 'tab-harnesses', 'tab-grader', 'tab-q4-q8']);
    expect(w.tables.map((t) => t.caption.split('.')[0])).toEqual(['Table 1', 'Table 2', 'Table 3', 'Table 4', 'Table 5']);
  });

  it('has the six figures, each drawn at build time and numbered', () => {
    expect(w.figures.map((f) => `${f.chart}#${f.id}`)).toEqual(FIGURES);
    for (const f of w.figures) expect(f.hasSvg, `${f.chart} has no static SVG`).toBe(true);
    expect(w.figures.map((f) => f.caption.split('.')[0])).toEqual(['Figure 1', 'Figure 2', 'Figure 3', 'Figure 4', 'Figure 5', 'Figure 6']);
  });

  it('quotes the published numbers in its prose', () => {
    for (const phrase of [
      '17 model-and-quantisation combinations with 5 harnesses and 16 tasks, which makes 1360 agent runs, a single run',
      'there are 85 of them',
      'In the first, 10 models run',
      'in the second, 7 of those models run again at Q8_0',
      'only one passes every task: Qwen3.6-27B UD-Q4_K_XL + pi, at 16/16 and about 207 s per task',
      'gpt-oss-120b MXFP4 + pi scores 15/16 at 34 s per task, roughly 6 times quicker',
      '15/16 or better; there are 8, from both sweeps',
      '(pi 3, opencode 2, qwen 2, claude 1, aider 0)',
      'Qwen3.6-27B passes 82.5% and gemma-4-31b-it 81.2%',
      'Qwen3-Omni-30B-A3B-Instruct, at 33.8%',
      'gpt-oss-120b, with 117B parameters, ranks fourth at 77.5%',
      'pi passes the most runs on this benchmark, 123/160 (76.9%)',
      // The comparisons the prose makes, with their exact McNemar p where the published counts fix it:
      // one pass apart means c + 1 runs of one against c of the other, and P(X <= c) = 1/2 for
      // X ~ Bin(2c + 1, 1/2) by symmetry, so p = 2 * 1/2 = 1 whatever c is.
      'one pass apart on the same harnesses and tasks (exact McNemar p = 1.00)',
      'the data cannot tell pi from qwen: on the same models and tasks the gap is 3 passes',
      'gemma-4-26B-A4B-it with opencode reaches 15/16 (94%), where opencode passes 63.8% overall',
      'In 14 of its 160 runs it reached the grader',
      '13 of those 14 runs passed',
      'opencode falls from 63.8% to 55.6% (89/160)',
      'The other four harnesses made 640 runs between them',
      'the 7 models pass 400/560 at Q8 against 406/560 at Q4, a change of -6 (-1%)',
      '7 of the 7 are slower at Q8',
      'gemma-4-31b-it with opencode, goes from 13/16 to 8/16',
      'do worse in total, 14/35 against 17/35, but individual models move in both directions (2 up, 4 down)',
      '51% of its runs pass (18/35) against 42% (21/50)',
      'all 85 cells pass p2_shortest_path and sql1_recursive.',
      'pt3_rope_gqa (29%), jax1_complex_lp (39%), pt7_prompt_blend (46%), pt6_generate_cached (54%), rs1_arena (61%) and pt5_logit_lens (67%)',
    ]) {
      expect(w.prose, phrase).toContain(phrase);
    }
    expect(w.prose).not.toMatch(/@(fig|tab|eq):/);
  });

  it('marks its claims in the prose', () => {
    expect(w.claims).toContain('one-perfect-cell');
    expect(w.claims).toContain('pi-strongest-harness');
    expect(w.claims).toContain('pi-qwen-within-noise');
    expect(w.claims).toContain('q8-change-within-noise');
    expect(w.claims).toContain('q8-slower-everywhere');
    expect(w.claims).toContain('grader-peeks-usually-pass');
    expect(new Set(w.claims).size).toBe(w.claims.length);
  });
});

/**
 * runs.csv with two runs flipped: Qwen3.6-27B UD-Q4_K_XL + pi fails sql1_recursive (16/16 ->
 * 15/16, so no cell is perfect and sql1_recursive is no longer passed by every cell), and
 * gpt-oss-120b MXFP4 + qwen passes pt3_rope_gqa (14/16 -> 15/16, so it joins the top tier).
 */
const FLIPS: Array<{ sweep: string; model: string; harness: string; task: string; from: string; to: string }> = [
  { sweep: 'q4', model: 'Qwen3.6-27B', harness: 'pi', task: 'sql1_recursive', from: '1', to: '0' },
  { sweep: 'q4', model: 'gpt-oss-120b', harness: 'qwen', task: 'pt3_rope_gqa', from: '0', to: '1' },
];

async function flipRuns(dir: string): Promise<void> {
  const file = join(dir, 'data', 'harness-bench', 'runs.csv');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const header = (lines[0] ?? '').split(',');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file} has no column ${name}.`);
    return i;
  };
  for (const f of FLIPS) {
    const at = lines.findIndex((l) => {
      const v = l.split(',');
      return v[col('sweep')] === f.sweep && v[col('model')] === f.model && v[col('harness')] === f.harness && v[col('task')] === f.task;
    });
    const fields = (lines[at] ?? '').split(',');
    if (at < 0 || fields[col('passed')] !== f.from) throw new Error(`${file}: expected one run ${JSON.stringify(f)} with passed=${f.from}.`);
    fields[col('passed')] = f.to;
    lines[at] = fields.join(',');
  }
  await writeFile(file, lines.join('\n'));
}

/** The claims the flipped data breaks (worked out by hand from the published tables). */
const BROKEN = ['one-perfect-cell', 'fast-cell-one-failure-behind', 'frontier-from-fastest-to-perfect', 'pi-most-often-in-top-tier'];

describe('the write-up after a change to runs.csv', () => {
  let copy: RepoCopy;
  let warned: BuildResult;
  let server: StaticServer;
  let w: Writeup;

  beforeAll(async () => {
    copy = await copyRepo({ prefix: 'writeup-' });
    await flipRuns(copy.dir);
    warned = await buildIn(copy.dir, { timeoutMs: 15 * 60_000 });
    if (warned.code !== 0) throw buildFailure('The build with flipped runs', warned);
    // The strict build below reuses the copy; keep this build's site apart from it.
    await rename(join(copy.dir, 'dist'), join(copy.dir, 'dist-warned'));
    server = await startServer(join(copy.dir, 'dist-warned'));
    w = await readWriteup(browser, server.url);
  }, 20 * 60_000);

  afterAll(async () => {
    await server?.close();
    await copy?.remove();
  });

  it('recomputes the top-tier table: no 16/16 cell, a ninth 15/16 cell', () => {
    expect(w.status).toBe(200);
    // gpt-oss-120b MXFP4 + qwen's 16 run times average 50.46 s in runs.csv; no time changed.
    expect(table(w, 'tab-top-cells').rows).toEqual([
      ['gpt-oss-120b MXFP4 + pi', '15/16', '34 s'],
      ['gpt-oss-120b MXFP4 + qwen', '15/16', '50 s'],
      ['Qwen3.6-35B-A3B UD-Q4_K_XL + qwen', '15/16', '108 s'],
      ['Qwen3.6-27B UD-Q4_K_XL + pi', '15/16', '207 s'],
      ['Qwen3.6-35B-A3B Q8_0 + claude', '15/16', '244 s'],
      ['gemma-4-26B-A4B-it UD-Q4_K_XL + opencode', '15/16', '307 s'],
      ['Qwen3.6-27B Q8_0 + qwen', '15/16', '395 s'],
      ['gemma-4-31b-it Q4_K_M + pi', '15/16', '422 s'],
      ['Qwen3.6-27B Q8_0 + opencode', '15/16', '462 s'],
    ]);
  });

  it('recomputes the model, harness, grader and Q4 vs Q8 tables', () => {
    // Qwen3.6-27B 66 -> 65 of 80 (81.25% -> "81.2%", still first on time); gpt-oss-120b 62 -> 63 (78.75% -> "78.8%").
    expect(withoutRanks(table(w, 'tab-models').rows, 2)).toEqual([
      ['Qwen3.6-27B', 'UD-Q4_K_XL', '65/80', '81.2%', '474 s'],
      ['gemma-4-31b-it', 'Q4_K_M', '65/80', '81.2%', '582 s'],
      ['Qwen3.6-35B-A3B', 'UD-Q4_K_XL', '64/80', '80.0%', '215 s'],
      ['gpt-oss-120b', 'MXFP4', '63/80', '78.8%', '67 s'],
      ...MODELS_TAIL,
    ]);
    // pi 123 -> 122 of 160 (76.25% -> "76.2%"), qwen 120 -> 121 (75.625% -> "75.6%").
    expect(withoutRanks(table(w, 'tab-harnesses').rows, 1)).toEqual([
      ['pi', '122/160', '76.2%', '163 s'],
      ['qwen', '121/160', '75.6%', '191 s'],
      ['claude', '106/160', '66.2%', '306 s'],
      ['opencode', '102/160', '63.8%', '271 s'],
      ['aider', '100/160', '62.5%', '384 s'],
    ]);
    expect(table(w, 'tab-grader').rows).toEqual([
      ['pi', '0', '0', '76.2%', '76.2%'],
      ['qwen', '5', '0', '75.6%', '75.6%'],
      ['claude', '7', '0', '66.2%', '66.2%'],
      ['aider', '10', '0', '62.5%', '62.5%'],
      ['opencode', '23', '14', '63.8%', '55.6%'],
    ]);
    // Qwen3.6-27B at Q4 loses a non-jax1 pass: 65/80 on both sides; the total drops to 405/560.
    const quant = table(w, 'tab-q4-q8');
    expect(quant.rows).toEqual(quantRows({ 'Qwen3.6-27B': ['Qwen3.6-27B', '65/80', '65/80', '0', '2/5', '4/5'] }));
    expect(quant.foot).toEqual([['7-model total', '405/560', '400/560', '-5', '17/35', '14/35']]);
  });

  it('recomputes the prose numbers', () => {
    for (const phrase of [
      'only zero passes every task: gpt-oss-120b MXFP4 + pi, at 15/16 and about 34 s per task',
      '15/16 or better; there are 9, from both sweeps',
      '(pi 3, qwen 3, opencode 2, claude 1, aider 0)',
      'Qwen3.6-27B passes 81.2% and gemma-4-31b-it 81.2%',
      'pi passes the most runs on this benchmark, 122/160 (76.2%)',
      // 5/560 = 0.89% -> "1%".
      'the 7 models pass 400/560 at Q8 against 405/560 at Q4, a change of -5 (-1%)',
      'all 85 cells pass p2_shortest_path.',
      // pt3_rope_gqa 25 -> 26 of 85 = 30.6%.
      'pt3_rope_gqa (31%), jax1_complex_lp (39%)',
    ]) {
      expect(w.prose, phrase).toContain(phrase);
    }
  });

  it('warns once about each claim the new data breaks, naming the post and the claim, and about no other', () => {
    const warnings = warned.output.split('\n').filter((l) => l.includes('[claims]'));
    for (const id of BROKEN) {
      const hits = warnings.filter((l) => l.includes(`[claims] ${POST}: the claim "${id}" no longer holds:`));
      expect(hits, `warnings for ${id} in:\n${warnings.join('\n')}`).toHaveLength(1);
    }
    expect(warnings).toHaveLength(BROKEN.length);
    expect(warned.output).toContain(`[claims] ${POST}: the claim "one-perfect-cell" no longer holds: 0 cells pass every task: none.`);
  });

  it('fails a CLAIMS=strict build, naming the post and a broken claim', async () => {
    const strict = await buildIn(copy.dir, { env: { CLAIMS: 'strict' }, timeoutMs: 15 * 60_000 });
    expect(strict.code, `the strict build should fail; its output ends:\n${strict.output.slice(-3000)}`).not.toBe(0);
    const named = BROKEN.filter((id) => strict.output.includes(`${POST}: the claim "${id}" no longer holds`));
    expect(named.length, `no broken claim named in:\n${strict.output.slice(-3000)}`).toBeGreaterThan(0);
  }, 20 * 60_000);
});
