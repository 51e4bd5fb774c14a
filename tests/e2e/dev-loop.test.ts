import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { copyRepo, freePort, startIn, type RepoCopy, type Running } from './support/build-copy';

/**
 * The author's loop: with `npm run dev` running, saving a CSV under data/ or an MDX post updates
 * the open page without restarting the server; a broken CSV shows its error in Astro's overlay and
 * in the terminal, and saving the fixed file recovers. Runs `astro dev` in a temp copy.
 *
 * The data page is a probe added to the copy only: it memoises the benchmark at module level, the
 * way a chart component would, so it also proves the memo is dropped when the data changes.
 */

const BENCH = 'data/harness-bench';
const POST = 'src/content/posts/2024/postdoc.mdx';
const POST_URL = '/2024/postdoc/';

const PROBE_MODULE = `import { dataset } from './data/dataset';
let memo: ReturnType<typeof dataset> | undefined;
/** Loaded once per module instance, like a chart component's cache. */
export const probeModels = () => (memo ??= dataset('harness-bench/models'));
`;
const PROBE_PAGE = `---
import { probeModels } from '../lib/dev-loop-probe';
const models = await probeModels();
---
<html lang="en"><head><title>dev loop probe</title></head>
<body><p id="models">{models.rows.length} models: {models.rows.map((m) => m['model']).join(' | ')}</p></body></html>
`;

let copy: RepoCopy;
let dev: Running;
let browser: Browser;
let base: string;

/** Saves like an editor that writes a temp file and renames it over the old one. */
async function save(file: string, text: string): Promise<void> {
  const path = join(copy.dir, file);
  await writeFile(`${path}.tmp-save`, text);
  await rename(`${path}.tmp-save`, path);
}

/** Text of `selector`, retried across the reloads the dev server triggers (the page may be mid-navigation). */
async function textOf(page: Page, selector: string): Promise<string> {
  try {
    return (await page.locator(selector).first().textContent({ timeout: 1000 })) ?? '';
  } catch {
    return '';
  }
}

/** The message of Astro's error overlay (inside its shadow root), or '' when none is shown. */
async function overlayText(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => {
      const o = document.querySelector('vite-error-overlay');
      return o?.shadowRoot?.querySelector('#message-content, .message, [id*="message"]')?.textContent ?? o?.shadowRoot?.textContent ?? '';
    });
  } catch {
    return '';
  }
}

/** Set on the window before an edit; gone afterwards only if the page really reloaded. */
async function mark(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __devLoopMark?: number }).__devLoopMark = 1;
  });
}
async function marked(page: Page): Promise<boolean> {
  try {
    return await page.evaluate(() => (window as unknown as { __devLoopMark?: number }).__devLoopMark === 1);
  } catch {
    return false;
  }
}

beforeAll(async () => {
  copy = await copyRepo({ prefix: 'dev-loop-' });
  await writeFile(join(copy.dir, 'src/lib/dev-loop-probe.ts'), PROBE_MODULE);
  await writeFile(join(copy.dir, 'src/pages/dev-loop-probe.astro'), PROBE_PAGE);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = startIn(copy.dir, `astro dev --port ${port} --host 127.0.0.1`);
  await dev.waitFor(`127.0.0.1:${port}`, 180_000);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  await copy?.remove();
});

describe('npm run dev', () => {
  it('reloads the open page when a CSV changes, shows a broken CSV in the overlay and the terminal, and recovers', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/dev-loop-probe/`);
    // The first visit may make Vite optimise dependencies and reload once; let that settle.
    await expect.poll(() => textOf(page, '#models'), { timeout: 60_000 }).toMatch(/^\d+ models: /);
    await page.waitForTimeout(3000);
    const before = await textOf(page, '#models');
    const count = Number(before.split(' ')[0]);
    expect(count).toBeGreaterThan(0);

    const modelsFile = `${BENCH}/models.csv`;
    const original = await readFile(join(copy.dir, modelsFile), 'utf8');
    const pid = dev.pid;

    // An extra model appears without a restart.
    await mark(page);
    await save(modelsFile, `${original.replace(/\n?$/, '\n')}Dev-Loop-Probe-Model,Probe,1,1\n`);
    await expect.poll(() => textOf(page, '#models'), { timeout: 60_000 }).toContain(`${count + 1} models: `);
    expect(await textOf(page, '#models')).toContain('Dev-Loop-Probe-Model');
    expect(await marked(page), 'the page was updated without reloading, or not at all').toBe(false);

    // A broken value: the overlay names file, line, column and value, and so does the terminal.
    const since = dev.output().length;
    const lines = original.split('\n');
    const header = (lines[0] ?? '').split(',');
    const col = header.indexOf('total_params_b');
    expect(col).toBeGreaterThanOrEqual(0);
    const row = (lines[1] ?? '').split(',');
    row[col] = 'eighty';
    lines[1] = row.join(',');
    await save(modelsFile, lines.join('\n'));
    const expected = /models\.csv line 2, column "total_params_b".*"eighty"/;
    await expect.poll(() => overlayText(page), { timeout: 60_000 }).toMatch(expected);
    await dev.waitFor(expected, 30_000, since);

    // Fixed: the page comes back with the original data.
    await save(modelsFile, original);
    try {
      await expect.poll(() => textOf(page, '#models'), { timeout: 60_000 }).toBe(before);
    } catch (err) {
      const overlay = await overlayText(page);
      throw new Error(`the page did not recover at ${page.url()}; overlay: ${overlay.slice(0, 300) || '(none)'}; dev server said:\n${dev.output().slice(since).slice(-3000)}`, { cause: err });
    }
    expect(await overlayText(page)).toBe('');

    expect(dev.exited(), 'the dev server exited').toBe(false);
    expect(dev.pid).toBe(pid);
    expect(dev.output()).not.toMatch(/restarting|server restarted/i);
    await page.close();
  }, 300_000);

  it('updates the open page when an MDX post changes', async () => {
    const page = await browser.newPage();
    await page.goto(base + POST_URL);
    await expect.poll(() => textOf(page, 'h1'), { timeout: 60_000 }).not.toBe('');
    await page.waitForTimeout(2000);
    const original = await readFile(join(copy.dir, POST), 'utf8');
    const marker = 'A sentence added while the dev server was running.';
    expect(await page.content()).not.toContain(marker);
    await save(POST, `${original.replace(/\n?$/, '\n')}\n${marker}\n`);
    await expect.poll(async () => (await textOf(page, 'article')).includes(marker), { timeout: 60_000 }).toBe(true);
    await save(POST, original);
    await expect.poll(async () => (await textOf(page, 'article')).includes(marker), { timeout: 60_000 }).toBe(false);
    expect(dev.exited()).toBe(false);
    await page.close();
  }, 180_000);
});
