import type { PhrasingContent } from 'mdast';
import type { MarkedNode, MarkStyle } from './citation-marks';

/** How each style is shown: italics and bold as Markdown emphasis, the rest as HTML elements with a class the stylesheet knows. */
function styledNode(style: MarkStyle, children: PhrasingContent[]): PhrasingContent {
  switch (style) {
    case 'italic':
      return { type: 'emphasis', children };
    case 'bold':
      return { type: 'strong', children };
    case 'sup':
    case 'sub':
      return { type: 'emphasis', children, data: { hName: style } };
    case 'small-caps':
    case 'upright':
      return { type: 'emphasis', children, data: { hName: 'span', hProperties: { className: [style] } } };
  }
}

/** A cite of a cluster: a link to its entry in the reference list. */
export function citeLink(key: string, children: PhrasingContent[]): PhrasingContent {
  return { type: 'link', url: `#ref-${key}`, children, data: { hProperties: { className: ['citation'] } } };
}

/**
 * Marked citeproc output as Markdown inline nodes. Every value is a text node, so the HTML
 * serialiser escapes it; links carry only the http(s) and doi.org addresses the marks format made.
 */
export function marksToMdast(nodes: readonly MarkedNode[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    switch (node.kind) {
      case 'text':
        return { type: 'text', value: node.value };
      case 'style':
        return styledNode(node.style, marksToMdast(node.children));
      case 'link':
        return { type: 'link', url: node.href, children: marksToMdast(node.children) };
      case 'cite':
        return citeLink(node.key, marksToMdast(node.children));
    }
  });
}

/** Joins neighbouring text nodes, so "(Williams, 1992)" reads as one string around its link. */
export function mergeText(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && node.value === '') continue;
    if (last?.type === 'text' && node.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
    else out.push(node);
  }
  return out;
}
