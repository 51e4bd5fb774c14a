import type { Element, Properties, Text } from 'hast';
import type { DiagramTheme } from './render-config';

/** A hast node carrying markup that the HTML pipeline (rehype-raw) parses in place. */
export interface RawHtml {
  type: 'raw';
  value: string;
}

/** What mdast-util-to-hast turns into `<figure>…</figure>` (the hName/hProperties/hChildren hooks). */
export interface FigureData {
  hName: 'figure';
  hProperties: Properties;
  hChildren: Array<Element | Text | RawHtml>;
}

/**
 * A figure holding both renderings of a diagram; the site's CSS shows the one whose class matches
 * html[data-theme], so switching themes needs no script.
 */
export function renderedFigure(hash: string, svgs: Record<DiagramTheme, string>): FigureData {
  return {
    hName: 'figure',
    hProperties: { className: ['diagram'], dataDiagramHash: hash },
    hChildren: [
      { type: 'raw', value: svgs.light },
      { type: 'raw', value: svgs.dark },
    ],
  };
}

/**
 * A diagram the reader's browser will draw (src/scripts/mermaid-fallback.ts). Until then, and
 * without JavaScript, the source shows as preformatted text. The source travels as text in an
 * attribute and a text node, both escaped by the serializer, never as markup. The <pre> has no
 * <code> child so the syntax highlighter leaves it alone.
 */
export function pendingFigure(hash: string, source: string): FigureData {
  return {
    hName: 'figure',
    hProperties: { className: ['diagram', 'diagram-pending'], dataDiagramHash: hash, dataMermaidSource: source },
    hChildren: [{ type: 'element', tagName: 'pre', properties: { className: ['diagram-source'] }, children: [{ type: 'text', value: source }] }],
  };
}
