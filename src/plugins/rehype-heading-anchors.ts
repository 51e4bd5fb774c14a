import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Appends a "#" permalink to every h2–h4 that already has an id (rehypeHeadingIds runs first),
 * so readers can copy a link to a section. The link is hidden from screen readers because the
 * heading text already names the section.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!HEADINGS.has(node.tagName)) return;
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaHidden: 'true', tabIndex: -1 },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
