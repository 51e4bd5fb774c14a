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

const MATH_POST = '/2026/some-notes-on-gradient-estimation/';

describe('math', () => {
  it('is MathML written at build time, with no math script and no KaTeX HTML', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(server.url + MATH_POST, { waitUntil: 'networkidle' });
    expect(await page.locator('.math-display > math[display="block"]').count()).toBeGreaterThan(5);
    expect(await page.locator('p math:not([display])').count()).toBeGreaterThan(50);
    expect(await page.locator('.math-display math').first().isVisible()).toBe(true);
    expect(await page.locator('.katex, .katex-html, .katex-error, .katex-display').count()).toBe(0);
    expect(scripts.filter((s) => /katex|mathjax|temml/i.test(s))).toEqual([]);
    await ctx.close();
  });

  it('draws every glyph of a formula in the self-hosted STIX Two Math, 𝔼 and ∫ included', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(`${server.url}${MATH_POST}#eq-reinforce`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.woff2?$/.test(n)));
    expect(fonts.length).toBe(1);
    expect(fonts[0]).toMatch(new RegExp(`^${server.url}/_astro/stix-two-math-`));
    // Which font the browser drew each text node with, from Chromium itself.
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#eq-reinforce :is(mi, mo, mn)' });
    const used = new Map<string, number>();
    for (const nodeId of nodeIds) {
      const { fonts: platform } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of platform) used.set(f.familyName, (used.get(f.familyName) ?? 0) + f.glyphCount);
    }
    const text = await page.locator('#eq-reinforce math').evaluate((m) => m.textContent ?? '');
    expect(text).toContain('\u{1D53C}'); // 𝔼, written by the build for \mathbb{E}
    expect(text).toContain('∫');
    expect([...used.keys()]).toEqual(['STIX Two Math']);
    expect(used.get('STIX Two Math')).toBeGreaterThan(30);
    await ctx.close();
  });

  it('numbers labelled equations at the right margin, and #eq- links land on them', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(server.url + MATH_POST, { waitUntil: 'networkidle' });
    const ids = await page.locator('.equation[id^="eq-"]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(10);
    // The number is the last cell of KaTeX's tag table: (1), (2), ... in document order.
    const numbers = await page.locator('.equation[id^="eq-"] mtable[width="100%"] > mtr > mtd:last-child').allTextContents();
    expect(numbers).toEqual(ids.map((_, i) => `(${i + 1})`));
    // The first link to an equation reads like its number and lands on it.
    const link = page.locator('a.xref[href="#eq-reinforce"]').first();
    const label = await link.textContent();
    await link.click();
    await page.waitForFunction(() => location.hash === '#eq-reinforce');
    const box = await page.locator('#eq-reinforce').boundingBox();
    expect(box && box.y >= -1 && box.y < 100, `#eq-reinforce at y=${box?.y}`).toBe(true);
    const tag = await page.locator('#eq-reinforce mtable[width="100%"] > mtr > mtd:last-child').boundingBox();
    const column = await page.locator('#eq-reinforce .math-display').boundingBox();
    expect(`Eq. ${await page.locator('#eq-reinforce mtable[width="100%"] > mtr > mtd:last-child').textContent()}`).toBe(label);
    // At the right edge of the column, well clear of the formula's centre.
    expect(Math.abs((tag?.x ?? 0) + (tag?.width ?? 0) - ((column?.x ?? 0) + (column?.width ?? 0)))).toBeLessThan(2);
    await ctx.close();
  });

  it('lets a #ref- link jump past sections that were never drawn (content-visibility)', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(server.url + MATH_POST, { waitUntil: 'networkidle' });
    expect(await page.locator('.prose > section').first().evaluate((s) => getComputedStyle(s).contentVisibility)).toBe('auto');
    const cite = page.locator('a[href="#ref-williams1992"]').first();
    await cite.click();
    await page.waitForFunction(() => location.hash === '#ref-williams1992');
    await page.waitForTimeout(300);
    // In the viewport (the list ends the page, so it may not reach the top).
    const box = await page.locator('#ref-williams1992').boundingBox();
    expect(box && box.y >= -1 && box.y + box.height <= 900, `#ref-williams1992 at y=${box?.y}`).toBe(true);
    expect(await page.locator('#ref-williams1992').textContent()).toContain('Williams, R. J. (1992)');
    await ctx.close();
  });

  it('on a 390 px phone, wide display math scrolls inside its own box, never the page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await page.goto(server.url + MATH_POST, { waitUntil: 'networkidle' });
    // content-visibility leaves far sections undrawn: scroll through so every box is laid out.
    const heights = await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      const boxes = [...document.querySelectorAll('.math-display')];
      return { page: document.documentElement.scrollWidth, wide: boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length, scrolls: boxes.filter((b) => getComputedStyle(b).overflowX === 'auto').length, all: boxes.length };
    });
    expect(heights.page).toBeLessThanOrEqual(390);
    expect(heights.wide).toBeGreaterThan(0);
    expect(heights.scrolls).toBe(heights.all);
    await ctx.close();
  });
});

describe('the math stylesheet', () => {
  it('is linked from every page with math and from no other page; KaTeX’s CSS and fonts are gone', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
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
      const linksMath = sheets.some((text) => /@font-face\s*\{[^}]*font-family:\s*["']?STIX Two Math/.test(text));
      const hasMath = /<math[\s>]/.test(html);
      if (hasMath) withMath.push(path);
      if (hasMath !== linksMath) problems.push(`${path}: ${hasMath ? 'math without' : 'no math but'} the math stylesheet`);
      if (sheets.some((text) => /KaTeX_|\.katex/.test(text))) problems.push(`${path}: links KaTeX's stylesheet`);
    }
    expect(problems).toEqual([]);
    expect(withMath).toContain(MATH_POST);
    expect((await readdir('dist/_astro')).filter((f) => /katex/i.test(f))).toEqual([]);
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
