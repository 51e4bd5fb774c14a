import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import type { MermaidFailure } from './locate-mermaid-error';
import { DIAGRAM_VIEWPORT, type MermaidRenderConfig } from './render-config';
import { patientTimeout } from '../async/patient-timeout';

/**
 * The page lives on a made-up origin that only exists inside this browser: every request to it
 * is answered from node_modules/mermaid/dist, and every other request is refused, so rendering
 * never touches the network.
 */
const ORIGIN = 'http://mermaid-renderer.invalid';
const ENTRY = 'mermaid.esm.min.mjs';
/**
 * The page loads Mermaid through a module script rather than an import() inside
 * page.evaluate(): Vite and vitest rewrite import() in our source, and the rewritten call would
 * be shipped to the browser verbatim.
 */
const BOOT = `import mermaid from './mermaid/${ENTRY}';\nglobalThis.__mermaid = mermaid;\n`;
const PAGE_HTML = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8">',
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:">`,
  '<title>mermaid renderer</title><script type="module" src="/boot.mjs"></script></head><body></body></html>',
].join('');
/** A diagram that takes longer than this is stuck, not slow. */
const RENDER_TIMEOUT_MS = 60_000;

export type RenderOutcome = { ok: true; svg: string } | ({ ok: false } & MermaidFailure);

/** The Mermaid API as the page sees it; only what we call. */
interface PageMermaid {
  initialize(config: MermaidRenderConfig): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}
type PageGlobal = { __mermaid?: PageMermaid };
type ParserError = { message?: unknown; hash?: { loc?: { first_line?: unknown; first_column?: unknown } } };

async function serve(route: Route, distDir: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
  if (url.pathname === '/') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE_HTML });
  if (url.pathname === '/boot.mjs') return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: BOOT });
  const file = resolve(distDir, `.${decodeURIComponent(url.pathname).replace(/^\/mermaid/, '')}`);
  const ext = extname(file);
  if (!url.pathname.startsWith('/mermaid/') || !file.startsWith(distDir + sep) || (ext !== '.mjs' && ext !== '.js')) {
    return route.fulfill({ status: 404, body: '' });
  }
  try {
    return await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: await readFile(file) });
  } catch {
    return route.fulfill({ status: 404, body: '' });
  }
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  return patientTimeout(work, RENDER_TIMEOUT_MS, () => new Error(`${what} did not finish within ${RENDER_TIMEOUT_MS / 1000} s.`));
}

/**
 * One page in a headless Chromium with the real mermaid package loaded. Renders are queued and run
 * one at a time: Mermaid keeps global state (its configuration, a scratch element in the page), so
 * two renders in one page at once could mix their themes.
 */
export class MermaidBrowserRenderer {
  /** How many SVGs this renderer has drawn; the cache is proven by this staying put. */
  renders = 0;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  /** Opens the renderer page in `browser` (which the renderer then owns and closes). */
  static async start(browser: Browser, distDir: string): Promise<MermaidBrowserRenderer> {
    const page = await browser.newPage({ viewport: { ...DIAGRAM_VIEWPORT }, javaScriptEnabled: true });
    await page.route('**/*', (route) => serve(route, distDir));
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(e.message));
    page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
    // Playwright's own timeouts are wall-clock and misfire when a big build keeps this thread busy.
    page.setDefaultTimeout(0);
    await withTimeout(page.goto(`${ORIGIN}/`, { waitUntil: 'load' }), 'Loading Mermaid in the headless browser');
    const loaded = await page.evaluate(() => (globalThis as PageGlobal).__mermaid !== undefined);
    if (!loaded) throw new Error(`Mermaid did not load in the headless browser: ${failures.join('; ') || 'no error was reported'}.`);
    return new MermaidBrowserRenderer(browser, page);
  }

  get connected(): boolean {
    return this.browser.isConnected();
  }

  /**
   * Renders one diagram to an SVG string whose root element has id `id`. A diagram Mermaid cannot
   * parse resolves to `{ ok: false }` with Mermaid's message and position; only a broken browser
   * rejects.
   */
  render(source: string, id: string, config: MermaidRenderConfig): Promise<RenderOutcome> {
    const run = async (): Promise<RenderOutcome> => {
      const outcome = await withTimeout(
        this.page.evaluate(
          async ({ source, id, config }): Promise<RenderOutcome> => {
            const mermaid = (globalThis as PageGlobal).__mermaid;
            if (!mermaid) return { ok: false, message: 'mermaid did not load in the renderer page', line: null, column: null };
            mermaid.initialize(config);
            try {
              await mermaid.parse(source);
              const { svg } = await mermaid.render(id, source);
              return { ok: true, svg };
            } catch (e) {
              const err = (e ?? {}) as ParserError;
              const loc = err.hash?.loc;
              const line = typeof loc?.first_line === 'number' ? loc.first_line : null;
              // Jison columns count from 0.
              const column = typeof loc?.first_column === 'number' ? loc.first_column + 1 : null;
              return { ok: false, message: typeof err.message === 'string' ? err.message : String(e), line, column };
            } finally {
              // Mermaid may leave its scratch element behind after a failure.
              document.body.replaceChildren();
            }
          },
          { source, id, config },
        ),
        `Rendering diagram ${id}`,
      );
      if (outcome.ok) this.renders++;
      return outcome;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
