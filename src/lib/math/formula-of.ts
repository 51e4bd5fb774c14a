import type { Nodes } from 'mdast';

/** A formula in a Markdown tree: its TeX and whether it is set as a display equation. */
export interface Formula {
  tex: string;
  display: boolean;
}

/**
 * The formula a node holds, if any: `$$...$$` and ```math blocks are display math, `$...$` is
 * inline. One definition for every plugin that looks for math, so they agree on what counts.
 */
export function formulaOf(node: Nodes): Formula | undefined {
  if (node.type === 'math' || (node.type === 'code' && node.lang?.toLowerCase() === 'math')) return { tex: node.value, display: true };
  if (node.type === 'inlineMath') return { tex: node.value, display: false };
  return undefined;
}
