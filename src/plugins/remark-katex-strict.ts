import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { KatexOptions } from 'katex';
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { displayPath, locateInSource, sourceText } from '../lib/crossref/source-location';
import { checkFormula, STRICT_KATEX } from '../lib/math/check-formula';
import { formulaOf } from '../lib/math/formula-of';
import { MathError } from '../lib/math/math-error';

/** Long formulas are cut in messages; the location says where the rest is. */
function quote(tex: string): string {
  const flat = tex.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}

/**
 * Fails the build on a formula KaTeX cannot render. rehype-katex only logs such errors and ships
 * red source text, so every `$...$`, `$$...$$` and ```math block is rendered here first with the
 * same options, and a failure is a MathError naming file, line, column, the formula and KaTeX's
 * message. Runs after remark-crossref, which removes the \label commands KaTeX does not know.
 */
export const remarkKatexStrict: RemarkPlugin<[Readonly<KatexOptions>?]> = function remarkKatexStrict(options = STRICT_KATEX) {
  return (tree: Root, file: VFile) => {
    const source = sourceText(file.value);
    visit(tree, (node: Nodes) => {
      const formula = formulaOf(node);
      if (formula === undefined) return;
      const { tex, display: displayMode } = formula;
      const problem = checkFormula(tex, displayMode, options);
      if (!problem) return;
      const { position, length } = problem;
      // Point at the offending token when KaTeX names one and it can be found in the source.
      const token = position !== undefined && length ? tex.slice(position, position + length) : '';
      const occurrence = token === '' || position === undefined ? 0 : tex.slice(0, position).split(token).length - 1;
      const at = locateInSource(source, node.position, token, occurrence);
      const kind = displayMode ? 'display formula' : 'inline formula';
      // Quote the formula as written: remark-crossref may have swapped a \label for a \tag.
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const written = node.type !== 'code' && source !== undefined && start !== undefined && end !== undefined ? source.slice(start, end).replace(/^\$+|\$+$/g, '') : tex;
      throw new MathError(`KaTeX cannot render the ${kind} "${quote(written)}": ${problem.reason}`, {
        file: displayPath(file.path),
        ...at,
        formula: tex,
        reason: problem.reason,
      });
    });
  };
};

export default remarkKatexStrict;
