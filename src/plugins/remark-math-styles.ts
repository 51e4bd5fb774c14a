import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Nodes, Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';
import { formulaOf } from '../lib/math/formula-of';

/**
 * The math stylesheet (its font and the MathML layout KaTeX's output needs), as an import from
 * the project root, which Vite resolves from any post.
 */
export const MATH_CSS = '/src/styles/math.css';

/** True when the tree holds a formula: `$...$`, `$$...$$` or a ```math block. */
export function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, (node: Nodes) => {
    if (formulaOf(node) === undefined) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

/** `import '<source>';` as MDX's own parser would have produced it. */
export function sideEffectImport(source: string): MdxjsEsm {
  const value = `import ${JSON.stringify(source)};`;
  return {
    type: 'mdxjsEsm',
    value,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{ type: 'ImportDeclaration', specifiers: [], attributes: [], source: { type: 'Literal', value: source, raw: JSON.stringify(source) } }],
      },
    },
  };
}

/**
 * Makes a post with math import the math stylesheet itself, so that only such posts load it and
 * its font: Astro adds what an MDX entry imports to the pages that render that entry, while a
 * stylesheet imported by the post layout lands on every post. Posts are MDX (see
 * content.config.ts), where an import is an ordinary node; plain Markdown has no imports, so it
 * is left alone.
 */
export const remarkMathStyles: RemarkPlugin<[]> = function remarkMathStyles() {
  return (tree: Root, file: VFile) => {
    if (file.extname === '.mdx' && hasMath(tree)) tree.children.unshift(sideEffectImport(MATH_CSS));
  };
};
