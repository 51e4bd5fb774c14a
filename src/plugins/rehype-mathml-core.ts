import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isStyledVariant, mathVariantText } from '../lib/math/math-variant-text';
import { MTABLE_LAYOUT_ATTRIBUTES, mtableCellStyle, type MtableLayout } from '../lib/math/mtable-cell-style';

/** Elements whose text is what the reader sees; a `mathvariant` on them styles that text. */
const TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
/** Elements whose first child is a base that scripts or limits attach to. */
const SCRIPTED = new Set(['msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts']);
/** U+2061 FUNCTION APPLICATION, which KaTeX puts after \log, \operatorname{...} and the like. */
const APPLY_FUNCTION = '\u2061';
/** TeX's thin space (3 mu), which it sets between an operator name and an ordinary atom. */
const THIN_SPACE = '0.1667em';

const elements = (node: Element): Element[] => node.children.filter((c): c is Element => c.type === 'element');
const text = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const attribute = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  return typeof value === 'string' ? value : undefined;
};

function isApplyFunction(node: Element | undefined): boolean {
  return node !== undefined && node.tagName === 'mo' && text(node) === APPLY_FUNCTION;
}

/** Whether an element ends in U+2061: the operator itself, or an mrow such as KaTeX's base of `\max_x`. */
function endsInApplyFunction(node: Element | undefined): boolean {
  if (node === undefined) return false;
  if (isApplyFunction(node)) return true;
  return node.tagName === 'mrow' && isApplyFunction(elements(node).at(-1));
}

function styleText(node: Element, variant: string): void {
  for (const child of node.children) if (child.type === 'text') child.value = mathVariantText(child.value, variant);
  delete node.properties['mathvariant'];
}

function layOutTable(table: Element): void {
  const layout: MtableLayout = Object.fromEntries(MTABLE_LAYOUT_ATTRIBUTES.map((name) => [name, attribute(table, name)]));
  if (MTABLE_LAYOUT_ATTRIBUTES.every((name) => layout[name] === undefined)) return;
  const rows = elements(table).filter((r) => r.tagName === 'mtr');
  rows.forEach((row, r) => {
    const cells = elements(row).filter((c) => c.tagName === 'mtd');
    cells.forEach((cell, c) => {
      const own = attribute(cell, 'style');
      const style = mtableCellStyle(layout, r, c, rows.length, cells.length);
      cell.properties['style'] = own ? `${style};${own}` : style;
    });
  });
  // Browsers that still read the attributes (Firefox, Safari) would add their spacing to the CSS.
  for (const name of MTABLE_LAYOUT_ATTRIBUTES) delete table.properties[name];
}

/**
 * Gives an operator name the thin space TeX puts after it, unless an operator (a bracket, a
 * relation, a comma) follows and brings its own. MathML Core gives U+2061 no width, so KaTeX's
 * `\log p` would otherwise read "logp".
 */
function spaceOperatorNames(node: Element): void {
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child?.type !== 'element') continue;
    const next = children.slice(i + 1).find((c): c is Element => c.type === 'element');
    if (next === undefined || next.tagName === 'mo') continue;
    if (isApplyFunction(child)) {
      child.properties['rspace'] = THIN_SPACE;
    } else if (SCRIPTED.has(child.tagName) && endsInApplyFunction(elements(child)[0])) {
      const space: ElementContent = { type: 'element', tagName: 'mspace', properties: { width: THIN_SPACE }, children: [] };
      children.splice(i + 1, 0, space);
      i++;
    }
  }
}

function rewrite(node: Element, inherited: string | undefined): void {
  if (node.tagName === 'annotation' || node.tagName === 'annotation-xml') return;
  const own = attribute(node, 'mathvariant');
  if (TOKENS.has(node.tagName)) {
    const variant = own ?? inherited;
    if (variant !== undefined && isStyledVariant(variant)) styleText(node, variant);
    return;
  }
  let variant = inherited;
  if (own !== undefined && isStyledVariant(own)) {
    delete node.properties['mathvariant'];
    variant = own;
  }
  if (node.tagName === 'mtable') layOutTable(node);
  spaceOperatorNames(node);
  for (const child of elements(node)) rewrite(child, variant);
}

function isKatex(node: Element): boolean {
  const cls = node.properties['className'];
  return node.tagName === 'span' && Array.isArray(cls) && cls.includes('katex');
}

/**
 * Makes KaTeX's MathML output (`output: 'mathml'`) render as meant in MathML Core browsers
 * (Chromium) as well as in Firefox and Safari, at build time, so readers run no math script:
 * styled letters become their Unicode characters, table layout attributes become CSS, operator
 * names get their thin space. It also drops KaTeX's wrapper: inline math is the bare `<math>`
 * (in a `<span class="math-nowrap">` with the punctuation or word that follows it without a
 * space), display math a `<div class="math-display">` that scrolls sideways when wider than the
 * column.
 * Runs after rehype-katex. The numbering of `\tag` tables is styled in src/styles/math.css.
 */
export function rehypeMathmlCore() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!isKatex(node) || parent === undefined || index === undefined) return undefined;
      const math = elements(node).find((c) => c.tagName === 'math');
      if (math === undefined) return undefined;
      rewrite(math, undefined);
      if (attribute(math, 'display') === 'block') {
        parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['math-display'] }, children: [math] };
        return SKIP;
      }
      // Browsers may break a line between a <math> and the text after it ("x" at a line's end,
      // its full stop on the next), which they never do inside a word: keep what touches it on its line.
      const next = parent.children[index + 1];
      const touching = next?.type === 'text' ? /^\S+/.exec(next.value)?.[0] : undefined;
      if (next?.type === 'text' && touching !== undefined) {
        next.value = next.value.slice(touching.length);
        parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['math-nowrap'] }, children: [math, { type: 'text', value: touching }] };
      } else {
        parent.children[index] = math;
      }
      return SKIP;
    });
  };
}

export default rehypeMathmlCore;
