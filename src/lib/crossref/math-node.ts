import type { ElementContent } from 'hast';
import type { InlineMath, Math } from 'mdast-util-math';

/**
 * Sets a math node's TeX. remark-math copies the TeX into `data.hChildren` when it parses, and
 * that copy is what reaches rehype-katex, so both must change together. An `id` wraps display
 * math in `<div class="equation" id=...>` so links can land on the rendered equation (rehype-katex
 * replaces the inner <pre> with its output).
 */
export function setMathValue(node: Math | InlineMath, value: string, id?: string): void {
  node.value = value;
  const text: ElementContent = { type: 'text', value };
  if (node.type === 'inlineMath') {
    node.data = { ...node.data, hName: 'code', hChildren: [text] };
    return;
  }
  const code: ElementContent = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', 'math-display'] },
    children: [text],
  };
  const pre: ElementContent = { type: 'element', tagName: 'pre', properties: {}, children: [code] };
  if (id === undefined) {
    node.data = { ...node.data, hName: 'pre', hChildren: [code] };
  } else {
    node.data = { ...node.data, hName: 'div', hProperties: { id, className: ['equation'] }, hChildren: [pre] };
  }
}
