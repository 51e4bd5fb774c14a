import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Headings that open a section: h2 at the top, h3 inside an h2's section. */
const LEVELS = ['h2', 'h3'] as const;

/**
 * Groups a run of nodes into sections, one per `heading` and what follows it up to the next
 * one; nodes before the first heading stay as they are. A `<section>` already there (GFM's
 * footnotes) ends a run and is left alone, and so are MDX's import/export statements, which must
 * stay at the top level.
 */
function group<T extends RootContent | ElementContent>(nodes: readonly T[], level: number): T[] {
  const heading = LEVELS[level];
  if (heading === undefined) return [...nodes];
  const out: T[] = [];
  let section: Element | undefined;
  const close = () => {
    if (section) section.children = [section.children[0] as ElementContent, ...group(section.children.slice(1), level + 1)];
    section = undefined;
  };
  for (const node of nodes) {
    if (node.type === 'element' && node.tagName === heading) {
      close();
      section = { type: 'element', tagName: 'section', properties: {}, children: [node] };
      out.push(section as T);
      continue;
    }
    if (node.type === 'element' && node.tagName === 'section') close();
    const stays = (node.type as string) === 'mdxjsEsm' || node.type === 'doctype';
    if (section !== undefined && !stays) section.children.push(node as ElementContent);
    else out.push(node);
  }
  close();
  return out;
}

/**
 * Wraps each `<h2>` of a post and what follows it, up to the next `<h2>`, in a `<section>`, and
 * each `<h3>` inside it likewise: the outline the headings already imply, and a box per part of
 * the post that CSS can leave unrendered while it is off screen (`content-visibility`,
 * src/styles/math.css).
 */
export function rehypeSections() {
  return (tree: Root) => {
    tree.children = group(tree.children, 0);
  };
}

export default rehypeSections;
