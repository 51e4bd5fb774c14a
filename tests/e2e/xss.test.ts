import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext } from './support/browser';
import { buildFailure, buildIn, copyRepo, type RepoCopy } from './support/build-copy';
import { startServer, type StaticServer } from './support/server';
import { phoneReport } from './support/phone';

/**
 * Data is text, never HTML. A model whose name is markup and script goes into the CSVs of a temp
 * copy; after a build, the name must show literally in tables, SVGs and tooltips, and nothing
 * in it may run.
 *
 * Two pages are checked: a probe post added to the copy with every chart component (so each one
 * is covered whatever the write-up uses), and the harness-bench write-up itself.
 */

const PAYLOAD = `<img src=x onerror=alert(1)><script>window.__xss=1</script>"'&`;
/** Whose runs the payload model copies; its rows are changed (all passed, half the time) so its marks do not sit under the original's. */
const SOURCE_MODEL = 'Qwen3-Coder-Next';
const WRITE_UP = '/2026/harness-bench-wip/';
const PROBE = '/2026/data-is-text-probe/';

const PROBE_POST = `---
title: Data is text probe
date: 2026-01-02
description: Every chart component on one page, for the injection test.
tags: [probe]
categories: [probe]
---
import Frontier from '../../../components/charts/Frontier.astro';
import Heatmap from '../../../components/charts/Heatmap.astro';
import RankingBars from '../../../components/charts/RankingBars.astro';
import Scatter from '../../../components/charts/Scatter.astro';
import Slope from '../../../components/charts/Slope.astro';
import DataTable from '../../../components/report/DataTable.astro';
import Value from '../../../components/report/Value.astro';

Each chart of the benchmark, once.

<Frontier benchmark="harness-bench" label="fig:frontier" />

<Heatmap benchmark="harness-bench" label="fig:heatmap" />

<Scatter benchmark="harness-bench" label="fig:size" />

<Slope benchmark="harness-bench" label="fig:slope" />

<RankingBars benchmark="harness-bench" of="harness" label="fig:harnesses" />

<RankingBars benchmark="harness-bench" of="task" label="fig:tasks" />

The same data through the generic props, a table and a number:

<RankingBars data="harness-bench/runs" by="model" value="passed" label="fig:models" />

<DataTable data="harness-bench/runs" by="model" columns={{ "Pass rate": "mean(passed)", "Runs": "count()" }} caption="Models." />

One model passes <Value data="harness-bench/runs" where={{ model: "Qwen3-Coder-Next" }} value="mean(passed)" />.
`;

/** RFC 4180 quoting, written independently of the site's CSV code. */
const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function injectPayload(dir: string): Promise<void> {
  const bench = join(dir, 'data', 'harness-bench');
  const models = await readFile(join(bench, 'models.csv'), 'utf8');
  const mHeader = (models.split('\n')[0] ?? '').trim().split(',');
  const source = models.split('\n').find((l) => l.split(',')[0] === SOURCE_MODEL);
  if (!source) throw new Error(`data/harness-bench/models.csv has no ${SOURCE_MODEL} to copy.`);
  const m = source.trim().split(',');
  m[mHeader.indexOf('model')] = csvCell(PAYLOAD);
  // Small, so its point sits apart from every real model on the size axis.
  m[mHeader.indexOf('total_params_b')] = '5';
  m[mHeader.indexOf('active_params_b')] = '1';
  await writeFile(join(bench, 'models.csv'), `${models.replace(/\n?$/, '\n')}${m.join(',')}\n`);

  const runs = (await readFile(join(bench, 'runs.csv'), 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const header = (runs[0] ?? '').split(',');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`data/harness-bench/runs.csv has no column ${name}.`);
    return i;
  };
  const copies = runs
    .filter((l) => l.split(',')[col('model')] === SOURCE_MODEL)
    .map((l) => {
      const f = l.split(',');
      f[col('model')] = csvCell(PAYLOAD);
      f[col('passed')] = '1';
      f[col('agent_time_s')] = (Number(f[col('agent_time_s')]) / 2).toFixed(1);
      return f.join(',');
    });
  if (copies.length === 0) throw new Error(`data/harness-bench/runs.csv has no runs of ${SOURCE_MODEL} to copy.`);
  await writeFile(join(bench, 'runs.csv'), `${[...runs, ...copies].join('\n')}\n`);
}

let copy: RepoCopy;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  copy = await copyRepo({ prefix: 'xss-' });
  await injectPayload(copy.dir);
  await writeFile(join(copy.dir, 'src/content/posts/2026/data-is-text-probe.mdx'), PROBE_POST);
  const result = await buildIn(copy.dir, { timeoutMs: 20 * 60_000 });
  if (result.code !== 0) throw buildFailure('The build with a markup model name', result);
  server = await startServer(join(copy.dir, 'dist'));
  browser = await launchBrowser();
}, 25 * 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

interface Findings {
  dialogs: string[];
  csp: string[];
  xss: unknown;
  injectedElements: number;
  tableCells: number;
  staticSvgTexts: number;
  liveSvgTexts: number;
  /** data-chart name -> tooltip text after hovering the payload model's mark (null: no such mark). */
  tooltips: Map<string, string | null>;
}

