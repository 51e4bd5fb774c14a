import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeChromiumMissing, launchChromium, resolveChromium } from '../../../src/lib/browser/chromium';
import { DiagramBrowserError } from '../../../src/lib/mermaid/diagram-browser-error';
import { DiagramError } from '../../../src/lib/mermaid/diagram-error';
import { closeSharedRenderer, diagramStats, sharedRenderer } from '../../../src/lib/mermaid/shared-renderer';
import { remarkMermaid, type RemarkMermaidOptions } from '../../../src/plugins/remark-mermaid';

// Real Chromium, real mermaid, Astro's real Markdown and MDX pipelines. One renderer (the shared
// one the plugin uses) for the whole file, plus one browser to inspect the HTML as a reader would.

const FLOW = 'flowchart LR\n  A[Client] -->|asks| B{Router}\n  B --> C[Worker]';
const SEQUENCE = 'sequenceDiagram\n  accTitle: Greeting\n  Alice->>Bob: Hello <script>alert(1)</script>\n  Bob-->>Alice: Hi';

const POST = `# A post

Some prose.

\`\`\`mermaid
${FLOW}
\`\`\`

The same diagram again, then another:

\`\`\`mermaid
${FLOW}
\`\`\`

\`\`\`mermaid
${SEQUENCE}
\`\`\`
`;

/** The CSS the site uses to show one copy per theme (mirrors the snippet handed to the layout). */
const THEME_CSS = `
  html[data-theme='dark'] .diagram-light, html[data-theme='light'] .diagram-dark { display: none; }
`;

const short = (source: string): string => createHash('sha256').update(source).digest('hex').slice(0, 8);

let cacheDir = '';
let inspector: Browser;

beforeAll(async () => {
  // A missing browser fails the suite with instructions; it is never skipped.
  if (!(await resolveChromium())) throw new Error(describeChromiumMissing());
  cacheDir = await mkdtemp(join(tmpdir(), 'remark-mermaid-test-'));
  const browser = await launchChromium();
  if (!browser) throw new Error(describeChromiumMissing());
  inspector = browser;
}, 180_000);

afterAll(async () => {
  await closeSharedRenderer();
  await inspector?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

async function toHtml(markdown: string, options: RemarkMermaidOptions, file = '/site/src/content/posts/2026/post.md') {
  const renderer = await unified({ remarkPlugins: [[remarkMermaid, options]] }).createRenderer({ syntaxHighlight: false });
  return renderer.render(markdown, { fileURL: pathToFileURL(file), frontmatter: {} });
}

async function compileMdx(mdx: string, options: RemarkMermaidOptions, file: string): Promise<string> {
  const processor = unified({ remarkPlugins: [[remarkMermaid, options]] });
  if (!processor.createMdxRenderer) throw new Error('the unified processor has no MDX renderer');
  const mdxRenderer = await processor.createMdxRenderer({ syntaxHighlight: false }, { optimize: false });
  return (await mdxRenderer.process(mdx, file, {})).code;
}

async function inspect(html: string) {
  const page = await inspector.newPage();
  await page.setContent(`<!doctype html><html data-theme="light"><head><style>${THEME_CSS}</style></head><body>${html}</body></html>`);
  const facts = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const ids = all.map((e) => e.id).filter(Boolean);
    return {
      figures: [...document.querySelectorAll('figure.diagram')].map((f) => ({
        hash: f.getAttribute('data-diagram-hash'),
        svgs: [...f.querySelectorAll(':scope > svg')].map((s) => ({
          id: s.id,
          cls: s.getAttribute('class'),
          label: s.getAttribute('aria-label'),
          labelledBy: s.getAttribute('aria-labelledby') ? document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent : null,
          text: s.textContent ?? '',
        })),
      })),
      duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
      scripts: document.querySelectorAll('script').length,
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name)),
      foreignObjects: document.getElementsByTagName('foreignObject').length,
    };
  });
  const visible = async (theme: 'light' | 'dark') => {
    await page.evaluate((t) => { document.documentElement.dataset['theme'] = t; }, theme);
    return page.locator('figure.diagram svg:visible').evaluateAll((els) => els.map((e) => e.id));
  };
  const result = { ...facts, visibleLight: await visible('light'), visibleDark: await visible('dark') };
  await page.close();
  return result;
}

