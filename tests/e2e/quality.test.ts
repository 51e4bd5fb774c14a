import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { checkLinks } from '../../src/lib/quality/link-check';
import { forEachLimit } from './support/pool';
import { readDist } from './support/dist';
import { startServer, type StaticServer } from './support/server';
import { launchBrowser, newContext } from './support/browser';

const require = createRequire(import.meta.url);

describe('links', () => {
  it('every internal link and #anchor in dist/ resolves', async () => {
    const { pages, files } = await readDist('dist');
    expect(checkLinks(pages, files)).toEqual([]);
  });
});

describe('HTML', () => {
  it('every page is valid HTML', async () => {
    const { pages } = await readDist('dist');
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: {
        // Math tables carry their cell alignment in style attributes (rehype-mathml-core), and Shiki colours tokens with them.
        'no-inline-style': 'off',
        // Astro writes `<!DOCTYPE html>` in upper case and leaves long lines; neither is an error.
        'doctype-style': 'off',
        // MDX emits nested spans; inline elements only are checked by the content model rules.
        'prefer-native-element': 'off',
        // Duplicate ids would break anchors: keep that rule on (it is in the preset).
        // SVG from Vega/Mermaid carries attributes html-validate does not know.
        'attribute-misuse': 'off',
        'no-unknown-elements': 'off',
      },
      elements: ['html5'],
    });
    const problems: string[] = [];
    for (const [path, html] of pages) {
      const report = await validator.validateString(html, path);
      for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('accessibility', () => {
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

  for (const theme of ['light', 'dark'] as const) {
    it(`axe-core finds no serious or critical violation on any page (${theme})`, async () => {
      const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
      const { pages } = await readDist('dist');
      const ctx = await newContext(browser, { colorScheme: theme });
      const problems: string[] = [];
      await forEachLimit([...pages.keys()].sort(), 3, async (path) => {
        const page = await ctx.newPage();
        await page.goto(server.url + path, { waitUntil: 'load' });
        // Injected through the DevTools protocol, not a <script>, so the page's CSP is untouched.
        await page.evaluate(axeSource);
        // Only colours change between the themes: the dark pass re-checks contrast, not structure.
        const rules = theme === 'dark' ? ['color-contrast'] : null;
        const result = await page.evaluate(async (only) => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
          return axe.run(document, only ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: only } } : { resultTypes: ['violations'] });
        }, rules);
        for (const v of result.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            problems.push(`${path} [${theme}]: ${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
          }
        }
        await page.close();
      });
      await ctx.close();
      expect(problems.sort()).toEqual([]);
    }, 600_000);
  }
});
