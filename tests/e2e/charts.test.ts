import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startServer, type StaticServer } from './support/server';
import { launchBrowser, newContext, watchPage } from './support/browser';
import { phoneReport } from './support/phone';

/**
 * The interactive charts, in real Chromium against the built site. They target the harness-bench
 * write-up; CHARTS_DIST and CHARTS_PAGE point them at another build and page (e.g. a scratch post
 * while the write-up does not exist yet).
 */
const DIST = process.env['CHARTS_DIST'] ?? 'dist';
const CHART_PAGE = process.env['CHARTS_PAGE'] ?? '/2026/harness-bench-wip/';
const MATH_PAGE = '/2026/some-notes-on-gradient-estimation/';
const DATA_DIR = 'data/harness-bench';

const FRONTIER = 'figure#fig-frontier';
const HEATMAP = 'figure#fig-heatmap';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records layout shifts (with the nodes they moved) and CSP violations from the first moment of the page. */
async function instrument(ctx: BrowserContext): Promise<void> {
  await ctx.addInitScript(() => {
    const w = window as unknown as { __shifts: Array<{ value: number; nodes: Node[] }>; __csp: string[] };
    w.__shifts = [];
    w.__csp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; sources?: Array<{ node?: Node | null }> }>) {
        w.__shifts.push({ value: e.value, nodes: (e.sources ?? []).flatMap((s) => (s.node ? [s.node] : [])) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

/**
 * Layout shifts a chart could have caused: those that moved a chart, something inside one, or
 * anything after the first chart. (A chart changing size moves what follows it, never what comes
 * before it; a header that grows moves <main> as a whole, which says nothing about the charts.)
 */
async function chartShifts(page: Page): Promise<{ chart: string[]; total: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: Array<{ value: number; nodes: Node[] }> };
    const first = document.querySelector('figure[data-chart]');
    const describe = (n: Node) => (n instanceof Element ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}.${n.className}` : n.nodeName);
    const byChart = (n: Node) =>
      !!first && (n === first || !!(n instanceof Element && n.closest('figure[data-chart]')) || (first.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    return {
      chart: w.__shifts.filter((s) => s.nodes.some(byChart)).map((s) => `${s.value}: ${s.nodes.map(describe).join(', ')}`),
      total: w.__shifts.reduce((a, s) => a + s.value, 0),
    };
  });
}

async function open(ctx: BrowserContext, path = CHART_PAGE): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  const { errors } = watchPage(page);
  const res = await page.goto(server.url + path, { waitUntil: 'networkidle' });
  expect(res?.status(), `${path} should be in ${DIST}`).toBe(200);
  return { page, errors };
}

/** Scrolls a chart into view and waits for its live Vega view. */
async function goLive(figure: Locator, theme?: 'light' | 'dark'): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('.chart-live svg').first().waitFor({ state: 'attached', timeout: 20_000 });
  if (theme) await expect.poll(() => figure.getAttribute('data-chart-live'), { timeout: 10_000 }).toBe(theme);
  else await expect.poll(() => figure.getAttribute('data-chart-live'), { timeout: 10_000 }).not.toBeNull();
}

/**
 * Moves the mouse onto the first of `marks` that is the topmost element at its own centre (labels
 * and rings can cover a point), the way a reader's pointer arrives. Returns that mark.
 */
async function pointAt(page: Page, marks: Locator): Promise<Locator> {
  const n = await marks.count();
  for (let i = 0; i < n; i++) {
    const mark = marks.nth(i);
    const box = await mark.boundingBox();
    if (!box) continue;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    if (!(await mark.evaluate((el, [px, py]) => document.elementFromPoint(px as number, py as number) === el, [x, y]))) continue;
    await page.mouse.move(x - 40, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    return mark;
  }
  throw new Error('No mark could be pointed at.');
}

/** Whole seconds as the site prints them: half to even on the exact decimal in the CSV ("40.5" -> 40). */
function seconds(csvValue: string): string {
  const [whole = '0', frac = ''] = csvValue.split('.');
  const w = Number(whole);
  const f = Number(`0.${frac || '0'}`);
  const up = frac.replace(/0+$/, '') === '5' ? w % 2 === 1 : f > 0.5;
  return String(up ? w + 1 : w);
}

/** A title as a literal part of a regular expression ("Agent time (s)"). */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** runs.csv read with a plain split (the file has no quoted fields), independently of the site's loader. */
async function readRuns(): Promise<Array<Record<string, string>>> {
  const lines = (await readFile(join(DATA_DIR, 'runs.csv'), 'utf8')).trim().split(/\r?\n/);
  const header = (lines.shift() ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i] ?? '', v])));
}

/** The muted text colour of each theme (src/styles/global.css), as getComputedStyle writes it. */
const MUTED = { light: 'rgb(87, 96, 106)', dark: 'rgb(157, 167, 179)' } as const;

/** The computed fill of a chart's first axis label. */
function labelFill(svg: Locator): Promise<string> {
  return svg.locator('.role-axis-label text').first().evaluate((t) => getComputedStyle(t).fill);
}

describe('charts without JavaScript', () => {
  it('every chart is one SVG in the HTML itself, for both themes, inside a numbered figure', async () => {
    const html = await (await fetch(server.url + CHART_PAGE)).text();
    const figures = html.split(/<figure\b/).slice(1).filter((f) => /^[^>]*\bdata-chart=/.test(f));
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const f of figures) {
      const body = f.slice(0, f.indexOf('</figure>'));
      // One SVG per layout (desktop and phone), none per theme.
      expect(body.match(/class="chart-static chart-wide" data-layout="wide"><svg\b[\s\S]*?<\/svg>/g)?.length).toBe(1);
      expect(body.match(/class="chart-static chart-narrow" data-layout="narrow"><svg\b[\s\S]*?<\/svg>/g)?.length).toBe(1);
      expect(body).not.toMatch(/only-dark|only-light/);
      // The live chart's spec is a file fetched when it goes live, not part of the page.
      expect(body).not.toMatch(/data-chart-island/);
      expect(f).toMatch(/^[^>]*\bdata-chart-src="\/figures\/2026\/harness-bench-wip\/[\w-]+\.chart\.json"/);
      expect(body).toMatch(/<figcaption>[\s\S]*Figure \d+\./);
    }
    expect(html).toMatch(/<figure class="chart" id="fig-frontier" data-chart="Frontier"/);
    expect(html).toMatch(/<figure class="chart" id="fig-heatmap" data-chart="Heatmap"/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the ${scheme} SVG of every chart, its caption and its data table with JavaScript disabled (${scheme} system theme)`, async () => {
      const ctx = await newContext(browser, { javaScriptEnabled: false, colorScheme: scheme });
      const { page } = await open(ctx);
      const figures = page.locator('figure[data-chart]');
      const n = await figures.count();
      expect(n).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < n; i++) {
        const f = figures.nth(i);
        await f.scrollIntoViewIfNeeded();
        const shown = f.locator('.chart-static svg:visible');
        expect(await shown.isVisible()).toBe(true);
        // Its text is in the theme's colour, by CSS alone.
        expect(await labelFill(shown)).toBe(MUTED[scheme]);
        expect(await shown.locator('path, text').count()).toBeGreaterThan(5);
        const box = await shown.boundingBox();
        expect(box && box.width > 100 && box.height > 50).toBe(true);
        expect(await f.locator('figcaption').innerText()).toMatch(/^Figure \d+\./);
        // The numbers are a <details> away, no script needed.
        await f.locator('details.chart-data summary').click();
        expect(await f.locator('details.chart-data tbody tr').count()).toBeGreaterThan(0);
        expect(await f.locator('.chart-live').count()).toBe(0);
        // Buttons that need JavaScript stay hidden; real links stay.
        expect(await f.locator('button[data-chart-download]:visible').count()).toBe(0);
        expect(await f.locator(`a[href="#${await f.getAttribute('id')}"]`).count()).toBeGreaterThan(0);
      }
      await ctx.close();
    });
  }
});

