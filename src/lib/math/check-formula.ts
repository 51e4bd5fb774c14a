import katex, { type KatexOptions, type TrustContext } from 'katex';

/** Why KaTeX rejected a formula, and where in the formula (offsets into the TeX) when it says. */
export interface FormulaProblem {
  readonly reason: string;
  readonly position: number | undefined;
  readonly length: number | undefined;
  /** The command KaTeX refused under its trust setting (\href, \url, \includegraphics, \htmlClass…). */
  readonly command?: string;
}

/**
 * Options shared with rehype-katex (astro.config.mjs): MathML output, and parse errors and
 * LaTeX-incompatible input both throw.
 */
export const STRICT_KATEX: Readonly<KatexOptions> = { output: 'mathml', throwOnError: true, strict: 'error' };

/** What each command would have put into the page, for the message. */
const CARRIES: Record<TrustContext['command'], string> = {
  '\\href': 'a link',
  '\\url': 'a link',
  '\\includegraphics': 'an image',
  '\\htmlClass': 'an HTML class',
  '\\htmlId': 'an HTML id',
  '\\htmlStyle': 'an inline style',
  '\\htmlData': 'HTML data attributes',
};

/**
 * Renders a formula the way the build will and returns what went wrong, or undefined when it
 * renders. Errors other than KaTeX's own (a bug in KaTeX) are passed on.
 *
 * A command that KaTeX's `trust` setting refuses does not throw, even with throwOnError: KaTeX
 * prints its name in red instead. The trust decision is therefore watched here, and a refusal is
 * reported like a parse error.
 */
export function checkFormula(tex: string, displayMode: boolean, options: Readonly<KatexOptions> = STRICT_KATEX): FormulaProblem | undefined {
  const refused: TrustContext[] = [];
  const trusted = options.trust;
  const trust = (context: TrustContext): boolean => {
    const ok = typeof trusted === 'function' ? trusted(context) : trusted === true;
    if (!ok) refused.push(context);
    return ok;
  };
  try {
    katex.renderToString(tex, { ...options, displayMode, throwOnError: true, trust });
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    // position/length are undefined at runtime when KaTeX has no token to point at.
    const position = error.position as number | undefined;
    const length = error.length as number | undefined;
    return { reason: error.rawMessage || error.message, position, length };
  }
  const first = refused[0];
  if (first === undefined) return undefined;
  const at = tex.indexOf(first.command);
  return {
    reason: `${first.command} is refused by KaTeX's trust setting, which keeps ${CARRIES[first.command]} out of formulas; write it outside the math`,
    position: at < 0 ? undefined : at,
    length: at < 0 ? undefined : first.command.length,
    command: first.command,
  };
}