/** Opens a page, brings every chart to life, hovers the payload model's mark in each, and reports. */
async function inspect(page: Page, path: string): Promise<Findings> {
  const dialogs: string[] = [];
  const csp: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const res = await page.goto(server.url + path, { waitUntil: 'networkidle' });
  expect(res?.status(), `${path} did not answer 200`).toBe(200);

  const figures = page.locator('figure.chart');
  const tooltips = new Map<string, string | null>();
  for (let i = 0; i < (await figures.count()); i++) {
    const fig = figures.nth(i);
    await fig.scrollIntoViewIfNeeded();
    const name = (await fig.getAttribute('id')) ?? `figure ${i + 1}`;
    const live = fig.locator('.chart-live svg');
    await live.first().waitFor({ timeout: 30_000 });
    // The payload's own mark: axes and legends list the name too, but carry no tooltip.
    const marks = fig.locator('.chart-live svg [aria-label]:not([aria-roledescription="axis"]):not([aria-roledescription="legend"])');
    let hit = -1;
    for (let j = 0; j < (await marks.count()); j++) {
      if ((await marks.nth(j).getAttribute('aria-label'))?.includes(PAYLOAD)) {
        hit = j;
        break;
      }
    }
    if (hit < 0) {
      tooltips.set(name, null);
      continue;
    }
    const mark = marks.nth(hit);
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    if (!box) {
      tooltips.set(name, null);
      continue;
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('#vg-tooltip-element');
    const shown = await tip
      .waitFor({ state: 'visible', timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    tooltips.set(name, shown ? await tip.textContent() : '');
    await page.mouse.move(0, 0);
  }

  // Read after all the scrolling and hovering, so anything that ran late is caught too.
  const counts = await page.evaluate((p) => {
    const text = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => (e.textContent ?? '').includes(p)).length;
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      // What the payload would create if it were parsed as markup anywhere (HTML or SVG).
      injectedElements:
        document.querySelectorAll('img[src="x"], [onerror]').length +
        [...document.scripts].filter((s) => (s.textContent ?? '').trim() === 'window.__xss=1').length,
      tableCells: [...document.querySelectorAll('table td, table th')].filter((e) => e.textContent === p).length,
      staticSvgTexts: text('.chart-static svg text'),
      liveSvgTexts: text('.chart-live svg text'),
    };
  }, PAYLOAD);
  return { dialogs, csp, tooltips, ...counts };
}

function expectInert(f: Findings): void {
  expect(f.dialogs, 'a dialog opened').toEqual([]);
  expect(f.xss, 'window.__xss was set').toBeUndefined();
  expect(f.csp, 'the page broke its Content-Security-Policy').toEqual([]);
  expect(f.injectedElements, 'the name became elements').toBe(0);
}

describe('a model named with markup and script', () => {
  it('runs nothing and reads literally in every chart component (probe post)', async () => {
    const ctx = await newContext(browser);
    const f = await inspect(await ctx.newPage(), PROBE);
    expectInert(f);
    expect(f.tableCells, 'table cells holding the name as text').toBeGreaterThan(0);
    expect(f.staticSvgTexts, 'build-time SVG text holding the name').toBeGreaterThan(0);
    expect(f.liveSvgTexts, 'live SVG text holding the name').toBeGreaterThan(0);
    // One point (or cell) per model in these three; hovering it must show the name as text.
    for (const chart of ['fig-frontier', 'fig-heatmap', 'fig-size']) {
      const entry = [...f.tooltips].find(([name]) => name.includes(chart));
      expect(entry, `no ${chart} chart on the probe page`).toBeDefined();
      expect(entry?.[1] ?? '', `tooltip of the ${chart} chart`).toContain(PAYLOAD);
    }
    await ctx.close();
  });

  it(`runs nothing and reads literally on the write-up ${WRITE_UP}`, async () => {
    const res = await fetch(server.url + WRITE_UP);
    expect(res.status, `${WRITE_UP} was not built: the harness-bench write-up must exist for this test`).toBe(200);
    const ctx = await newContext(browser);
    const f = await inspect(await ctx.newPage(), WRITE_UP);
    expectInert(f);
    expect(f.tableCells, 'table cells holding the name as text').toBeGreaterThan(0);
    expect(f.staticSvgTexts + f.liveSvgTexts, 'SVG text holding the name').toBeGreaterThan(0);
    const tips = [...f.tooltips.values()].filter((t): t is string => t !== null);
    expect(tips.length, 'no chart of the write-up has a mark for the model').toBeGreaterThan(0);
    expect(tips.some((t) => t.includes(PAYLOAD)), `tooltips read: ${JSON.stringify(tips)}`).toBe(true);
    await ctx.close();
  });

  for (const width of [360, 390]) {
    it(`fits a ${width} px phone: every chart of the probe post whole, with and without JavaScript, text at 11 px or more`, async () => {
      for (const js of [false, true]) {
        const ctx = await newContext(browser, { viewport: { width, height: 780 }, javaScriptEnabled: js });
        const page = await ctx.newPage();
        await page.goto(server.url + PROBE, { waitUntil: 'networkidle' });
        const figures = page.locator('figure.chart');
        for (let i = 0; js && i < (await figures.count()); i++) {
          await figures.nth(i).scrollIntoViewIfNeeded();
          await figures.nth(i).locator('.chart-live svg').first().waitFor({ timeout: 30_000 });
        }
        const { pageWidth, problems } = await phoneReport(page);
        expect(pageWidth).toBeLessThanOrEqual(width);
        expect(problems, js ? 'live' : 'static').toEqual([]);
        await ctx.close();
      }
    });
  }
});
