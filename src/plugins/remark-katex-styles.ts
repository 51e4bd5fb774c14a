import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Nodes, Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';
import { formulaOf } from '../lib/math/formula-of';

/** KaTeX's stylesheet; its fonts sit beside it and are bundled with it. */
export const KATEX_CSS = 'katex/dist/katex.min.css';

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
 * Makes a post with math import KaTeX's stylesheet itself, so that only such posts load it:
 * Astro adds what an MDX entry imports to the pages that render that entry, while a stylesheet
 * imported by the post layout lands on every post (23 KiB that a post without a formula never
 * uses). Posts are MDX (see content.config.ts), where an import is an ordinary node; plain
 * Markdown has no imports, so it is left alone.
 */
export const remarkKatexStyles: RemarkPlugin<[]> = function remarkKatexStyles() {
  return (tree: Root, file: VFile) => {
    if (file.extname === '.mdx' && hasMath(tree)) tree.children.unshift(sideEffectImport(KATEX_CSS));
  };
};
