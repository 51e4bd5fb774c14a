import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { isNumericColumn } from '../lib/tables/numeric-cell';

function childElements(node: Element, tag: string): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);
}

function addClass(node: Element, cls: string): void {
  const prev: unknown = node.properties['className'];
  const list = Array.isArray(prev) ? prev.map(String) : typeof prev === 'string' ? prev.split(' ') : [];
  if (!list.includes(cls)) list.push(cls);
  node.properties['className'] = list;
}

/** Marks the cells of numeric columns with class "num" so CSS can right-align them, and makes tables focusable. */
export function rehypeNumericTables() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      // Tables scroll sideways when wider than the column (global.css); a scrolling region must
      // take keyboard focus so it can be scrolled without a mouse.
      table.properties['tabIndex'] = 0;
      const head = childElements(table, 'thead').flatMap((t) => childElements(t, 'tr'));
      const body = childElements(table, 'tbody').flatMap((t) => childElements(t, 'tr'));
      if (body.length === 0) return;
      const width = Math.max(...body.map((r) => r.children.filter((c) => c.type === 'element').length));
      for (let col = 0; col < width; col++) {
        const cells = body.map((r) => r.children.filter((c): c is Element => c.type === 'element')[col]);
        const texts = cells.map((c) => (c ? toString(c) : ''));
        if (!isNumericColumn(texts)) continue;
        for (const c of cells) if (c) addClass(c, 'num');
        for (const r of head) {
          const h = r.children.filter((c): c is Element => c.type === 'element')[col];
          if (h) addClass(h, 'num');
        }
      }
    });
  };
}