describe('remarkMermaid, drawing at build time', { timeout: 120_000 }, () => {
  it('turns each mermaid block into a figure with a light and a dark inline SVG, ids unique on the page, no script', async () => {
    const { code } = await toHtml(POST, { cacheDir, mode: 'browser' });
    const page = await inspect(code);
    const flow = short(FLOW);
    const seq = short(SEQUENCE);
    expect(page.figures.map((f) => f.hash?.slice(0, 8))).toEqual([flow, flow, seq]);
    expect(page.figures.map((f) => f.svgs.map((s) => s.id))).toEqual([
      [`mmd-${flow}-light`, `mmd-${flow}-dark`],
      [`mmd-${flow}-2-light`, `mmd-${flow}-2-dark`],
      [`mmd-${seq}-light`, `mmd-${seq}-dark`],
    ]);
    for (const figure of page.figures) {
      expect(figure.svgs[0]?.cls?.split(' ')).toEqual(expect.arrayContaining(['diagram-light', 'only-light']));
      expect(figure.svgs[1]?.cls?.split(' ')).toEqual(expect.arrayContaining(['diagram-dark', 'only-dark']));
    }
    expect(page.figures[0]?.svgs[0]?.text).toContain('Client');
    expect(page.figures[0]?.svgs[0]?.text).toContain('Router');
    expect(page.figures[0]?.svgs[0]?.label).toBe('Diagram');
    // accTitle becomes the SVG's <title>; a label that looks like markup stays text.
    expect(page.figures[2]?.svgs[1]?.labelledBy).toBe('Greeting');
    expect(page.figures[2]?.svgs[0]?.text).toContain('Hello <script>alert(1)</script>');
    expect(page.duplicateIds).toEqual([]);
    expect(page.scripts).toBe(0);
    expect(page.handlers).toEqual([]);
    expect(page.foreignObjects).toBe(0);
    expect(page.visibleLight).toEqual([`mmd-${flow}-light`, `mmd-${flow}-2-light`, `mmd-${seq}-light`]);
    expect(page.visibleDark).toEqual([`mmd-${flow}-dark`, `mmd-${flow}-2-dark`, `mmd-${seq}-dark`]);
  });

  it('serves an unchanged diagram from the disk cache without drawing it again, byte for byte', async () => {
    const renderer = await sharedRenderer();
    if (!renderer) throw new Error(describeChromiumMissing());
    const first = await toHtml(POST, { cacheDir, mode: 'browser' });
    const drawnBefore = renderer.renders;
    const reusedBefore = diagramStats().reused;
    const second = await toHtml(POST, { cacheDir, mode: 'browser' });
    expect(renderer.renders - drawnBefore).toBe(0);
    expect(diagramStats().reused - reusedBefore).toBe(3);
    expect(second.code).toBe(first.code);
  });

  it('redraws an entry whose SVG was swapped for another well-formed one instead of shipping it', async () => {
    const own = await mkdtemp(join(tmpdir(), 'remark-mermaid-forged-'));
    try {
      // Each pass in a fresh browser: Mermaid numbers some ids per page, so only then are two drawings byte-identical.
      await closeSharedRenderer();
      const first = await toHtml(POST, { cacheDir: own, mode: 'browser' });
      const entries = (await readdir(own)).filter((f) => f.endsWith('.json'));
      // Two distinct diagrams, a light and a dark SVG each.
      expect(entries).toHaveLength(4);
      for (const name of entries) {
        const entry = JSON.parse(await readFile(join(own, name), 'utf8')) as { svg: string };
        entry.svg = entry.svg.replaceAll('Client', 'Forged').replaceAll('Alice', 'Mallory');
        await writeFile(join(own, name), JSON.stringify(entry));
      }
      await closeSharedRenderer();
      const renderer = await sharedRenderer();
      if (!renderer) throw new Error(describeChromiumMissing());
      const second = await toHtml(POST, { cacheDir: own, mode: 'browser' });
      expect(renderer.renders).toBe(4);
      expect(second.code).not.toContain('Forged');
      expect(second.code).not.toContain('Mallory');
      expect(second.code).toBe(first.code);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('draws every diagram, with one warning, when the cache cannot be written', async () => {
    const own = await mkdtemp(join(tmpdir(), 'remark-mermaid-unwritable-'));
    // A file where node_modules/.cache should be: unwritable even for root.
    await writeFile(join(own, '.cache'), 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { code } = await toHtml(POST, { cacheDir: join(own, '.cache', 'mermaid-svg'), mode: 'browser' });
      const page = await inspect(code);
      expect(page.figures.map((f) => f.svgs.length)).toEqual([2, 2, 2]);
      const cacheWarnings = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('diagram cache'));
      expect(cacheWarnings).toHaveLength(1);
      expect(cacheWarnings[0]).toContain('.cache/mermaid-svg cannot be used (ENOTDIR: not a directory');
    } finally {
      warn.mockRestore();
      await rm(own, { recursive: true, force: true });
    }
  });

  it('works inside Astro\'s MDX compiler, next to JSX', async () => {
    const mdx = `import Note from './Note.astro';\n\n<Note>Before</Note>\n\n\`\`\`mermaid\n${FLOW}\n\`\`\`\n`;
    const code = await compileMdx(mdx, { cacheDir, mode: 'browser' }, '/site/src/content/posts/2026/with-jsx.mdx');
    expect(code).toContain(`"mmd-${short(FLOW)}-light"`);
    expect(code).toContain(`"mmd-${short(FLOW)}-dark"`);
    expect(code).toContain('"diagram"');
    expect(code).not.toMatch(/_components\.script|"script"/);
  });

  it('fails on a syntax error, naming the file, the line in it and Mermaid\'s message', async () => {
    const mdx = ['---', 'title: Broken', '---', '', 'Intro.', '', '```mermaid', 'flowchart LR', '  A --> B', '  B -->> ]]', '```', ''].join('\n');
    const file = '/site/src/content/posts/2026/broken.mdx';
    const error = await compileMdx(mdx, { cacheDir, mode: 'browser' }, file).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DiagramError);
    const e = error as DiagramError;
    expect(e.file).toBe(file);
    // Fence on line 7; "  B -->> ]]" is line 3 of the diagram, line 10 of the file.
    expect(e.line).toBe(10);
    expect(e.diagramLine).toBe(3);
    expect(e.message).toContain(`${file}:10`);
    expect(e.message).toContain('Parse error on line 3');
    expect(e.message).toContain('B -->> ]]');
  });

  it('counts error lines as in the source even when Mermaid strips comments first', async () => {
    const md = ['```mermaid', '%% the router', 'flowchart LR', '  A --> B', '  B -->> ]]', '```', ''].join('\n');
    const error = await toHtml(md, { cacheDir, mode: 'browser' }, '/site/notes.md').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DiagramError);
    // Mermaid says line 3 (it dropped the comment); the source line is 4, the file line 5.
    expect(error).toMatchObject({ file: '/site/notes.md', line: 5, diagramLine: 4 });
    expect((error as DiagramError).message).toContain('Parse error on line 3');
  });

  it('reports a diagram of unknown type at its fence', async () => {
    const md = ['Text.', '', '```mermaid', 'flowchat LR', '  A --> B', '```', ''].join('\n');
    const error = await toHtml(md, { cacheDir, mode: 'browser' }, '/site/typo.md').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DiagramError);
    expect(error).toMatchObject({ file: '/site/typo.md', line: 3, column: 1, diagramLine: undefined });
    expect((error as DiagramError).message).toContain('/site/typo.md:3:1: Mermaid could not parse this diagram.');
    expect((error as DiagramError).message).toContain('No diagram type detected');
  });
});

