import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';

/** A span of a text node's value to replace with other inline content. */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly nodes: PhrasingContent[];
}

/** What surrounds a text node: inside a link, a replacement must not add another link. */
export interface TextContext {
  readonly insideLink: boolean;
}

/** Nodes whose text is code, math or markup rather than prose. */
const OPAQUE = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'html', 'definition', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const LINKS = new Set(['link', 'linkReference']);

function isParent(node: Nodes): node is Nodes & Parent {
  return 'children' in node && Array.isArray(node.children);
}

/**
 * Calls `find` on every prose text node (never inside code, math or raw HTML) and splices its
 * replacements in, in document order. Replacements must not overlap and must be sorted by start.
 */
export function replaceInText(tree: Nodes, find: (node: Text, context: TextContext) => TextReplacement[]): void {
  const walk = (node: Nodes, insideLink: boolean): void => {
    if (!isParent(node) || OPAQUE.has(node.type)) return;
    const inLink = insideLink || LINKS.has(node.type);
    const out: Nodes[] = [];
    let changed = false;
    for (const child of node.children as Nodes[]) {
      if (child.type !== 'text') {
        walk(child, inLink);
        out.push(child);
        continue;
      }
      const replacements = find(child, { insideLink: inLink });
      if (replacements.length === 0) {
        out.push(child);
        continue;
      }
      changed = true;
      let from = 0;
      for (const r of replacements) {
        if (r.start > from) out.push({ type: 'text', value: child.value.slice(from, r.start) });
        out.push(...r.nodes);
        from = r.end;
      }
      if (from < child.value.length) out.push({ type: 'text', value: child.value.slice(from) });
    }
    if (changed) (node as Parent).children = out as Parent['children'];
  };
  walk(tree, false);
}
