import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { mathVariantText } from './math-variant-text';

function collect(node: Nodes, inMath: boolean, into: Set<string>): void {
  if (node.type === 'text') {
    if (inMath) for (const char of node.value) into.add(char);
    return;
  }
  if (node.type !== 'root' && node.type !== 'element') return;
  const element = node.type === 'element' ? (node as Element) : undefined;
  // The TeX source in <annotation> is never drawn.
  if (element && (element.tagName === 'annotation' || element.tagName === 'annotation-xml')) return;
  const math = inMath || element?.tagName === 'math';
  for (const child of node.children) collect(child, math, into);
}

/**
 * Every character the `<math>` elements of an HTML document draw: their text, without the TeX
 * kept in `<annotation>`, plus the italic form of each letter, which browsers substitute for a
 * single-letter `<mi>` (MathML's automatic italic) and so is drawn from the math font as well.
 * What a font subset for the site's formulas has to keep.
 */
export function mathText(html: string): Set<string> {
  const chars = new Set<string>();
  collect(fromHtml(html), false, chars);
  for (const char of [...chars]) {
    const italic = mathVariantText(char, 'italic');
    if (italic !== char) chars.add(italic);
  }
  return chars;
}
