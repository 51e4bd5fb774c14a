import katex, { type KatexOptions } from 'katex';

/** Why KaTeX rejected a formula, and where in the formula (offsets into the TeX) when it says. */
export interface FormulaProblem {
  readonly reason: string;
  readonly position: number | undefined;
  readonly length: number | undefined;
}

/** Options shared with rehype-katex: parse errors and LaTeX-incompatible input both throw. */
export const STRICT_KATEX: Readonly<KatexOptions> = { throwOnError: true, strict: 'error' };

/**
 * Renders a formula the way the build will and returns what went wrong, or undefined when it
 * renders. Errors other than KaTeX's own (a bug in KaTeX) are passed on.
 */
export function checkFormula(tex: string, displayMode: boolean, options: Readonly<KatexOptions> = STRICT_KATEX): FormulaProblem | undefined {
  try {
    katex.renderToString(tex, { ...options, displayMode, throwOnError: true });
    return undefined;
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    // position/length are undefined at runtime when KaTeX has no token to point at.
    const position = error.position as number | undefined;
    const length = error.length as number | undefined;
    return { reason: error.rawMessage || error.message, position, length };
  }
}
