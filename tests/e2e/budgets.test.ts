import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gzipSize } from '../../src/lib/quality/page-weight';
import { startServer, type StaticServer } from './support/server';
import { launchBrowser, newContext } from './support/browser';
import { builtPages } from './support/site';
import { sourcePosts } from './support/posts';

/**
 * Byte budgets, measured in a real browser against the built dist/. Bytes rather than
 * milliseconds: they do not depend on how busy the machine is.
 */

/** A post without charts runs the theme script and nothing else (~1 KB). */
const PLAIN_POST_SCRIPTS = ['/theme.js'];
const PLAIN_POST_JS_BYTES = 1536;
const PLAIN_POST_JS_GZIP = 1024;
/** The chart write-up, and what its JavaScript may cost up front and once the reader has scrolled through every chart (issue 12). */
const CHART_POST = '/2026/harness-bench-wip/';
const CHART_INITIAL_JS_GZIP = 20 * 1024;
const CHART_RUNTIME_JS_GZIP = 230 * 1024;
/** A message of the Vega-Lite compiler (vega-lite's build), which must not reach readers: specs are compiled at build time. */
const VEGA_LITE_MARK = 'as the plot also has';
/** Selectors the chart components may render; the first match is the chart scrolled to. */
const CHART_SELECTOR = '[data-chart], figure.chart, .chart';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer('dist');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** gzip size of a file of the built site, by its URL. */
async function gzipOfUrl(url: string): Promise<number> {
  const path = decodeURIComponent(new URL(url).pathname);
  return gzipSize(await readFile(join('dist', path)));
}

/** Resolves once no request has been in flight for `quietMs` (a page may start fetching again after a scroll). */
function networkQuiet(page: Page, quietMs = 750, timeoutMs = 30_000): Promise<void> {
  let inflight = 0;
  let timer: NodeJS.Timeout | undefined;
  return new Promise((ok, fail) => {
    const deadline = setTimeout(() => {
      cleanup();
      fail(new Error(`The network did not go quiet within ${timeoutMs} ms (${inflight} requests still in flight).`));
    }, timeoutMs);
    const arm = () => {
      if (timer) clearTimeout(timer);
      if (inflight === 0)
        timer = setTimeout(() => {
          cleanup();
          ok();
        }, quietMs);
    };
    const started = () => {
      inflight++;
      if (timer) clearTimeout(timer);
    };
    const ended = () => {
      inflight = Math.max(0, inflight - 1);
      arm();
    };
    const cleanup = () => {
      clearTimeout(deadline);
      if (timer) clearTimeout(timer);
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
    };
    page.on('request', started);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    arm();
  });
}

/** Script responses of a page as they arrive; read their bodies before closing the page. */
function scriptResponses(page: Page): Array<{ url: string; bytes: () => Promise<number> }> {
  const seen: Array<{ url: string; bytes: () => Promise<number> }> = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') seen.push({ url: r.url(), bytes: async () => (await r.body()).length });
  });
  return seen;
}

