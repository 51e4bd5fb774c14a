import { DiagramError } from './diagram-error';
import { diagramHash } from './diagram-hash';
import { finishSvg } from './finish-svg';
import { sourceLineOf, withReportedPosition, type MermaidFailure } from './locate-mermaid-error';
import { mermaidPackage } from './mermaid-package';
import { DIAGRAM_THEMES, DIAGRAM_VIEWPORT, diagramSvgId, mermaidConfig, type DiagramTheme } from './render-config';
import type { RendererMode } from './renderer-mode';
import { renameIdPrefix } from './scope-svg-ids';
import { countDiagram, sharedRenderer } from './shared-renderer';
import { svgCacheKey } from './svg-cache-key';
import { readCachedSvg, writeCachedSvg } from './svg-cache';
import { unsafeSvgConstruct } from './svg-safety';

/** Where a diagram's code fence starts in its content file (1-based). */
export interface DiagramLocation {
  file: string;
  line: number;
  column: number;
}

export interface RenderDiagramOptions {
  mode: RendererMode;
  cacheDir: string;
  /** 1 for the first copy of this source in a file, 2 for the second…; keeps ids unique. */
  occurrence: number;
  location: DiagramLocation;
}

export type DiagramOutput =
  | { kind: 'svg'; hash: string; svgs: Record<DiagramTheme, string> }
  | { kind: 'pending'; hash: string; reason: 'client' | 'no-browser' };

function syntaxError(failure: MermaidFailure, source: string, at: DiagramLocation): DiagramError {
  const reported = withReportedPosition(failure);
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const diagramLine = reported.line !== null ? sourceLineOf(source, reported.line) : null;
  if (diagramLine === null) {
    return new DiagramError({ file: at.file, line: at.line, column: at.column, value: lines[0] ?? '', mermaidMessage: reported.message });
  }
  return new DiagramError({
    file: at.file,
    // The diagram's first line sits on the line after the opening fence.
    line: at.line + diagramLine,
    // Without a column from Mermaid, the start of the line (at the fence's indentation).
    column: reported.column !== null ? at.column + reported.column - 1 : at.column,
    diagramLine,
    value: lines[diagramLine - 1] ?? '',
    mermaidMessage: reported.message,
  });
}

/**
 * Produces the light and dark SVG of one diagram: from the disk cache when both are there,
 * otherwise by drawing the missing ones in the shared headless browser (and caching them).
 * Resolves to 'pending' when the reader's browser has to draw it instead. Throws DiagramError
 * for a diagram Mermaid rejects.
 */
export async function renderDiagram(source: string, opts: RenderDiagramOptions): Promise<DiagramOutput> {
  const hash = diagramHash(source);
  if (opts.mode === 'client') {
    countDiagram('pending');
    return { kind: 'pending', hash, reason: 'client' };
  }
  const { version } = mermaidPackage();
  const plan = DIAGRAM_THEMES.map((theme) => {
    const svgId = diagramSvgId(hash, theme);
    const config = mermaidConfig(theme, svgId);
    const key = svgCacheKey({ source, theme, mermaidVersion: version, svgId, config, viewport: DIAGRAM_VIEWPORT });
    return { theme, svgId, config, key };
  });
  const svgs: Partial<Record<DiagramTheme, string>> = {};
  for (const step of plan) {
    const cached = await readCachedSvg(opts.cacheDir, step.key);
    // Anything in the cache that would fail today's checks is redrawn rather than trusted.
    if (cached !== null && unsafeSvgConstruct(cached) === null) svgs[step.theme] = cached;
  }
  const missing = plan.filter((step) => svgs[step.theme] === undefined);
  if (missing.length > 0) {
    const renderer = await sharedRenderer();
    if (!renderer) {
      countDiagram('pending');
      return { kind: 'pending', hash, reason: 'no-browser' };
    }
    for (const step of missing) {
      const outcome = await renderer.render(source, step.svgId, step.config);
      if (!outcome.ok) throw syntaxError(outcome, source, opts.location);
      const svg = finishSvg(outcome.svg, step.svgId, step.theme);
      const unsafe = unsafeSvgConstruct(svg);
      if (unsafe) {
        throw new DiagramError({
          ...opts.location,
          value: source.split('\n')[0] ?? '',
          reason: `Mermaid's SVG for this diagram contains ${unsafe}, which the site refuses to inline`,
          mermaidMessage: '(no error; the output was rejected)',
        });
      }
      await writeCachedSvg(opts.cacheDir, step.key, svg);
      svgs[step.theme] = svg;
    }
  }
  countDiagram(missing.length > 0 ? 'rendered' : 'reused');
  const light = svgs.light ?? '';
  const dark = svgs.dark ?? '';
  if (opts.occurrence === 1) return { kind: 'svg', hash, svgs: { light, dark } };
  return {
    kind: 'svg',
    hash,
    svgs: {
      light: renameIdPrefix(light, diagramSvgId(hash, 'light'), diagramSvgId(hash, 'light', opts.occurrence)),
      dark: renameIdPrefix(dark, diagramSvgId(hash, 'dark'), diagramSvgId(hash, 'dark', opts.occurrence)),
    },
  };
}
