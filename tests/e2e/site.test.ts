import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { startServer, type StaticServer } from './support/server';
import { launchBrowser, newContext, watchPage } from './support/browser';
import { builtPages } from './support/site';
import { forEachLimit } from './support/pool';
import { sourcePosts } from './support/posts';

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

describe('every page of the built site', () => {
  it('answers 200 and logs no console error, exception, failed request or CSP violation', async () => {
    const pages = await builtPages('dist');
    expect(pages.length).toBeGreaterThan(10);
    const ctx = await newContext(browser);
    const problems: string[] = [];
    await forEachLimit(pages, 3, async (path) => {
      const page = await ctx.newPage();
      const { errors } = watchPage(page);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      const res = await page.goto(server.url + path, { waitUntil: 'networkidle' });
      // Asked for by name, /404.html is a file like any other (as on a static host); unknown
      // addresses answering 404 with it is the next test.
      if (res?.status() !== 200) problems.push(`${path}: status ${res?.status()}`);
      for (const e of errors) problems.push(`${path}: ${e}`);
      await page.close();
    });
    await ctx.close();
    expect(problems.sort()).toEqual([]);
  }, 600_000);

  it('serves the 404 page for an unknown address', async () => {
    const res = await fetch(`${server.url}/2026/no-such-post/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });
});

describe('math', () => {
  it('is KaTeX HTML rendered at build time, with no math script', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(`${server.url}/2026/some-notes-on-gradient-estimation/`, { waitUntil: 'networkidle' });
    expect(await page.locator('.katex-display').count()).toBeGreaterThan(5);
    expect(await page.locator('.katex .katex-html').first().isVisible()).toBe(true);
    // MathML is what KaTeX emits for assistive tech only when asked; we render HTML and no error spans.
    expect(await page.locator('.katex-error').count()).toBe(0);
    expect(scripts.filter((s) => /katex|mathjax/i.test(s))).toEqual([]);
    // A self-hosted KaTeX font was loaded from this origin.
    const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('KaTeX')));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.startsWith(server.url))).toBe(true);
    await ctx.close();
  });
});

describe('the KaTeX stylesheet', () => {
  it('is linked from every page with math and from no other page', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const cssCache = new Map<string, Promise<string>>();
    const css = (href: string): Promise<string> => {
      let text = cssCache.get(href);
      if (text === undefined) cssCache.set(href, (text = readFile(join('dist', href), 'utf8')));
      return text;
    };
    const withMath: string[] = [];
    const problems: string[] = [];
    for (const path of await builtPages('dist')) {
      const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
      const html = await readFile(file, 'utf8');
      const hrefs = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] as string);
      const sheets = await Promise.all(hrefs.map(css));
      // The site's own CSS styles .katex too; KaTeX's stylesheet is the one with its font faces.
      const linksKatex = sheets.some((text) => /@font-face\s*\{[^}]*font-family:\s*KaTeX_/.test(text));
      const hasMath = html.includes('class="katex"') || html.includes('class="katex-display"');
      if (hasMath) withMath.push(path);
      if (hasMath !== linksKatex) problems.push(`${path}: ${hasMath ? 'math without' : 'no math but'} the KaTeX stylesheet`);
    }
    expect(problems).toEqual([]);
    expect(withMath).toContain('/2026/some-notes-on-gradient-estimation/');
  });
});

describe('diagrams', () => {
  it('are inline SVG, and no Mermaid code reaches the reader', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(`${server.url}/2026/deep-research-mcp/`, { waitUntil: 'networkidle' });
    const svg = page.locator('figure.diagram svg:visible');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('text, tspan').count()).toBeGreaterThan(5);
    const html = await page.content();
    expect(html).not.toMatch(/mermaid(\.min)?\.js|mermaid-fallback/);
    expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
    await ctx.close();
  });

  it('follow the theme without a reload', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(`${server.url}/2026/deep-research-mcp/`);
    const light = await page.locator('figure.diagram svg:visible').getAttribute('id');
    await page.click('[data-theme-toggle]');
    const dark = await page.locator('figure.diagram svg:visible').getAttribute('id');
    expect(light).not.toBe(dark);
    await ctx.close();
  });
});

describe('theme', () => {
  it('toggles, and the choice persists across pages and reloads', async () => {
    const ctx = await newContext(browser, { colorScheme: 'light' });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await theme()).toBe('light');
    const lightBg = await bg();
    await page.click('[data-theme-toggle]');
    expect(await theme()).toBe('dark');
    expect(await bg()).not.toBe(lightBg);
    await page.goto(`${server.url}/archive/`);
    expect(await theme()).toBe('dark');
    await page.reload();
    expect(await theme()).toBe('dark');
    await page.click('[data-theme-toggle]');
    await page.goto(`${server.url}/tags/`);
    expect(await theme()).toBe('light');
    await ctx.close();
  });

  it('follows the system setting when the reader has not chosen, with no flash', async () => {
    const ctx = await newContext(browser, { colorScheme: 'dark' });
    const page = await ctx.newPage();
    // Record the theme attribute at the very first paint-relevant moment: when <body> starts.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset['theme'] ?? 'unset';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.url}/`);
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    await ctx.close();
  });
});

describe('feed', () => {
  it('parses and lists every published post with absolute links and full content', async () => {
    const xml = await (await fetch(`${server.url}/rss.xml`)).text();
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: { channel: { item: Array<{ title: string; link: string; 'content:encoded': string }> } };
    };
    const items = feed.rss.channel.item;
    const expected = (await sourcePosts()).filter((p) => !p.draft);
    expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(expected.map((p) => p.permalink).sort());
    for (const i of items) {
      expect(i.link).toMatch(/^https?:\/\//);
      expect(i['content:encoded'].length).toBeGreaterThan(200);
      expect(i['content:encoded']).not.toMatch(/(href|src)="\/(?!\/)/);
      expect(i['content:encoded'], 'feed readers show every copy: only the light one is sent').not.toMatch(/\bonly-dark\b/);
      expect(i['content:encoded'], "feed readers show every copy: only a chart's desktop layout is sent").not.toMatch(/\bchart-narrow\b/);
      expect(i['content:encoded']).not.toMatch(/<script\b/);
    }
    // Each chart of the write-up (six) travels as its desktop SVG alone.
    const writeup = items.find((i) => i.link.endsWith('/2026/harness-bench-wip/'));
    expect(writeup?.['content:encoded'].match(/data-layout="wide"><svg\b/g)?.length).toBe(6);
    // The diagram travels as its light inline SVG.
    const note = items.find((i) => i.link.endsWith('/2026/deep-research-mcp/'));
    expect(note?.['content:encoded'].match(/<svg\b[^>]*\bdiagram-light\b/g)?.length).toBe(1);
  });

  it('is linked from every page', async () => {
    const pages = await builtPages('dist');
    for (const path of pages.slice(0, 50)) {
      const html = await (await fetch(server.url + path)).text();
      expect(html, path).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="https?:\/\/[^"]+\/rss\.xml"/);
    }
  });
});

describe('search', () => {
  it('finds a word that only appears in a post body', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const { errors } = watchPage(page);
    await page.goto(`${server.url}/search/`);
    await page.fill('[data-search-root] input', 'reparameterisation');
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute('href')).toContain('/2026/some-notes-on-gradient-estimation/');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