describe('JavaScript budget of posts without charts', () => {
  it(`each loads only ${PLAIN_POST_SCRIPTS.join(', ')}: at most ${PLAIN_POST_JS_BYTES} bytes transferred, ${PLAIN_POST_JS_GZIP} gzipped`, async () => {
    const posts = [];
    for (const p of await sourcePosts()) {
      if (p.draft) continue;
      if (/^import\s[^\n]*components\/charts\//m.test(await readFile(p.file, 'utf8'))) continue;
      posts.push(p.permalink);
    }
    expect(posts.length).toBeGreaterThan(3);
    const ctx = await newContext(browser);
    const problems: string[] = [];
    for (const path of posts) {
      const page = await ctx.newPage();
      const scripts = scriptResponses(page);
      const res = await page.goto(server.url + path, { waitUntil: 'networkidle' });
      if (res?.status() !== 200) problems.push(`${path}: status ${res?.status()}`);
      // Anything loaded on scroll counts too.
      const quiet = networkQuiet(page);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await quiet;
      const urls = scripts.map((s) => new URL(s.url).pathname).sort();
      const bytes = (await Promise.all(scripts.map((s) => s.bytes()))).reduce((a, b) => a + b, 0);
      const gzip = (await Promise.all(scripts.map((s) => gzipOfUrl(s.url)))).reduce((a, b) => a + b, 0);
      if (JSON.stringify(urls) !== JSON.stringify(PLAIN_POST_SCRIPTS)) problems.push(`${path}: loads ${urls.join(', ') || 'no script'}`);
      if (bytes > PLAIN_POST_JS_BYTES) problems.push(`${path}: ${bytes} bytes of JavaScript transferred (budget ${PLAIN_POST_JS_BYTES})`);
      if (gzip > PLAIN_POST_JS_GZIP) problems.push(`${path}: ${gzip} bytes of JavaScript gzipped (budget ${PLAIN_POST_JS_GZIP})`);
      await page.close();
    }
    await ctx.close();
    expect(problems).toEqual([]);
  });
});

describe(`JavaScript budget of the chart post ${CHART_POST}`, () => {
  it(`loads under ${CHART_INITIAL_JS_GZIP / 1024} KiB gzipped up front, and under ${CHART_RUNTIME_JS_GZIP / 1024} KiB more once every chart has come into view, without the Vega-Lite compiler`, async () => {
    const pages = await builtPages('dist');
    expect(
      pages.includes(CHART_POST),
      `${CHART_POST} is not in dist/: the harness-bench write-up with its charts has to be built before its budget can be checked.`,
    ).toBe(true);

    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const scripts = scriptResponses(page);
    const res = await page.goto(server.url + CHART_POST, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await networkQuiet(page);
    const initial = scripts.splice(0);
    const initialGzip = (await Promise.all(initial.map((s) => gzipOfUrl(s.url)))).reduce((a, b) => a + b, 0);

    const chart = page.locator(CHART_SELECTOR).first();
    expect(await chart.count(), `${CHART_POST} has no element matching ${CHART_SELECTOR} to scroll to.`).toBe(1);
    const quiet = networkQuiet(page);
    await chart.scrollIntoViewIfNeeded();
    await quiet;
    expect(scripts.length, 'no JavaScript was fetched when the first chart came into view').toBeGreaterThan(0);
    const charts = page.locator('figure[data-chart]');
    for (let i = 0; i < (await charts.count()); i++) {
      const more = networkQuiet(page);
      await charts.nth(i).scrollIntoViewIfNeeded();
      await more;
    }
    const runtime = scripts.splice(0);
    for (const s of runtime) {
      const text = await readFile(join('dist', decodeURIComponent(new URL(s.url).pathname)), 'utf8');
      expect(text.includes(VEGA_LITE_MARK), `${new URL(s.url).pathname} holds the Vega-Lite compiler`).toBe(false);
    }
    const runtimeGzip = (await Promise.all(runtime.map((s) => gzipOfUrl(s.url)))).reduce((a, b) => a + b, 0);
    const list = (xs: typeof initial) => xs.map((s) => new URL(s.url).pathname).join(', ');

    expect(initialGzip, `initial JavaScript ${initialGzip} bytes gzipped (${list(initial)})`).toBeLessThan(CHART_INITIAL_JS_GZIP);
    expect(runtimeGzip, `chart runtime ${runtimeGzip} bytes gzipped (${list(runtime)})`).toBeLessThan(CHART_RUNTIME_JS_GZIP);
    await ctx.close();
  });
});

describe('third-party hosts', () => {
  it('no page requests anything from another host, even after scrolling to the end (and searching)', async () => {
    const pages = await builtPages('dist');
    expect(pages.length).toBeGreaterThan(10);
    const ctx = await newContext(browser);
    const foreign: string[] = [];
    let current = '';
    await ctx.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      foreign.push(`${current}: ${url.href}`);
      return route.abort('blockedbyclient');
    });
    for (const path of pages) {
      current = path;
      const page = await ctx.newPage();
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const quiet = networkQuiet(page);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await quiet;
      if (path === '/search/') {
        const input = page.locator('[data-search-root] input').first();
        await input.waitFor({ timeout: 10_000 });
        const searched = networkQuiet(page);
        await input.fill('research');
        await searched;
      }
      await page.close();
    }
    await ctx.close();
    expect(foreign).toEqual([]);
  });
});
