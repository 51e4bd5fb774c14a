import { relative, resolve, isAbsolute } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Code, Data, Node, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { describeChromiumMissing } from '../lib/browser/chromium';
import { DiagramBrowserError } from '../lib/mermaid/diagram-browser-error';
import { DiagramError } from '../lib/mermaid/diagram-error';
import { pendingFigure, renderedFigure, type FigureData } from '../lib/mermaid/figure-node';
import { renderDiagram } from '../lib/mermaid/render-diagram';
import { rendererMode, type RendererMode } from '../lib/mermaid/renderer-mode';
import { firstMissingBrowserWarning } from '../lib/mermaid/shared-renderer';

/** The node a ```mermaid block becomes; mdast-util-to-hast turns it into its hName element. */
export interface MermaidFigure extends Node {
  type: 'mermaidFigure';
  data: Data & FigureData;
}

declare module 'mdast' {
  interface RootContentMap {
    mermaidFigure: MermaidFigure;
  }
  interface BlockContentMap {
    mermaidFigure: MermaidFigure;
  }
}

export interface RemarkMermaidOptions {
  /** Where rendered SVGs are kept between builds. Default: node_modules/.cache/mermaid-svg under the working directory. */
  cacheDir?: string;
  /** Default: $MERMAID_RENDERER, else 'browser'. */
  mode?: RendererMode;
}

/** The front-matter flag a layout reads to decide whether to load the fallback renderer. */
export const PENDING_DIAGRAMS_FLAG = 'hasPendingDiagrams';

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/mermaid-svg';

function displayPath(path: string | undefined): string {
  if (!path) return '<unnamed file>';
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Replaces every ```mermaid code block with a <figure class="diagram"> holding the diagram as
 * two inline SVGs (light and dark), drawn at build time by the real mermaid package in headless
 * Chromium and cached on disk. Without Chromium (or with MERMAID_RENDERER=client) the figure
 * carries the source instead, for src/scripts/mermaid-fallback.ts, and the file's front matter
 * gets hasPendingDiagrams: true. A diagram Mermaid rejects fails the build (DiagramError).
 */
export const remarkMermaid: RemarkPlugin<[RemarkMermaidOptions?]> = function remarkMermaid(options = {}) {
  const cacheDir = resolve(options.cacheDir ?? DEFAULT_CACHE_DIR);
  return async (tree, file) => {
    const blocks: Array<{ node: Code; siblings: RootContent[]; index: number }> = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang?.toLowerCase() !== 'mermaid' || !parent || index === undefined) return;
      // Every parent that can hold a code block can hold a block-level figure too.
      blocks.push({ node, siblings: parent.children as RootContent[], index });
    });
    if (blocks.length === 0) return;

    const mode = options.mode ?? rendererMode();
    const occurrences = new Map<string, number>();
    let pending = false;
    for (const { node, siblings, index } of blocks) {
      const occurrence = (occurrences.get(node.value) ?? 0) + 1;
      occurrences.set(node.value, occurrence);
      const start = node.position?.start;
      const location = { file: displayPath(file.path), line: start?.line ?? 1, column: start?.column ?? 1 };
      const output = await renderDiagram(node.value, { mode, cacheDir, occurrence, location }).catch((e: unknown) => {
        // A rejected diagram already says where it is; anything else came from the browser.
        throw e instanceof DiagramError ? e : new DiagramBrowserError(location, e);
      });
      let data: FigureData;
      if (output.kind === 'svg') {
        data = renderedFigure(output.hash, output.svgs);
      } else {
        pending = true;
        data = pendingFigure(output.hash, node.value);
        if (output.reason === 'no-browser' && firstMissingBrowserWarning()) {
          console.warn(
            `[mermaid] ${describeChromiumMissing()}\n[mermaid] Diagrams will be drawn in the reader's browser instead; ` +
              'pages with a diagram then load Mermaid, pages without one do not.',
          );
        }
      }
      const figure: MermaidFigure = { type: 'mermaidFigure', data };
      if (node.position) figure.position = node.position;
      siblings[index] = figure;
    }
    if (pending) {
      const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
      data.astro ??= {};
      data.astro.frontmatter ??= {};
      data.astro.frontmatter[PENDING_DIAGRAMS_FLAG] = true;
    }
  };
};

export default remarkMermaid;
