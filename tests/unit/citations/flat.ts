import type { PhrasingContent } from 'mdast';

/** Inline nodes as one string: _italic_, **bold**, [text](url), so a test can state a whole entry. */
export function flat(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.type === 'emphasis') return `_${flat(n.children)}_`;
      if (n.type === 'strong') return `**${flat(n.children)}**`;
      if (n.type === 'link') return `[${flat(n.children)}](${n.url})`;
      throw new Error(`unexpected node ${n.type}`);
    })
    .join('');
}