describe('live charts', () => {
  it('hovering a frontier point shows a tooltip naming model, quant, harness, pass rate and time', async () => {
    const ctx = await newContext(browser);
    const { page, errors } = await open(ctx);
    const frontier = page.locator(FRONTIER);
    await goLive(frontier);
    const models = (await readFile(join(DATA_DIR, 'models.csv'), 'utf8')).trim().split(/\r?\n/).slice(1).map((l) => l.split(',')[0] ?? '');
    const harnesses = ['aider', 'claude', 'opencode', 'pi', 'qwen'];
    const point = await pointAt(page, frontier.locator('.chart-live g.mark-symbol path[aria-label*="Model: "]'));
    const tip = page.locator('#vg-tooltip-element');
    await tip.waitFor({ state: 'visible', timeout: 5000 });
    const text = await tip.innerText();
    const row = (title: string) => new RegExp(`^${literal(title)}\\s+(.+)$`, 'm').exec(text)?.[1]?.trim() ?? '';
    expect(models).toContain(row('Model'));
    expect(row('Quant')).toMatch(/^(UD-Q4_K_XL|Q4_K_M|MXFP4|Q8_0)$/);
    expect(harnesses).toContain(row('Harness'));
    // A rate with the passes it comes from, and whole seconds.
    expect(row('Pass rate')).toMatch(/^\d+\/16, \d{1,3}\.\d%$/);
    expect(row('Mean agent time per task (s)')).toMatch(/^\d+$/);
    // The tooltip describes the point under the pointer.
    const label = (await point.getAttribute('aria-label')) ?? '';
    expect(label).toContain(`Model: ${row('Model')};`);
    expect(label).toContain(`Harness: ${row('Harness')};`);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('hovering a model in one chart highlights it in the others (linked views)', async () => {
    const ctx = await newContext(browser);
    const { page } = await open(ctx);
    const frontier = page.locator(FRONTIER);
    const heatmap = page.locator(HEATMAP);
    await goLive(heatmap);
    await goLive(frontier);
    await frontier.scrollIntoViewIfNeeded();
    const point = await pointAt(page, frontier.locator('.chart-live g.mark-symbol path[aria-label*="Model: "]'));
    const model = /Model: ([^;]+);/.exec((await point.getAttribute('aria-label')) ?? '')?.[1] ?? '';
    expect(model).not.toBe('');
    const cells = heatmap.locator('.chart-live g.mark-rect.role-mark path');
    await expect.poll(() => heatmap.locator('.chart-live g.mark-rect.role-mark path[opacity="0.2"]').count(), { timeout: 5000 }).toBeGreaterThan(0);
    // Vega labels each mark "Title: value; Title: value": the cells of the model are those with its "Model: " part.
    const labelled = await cells.evaluateAll((els) => els.map((e) => ({ label: e.getAttribute('aria-label') ?? '', opacity: e.getAttribute('opacity') })));
    const ofModel = (label: string) => label.split('; ').includes(`Model: ${model}`);
    const mine = labelled.filter((c) => ofModel(c.label));
    expect(mine.length).toBeGreaterThan(0);
    for (const c of mine) expect(c.opacity === null || c.opacity === '1').toBe(true);
    const others = labelled.filter((c) => !ofModel(c.label));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((c) => c.opacity === '0.2')).toBe(true);
    // Leaving the point clears the highlight everywhere.
    await page.mouse.move(2, 2);
    await expect.poll(() => heatmap.locator('.chart-live g.mark-rect.role-mark path[opacity="0.2"]').count(), { timeout: 5000 }).toBe(0);
    await ctx.close();
  });

  it('clicking a legend entry keeps only its marks; Ctrl+wheel zooms the frontier', async () => {
    const ctx = await newContext(browser);
    const { page, errors } = await open(ctx);
    const frontier = page.locator(FRONTIER);
    await goLive(frontier);
    const filtered = () => frontier.locator('.chart-live g.mark-symbol.role-mark path[opacity="0.06"]').count();
    expect(await filtered()).toBe(0);
    const entry = frontier.locator('.chart-live g.role-legend-entry g.role-legend-label text').first();
    const name = (await entry.textContent()) ?? '';
    await entry.click();
    // Marks of the other values fade to FILTERED_OPACITY; the chosen one's stay.
    await expect.poll(filtered, { timeout: 5000 }).toBeGreaterThan(0);
    const kept = await frontier
      .locator('.chart-live g.mark-symbol.role-mark path[aria-label]')
      .evaluateAll((els, n) => els.filter((e) => e.getAttribute('opacity') !== '0.06').map((e) => e.getAttribute('aria-label') ?? '').every((l) => l.includes(n)), name);
    expect(kept).toBe(true);

    const ticks = () => frontier.locator('.chart-live .role-axis-label').first().locator('text').allTextContents();
    const before = await ticks();
    const plot = await frontier.locator('.chart-live g.mark-symbol.role-mark path').first().boundingBox();
    await page.mouse.move((plot?.x ?? 0) + 2, (plot?.y ?? 0) + 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(ticks, { timeout: 5000 }).not.toEqual(before);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("clicking a heatmap cell lists that cell's runs (task, passed, time, grader contact)", async () => {
    const ctx = await newContext(browser);
    const { page, errors } = await open(ctx);
    const heatmap = page.locator(HEATMAP);
    await goLive(heatmap);
    const panel = heatmap.locator('[data-chart-panel]');
    expect(await panel.isVisible()).toBe(false);
    const cell = heatmap.locator('.chart-live g.mark-rect.role-mark path').nth(7);
    const box = await cell.boundingBox();
    await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await panel.waitFor({ state: 'visible', timeout: 5000 });
    const title = await panel.locator('.chart-panel-title').innerText();
    const m = /^(\S+) with (\S+): (\d+) rows$/.exec(title);
    expect(m, title).not.toBeNull();
    const [, model, harness, total] = m as RegExpExecArray;
    // The heatmap is of the Q4 sweep: its cells are a model's runs under a harness there.
    const expected = (await readRuns()).filter((r) => r['sweep'] === 'q4' && r['model'] === model && r['harness'] === harness);
    expect(expected.length).toBe(Number(total));
    const heads = await panel.locator('thead th').allInnerTexts();
    expect(heads.slice(0, 3)).toEqual(['Task', 'Passed', 'Agent time (s)']);
    const rows = await panel.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.length).toBe(expected.length);
    const byTask = new Map(expected.map((r) => [r['task'], r]));
    const accessAt = heads.indexOf('Grader access');
    for (const cells of rows) {
      const [task, result, time] = cells;
      const run = byTask.get(task);
      expect(run, `task ${task} is not a run of ${title}`).toBeDefined();
      expect(result).toBe(run?.['passed'] === '1' ? 'yes' : 'no');
      expect(time).toBe(seconds(run?.['agent_time_s'] ?? ''));
      if (accessAt >= 0) expect(cells[accessAt]).toBe(run?.['grader_access']);
    }
    // Names arrive as text, never as markup.
    expect(await panel.locator('script, img, iframe').count()).toBe(0);
    // Closing hides it again; the keyboard opens it too.
    await panel.locator('.chart-panel-close').click();
    expect(await panel.isVisible()).toBe(false);
    await heatmap.locator('[data-chart-frame]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible', timeout: 5000 });
    expect(await panel.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('toggling the theme restyles static and live charts without a reload', async () => {
    const ctx = await newContext(browser, { colorScheme: 'light' });
    const { page, errors } = await open(ctx);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const frontier = page.locator(FRONTIER);
    await goLive(frontier, 'light');
    const background = () => frontier.locator('.chart-live svg').evaluate((svg) => getComputedStyle(svg).backgroundColor);
    const lightFill = await background();
    const last = page.locator('figure[data-chart]').last();
    expect(await last.locator('.chart-static svg:visible').isVisible()).toBe(true);
    expect(await labelFill(last.locator('.chart-static svg:visible'))).toBe(MUTED.light);
    expect(await labelFill(frontier.locator('.chart-live svg'))).toBe(MUTED.light);

    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await expect.poll(() => frontier.getAttribute('data-chart-live'), { timeout: 10_000 }).toBe('dark');
    const darkFill = await background();
    expect(darkFill).not.toBe(lightFill);
    // The live chart's background is the page's, in each theme.
    expect(darkFill).toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    expect(await frontier.locator('.chart-live svg').count()).toBe(1);
    // The live chart and a chart further down, still static, are restyled in place.
    expect(await labelFill(frontier.locator('.chart-live svg'))).toBe(MUTED.dark);
    expect(await last.locator('.chart-static svg:visible').isVisible()).toBe(true);
    expect(await labelFill(last.locator('.chart-static svg:visible'))).toBe(MUTED.dark);

    await page.locator('[data-theme-toggle]').click();
    await expect.poll(() => frontier.getAttribute('data-chart-live'), { timeout: 10_000 }).toBe('light');
    expect(await background()).toBe(lightFill);
    expect(lightFill).toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('follows a change of the system theme when the reader has not chosen one', async () => {
    const ctx = await newContext(browser, { colorScheme: 'light' });
    const { page } = await open(ctx);
    const frontier = page.locator(FRONTIER);
    await goLive(frontier, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => frontier.getAttribute('data-chart-live'), { timeout: 10_000 }).toBe('dark');
    await ctx.close();
  });

  it('takes over without any layout shift (chart CLS 0) and keeps the reserved box', async () => {
    const ctx = await newContext(browser);
    await instrument(ctx);
    const { page } = await open(ctx);
    const figures = page.locator('figure[data-chart]');
    const n = await figures.count();
    for (let i = 0; i < n; i++) {
      const frame = figures.nth(i).locator('[data-chart-frame]');
      await frame.scrollIntoViewIfNeeded();
      const rect = () => frame.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { width: r.width, height: r.height, top: r.top + scrollY, left: r.left + scrollX };
      });
      const before = await rect();
      const next = figures.nth(i + 1);
      await goLive(figures.nth(i));
      const after = await rect();
      expect(after).toEqual(before);
      // The live view fills exactly the box the static SVG held.
      const live = await figures.nth(i).locator('.chart-live').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect([live.width, live.height]).toEqual([after.width, after.height]);
      if (i + 1 < n) await next.scrollIntoViewIfNeeded();
    }
    await page.waitForTimeout(500);
    const { chart, total } = await chartShifts(page);
    expect(chart, `layout shifts caused by charts (page total ${total})`).toEqual([]);
    await ctx.close();
  });

  it("runs live under the site's CSP (no 'unsafe-eval') without a single violation", async () => {
    const ctx = await newContext(browser);
    await instrument(ctx);
    const { page, errors } = await open(ctx);
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const figures = page.locator('figure[data-chart]');
    const n = await figures.count();
    for (let i = 0; i < n; i++) await goLive(figures.nth(i));
    // Exercise the expression paths: hover, a theme switch, an export.
    await page.locator(FRONTIER).scrollIntoViewIfNeeded();
    await pointAt(page, page.locator(`${FRONTIER} .chart-live g.mark-symbol path[aria-label*="Model: "]`));
    await page.locator('#vg-tooltip-element').waitFor({ state: 'visible', timeout: 5000 });
    await page.locator('[data-theme-toggle]').click();
    await expect.poll(() => page.locator(FRONTIER).getAttribute('data-chart-live'), { timeout: 10_000 }).toBe('dark');
    const download = page.waitForEvent('download');
    await page.locator(`${FRONTIER} button[data-chart-download="png"]`).click();
    const png = await readFile((await (await download).path()) ?? '');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('downloads the data shown as CSV and the Vega-Lite spec', async () => {
    const ctx = await newContext(browser);
    const { page } = await open(ctx);
    const frontier = page.locator(FRONTIER);
    await frontier.scrollIntoViewIfNeeded();
    const csvControl = frontier.locator('.chart-downloads').getByText('CSV', { exact: true });
    const csvDownload = page.waitForEvent('download');
    await csvControl.click();
    const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toBe('sweep,model,quant,harness,mean_passed,mean_agent_time_s,n,on_frontier');
    // One row per (sweep, model, quant, harness) cell: 17 model-quants x 5 harnesses.
    expect(lines.length).toBe(85);
    const vlDownload = page.waitForEvent('download');
    await frontier.locator('.chart-downloads').getByText('Vega-Lite spec', { exact: true }).click();
    const vl = JSON.parse(await readFile((await (await vlDownload).path()) ?? '', 'utf8')) as { $schema?: string; layer?: unknown[] };
    expect(vl.$schema).toMatch(/vega-lite/);
    expect(Array.isArray(vl.layer)).toBe(true);
    await ctx.close();
  });
});

/** The phone widths the layout is checked at (issue 15: 360 and 390, and the 320 the phone layout is drawn for). */
const PHONES = [320, 360, 390] as const;
const CHART_POSTS = [CHART_PAGE, '/2026/retrieval-qa-example/'];
const DIAGRAM_PAGE = '/2026/deep-research-mcp/';

describe('charts on a phone', () => {
  for (const width of PHONES) {
    for (const js of [false, true]) {
      it(`at ${width} px ${js ? 'with' : 'without'} JavaScript, in both themes: every chart whole, nothing scrolls sideways, text at 11 px or more`, async () => {
        for (const scheme of ['light', 'dark'] as const) {
          const ctx = await newContext(browser, { viewport: { width, height: 780 }, javaScriptEnabled: js, colorScheme: scheme });
          for (const path of CHART_POSTS) {
            const { page, errors } = await open(ctx, path);
            const figures = page.locator('figure[data-chart]');
            const n = await figures.count();
            expect(n).toBeGreaterThan(0);
            for (let i = 0; i < n; i++) {
              const f = figures.nth(i);
              if (!js) continue;
              const frame = f.locator('[data-chart-frame]');
              await frame.scrollIntoViewIfNeeded();
              const rect = () => frame.evaluate((el) => {
                const r = el.getBoundingClientRect();
                return { width: r.width, height: r.height, top: r.top + scrollY, left: r.left + scrollX };
              });
              const before = await rect();
              await goLive(f);
              // Taking over moves nothing, on a phone too.
              expect(await rect(), `${path} figure ${i}`).toEqual(before);
            }
            const { pageWidth, problems } = await phoneReport(page);
            expect(pageWidth, `${path} at ${width} px (${scheme})`).toBeLessThanOrEqual(width);
            expect(problems, `${path} at ${width} px (${scheme}, ${js ? 'live' : 'static'})`).toEqual([]);
            expect(errors).toEqual([]);
            await page.close();
          }
          await ctx.close();
        }
      });
    }
  }

  it('a live chart lays itself out again when its width changes (a phone turned, a window widened)', async () => {
    const ctx = await newContext(browser, { viewport: { width: 390, height: 780 } });
    const { page, errors } = await open(ctx);
    const frontier = page.locator(FRONTIER);
    await goLive(frontier);
    const liveWidth = () => frontier.locator('.chart-live svg').getAttribute('width');
    const drawn = (layout: string) => frontier.locator(`.chart-static[data-layout="${layout}"] svg`).getAttribute('width');
    expect(await liveWidth()).toBe(await drawn('narrow'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(liveWidth, { timeout: 10_000 }).toBe(await drawn('wide'));
    await page.setViewportSize({ width: 390, height: 780 });
    await expect.poll(liveWidth, { timeout: 10_000 }).toBe(await drawn('narrow'));
    expect(await frontier.locator('.chart-live').count()).toBe(1);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  for (const width of PHONES) {
    it(`keeps a wide diagram inside the column at ${width} px`, async () => {
      const ctx = await newContext(browser, { viewport: { width, height: 780 } });
      const { page } = await open(ctx, DIAGRAM_PAGE);
      const diagrams = page.locator('figure.diagram');
      expect(await diagrams.count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      for (const box of await diagrams.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
      }
      await ctx.close();
    });
  }
});

describe('pages without charts', () => {
  it(`${MATH_PAGE} loads no chart or Vega code, even scrolled to the end`, async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(server.url + MATH_PAGE, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-chart]').count()).toBe(0);
    expect(scripts.filter((s) => /vega|chart|runtime/i.test(s))).toEqual([]);
    await ctx.close();
  });
});