describe('remarkMermaid, when the browser fails', { timeout: 120_000 }, () => {
  it('names the file, line and column of the diagram it was drawing', async () => {
    await closeSharedRenderer();
    const saved = process.env['CHROME_PATH'];
    // An executable that exits at once: Chromium "starts" and is gone before Playwright connects.
    process.env['CHROME_PATH'] = '/bin/false';
    try {
      const mdx = ['---', 'title: T', '---', '', '- a list', '', '  ```mermaid', '  flowchart LR', '    Q --> R', '  ```', ''].join('\n');
      const file = '/site/src/content/posts/2026/browser-down.mdx';
      const error = await compileMdx(mdx, { cacheDir, mode: 'browser' }, file).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(DiagramBrowserError);
      // The fence sits on line 7, indented by two spaces.
      expect(error).toMatchObject({ file, line: 7, column: 3 });
      const message = (error as Error).message;
      expect(message.startsWith(`${file}:7:3: Chromium failed while drawing this diagram:\n`)).toBe(true);
      expect(message).toContain('/bin/false');
    } finally {
      if (saved === undefined) delete process.env['CHROME_PATH'];
      else process.env['CHROME_PATH'] = saved;
      await closeSharedRenderer();
    }
  });
});

describe('remarkMermaid, leaving diagrams to the reader (MERMAID_RENDERER=client)', { timeout: 60_000 }, () => {
  it('emits the source as escaped text and flags the page, drawing nothing', async () => {
    const saved = process.env['MERMAID_RENDERER'];
    process.env['MERMAID_RENDERER'] = 'client';
    try {
      const renderer = await sharedRenderer();
      const drawnBefore = renderer?.renders ?? 0;
      const { code, metadata } = await toHtml(POST, { cacheDir });
      expect(renderer?.renders ?? 0).toBe(drawnBefore);
      expect(metadata.frontmatter['hasPendingDiagrams']).toBe(true);
      const page = await inspector.newPage();
      await page.setContent(`<!doctype html><html><body>${code}</body></html>`);
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll('figure.diagram')].map((f) => ({
          cls: f.getAttribute('class'),
          source: f.getAttribute('data-mermaid-source'),
          pre: f.querySelector(':scope > pre.diagram-source')?.textContent,
          svgs: f.querySelectorAll('svg').length,
        })),
      );
      const scripts = await page.evaluate(() => document.querySelectorAll('script').length);
      await page.close();
      expect(figures).toEqual([
        { cls: 'diagram diagram-pending', source: FLOW, pre: FLOW, svgs: 0 },
        { cls: 'diagram diagram-pending', source: FLOW, pre: FLOW, svgs: 0 },
        { cls: 'diagram diagram-pending', source: SEQUENCE, pre: SEQUENCE, svgs: 0 },
      ]);
      expect(scripts).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['MERMAID_RENDERER'];
      else process.env['MERMAID_RENDERER'] = saved;
    }
  });

  it('leaves pages without diagrams unflagged', async () => {
    const { metadata } = await toHtml('# No diagrams\n\n```js\nconst x = 1;\n```\n', { cacheDir, mode: 'client' });
    expect(metadata.frontmatter['hasPendingDiagrams']).toBeUndefined();
  });
});
