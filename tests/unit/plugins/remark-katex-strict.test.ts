import { describe, expect, it } from 'vitest';
import { checkFormula, STRICT_KATEX } from '../../../src/lib/math/check-formula';
import { MathError } from '../../../src/lib/math/math-error';
import { compileMdx, markdownToHtml, POST_PATH, rejection } from './pipeline';

const BIB_DIR = 'tests/unit/plugins/fixtures';

async function mathError(markdown: string): Promise<MathError> {
  const error = await rejection(markdownToHtml(markdown, { bibDir: BIB_DIR }));
  expect(error).toBeInstanceOf(MathError);
  return error as MathError;
}

describe('checkFormula', () => {
  it('accepts good formulas and a tag in display mode only', () => {
    expect(checkFormula('\\frac{a}{b}', false)).toBeUndefined();
    expect(checkFormula('x \\tag{3}', true)).toBeUndefined();
    expect(checkFormula('x \\tag{3}', false)?.reason).toBe('\\tag works only in display equations');
  });

  it('reports the position and length of the offending token', () => {
    expect(checkFormula('a + \\foo', false)).toEqual({ reason: "Undefined control sequence: \\foo", position: 4, length: 4 });
  });

  it('reports commands the trust setting refuses, which KaTeX itself only paints red', () => {
    // KaTeX renders a refused \href as its red source text and does not throw.
    expect(() => checkFormula('\\href{https://example.org}{x}', false, { trust: true })).not.toThrow();
    expect(checkFormula('a + \\href{https://example.org}{x}', false)).toEqual({
      reason: "\\href is refused by KaTeX's trust setting, which keeps a link out of formulas; write it outside the math",
      position: 4,
      length: 5,
      command: '\\href',
    });
    expect(checkFormula('\\url{https://example.org}', false)?.command).toBe('\\url');
    expect(checkFormula('\\includegraphics{x.png}', true)?.reason).toBe(
      "\\includegraphics is refused by KaTeX's trust setting, which keeps an image out of formulas; write it outside the math",
    );
    // The \\html… commands are refused earlier, by strict mode.
    for (const tex of ['\\htmlClass{c}{x}', '\\htmlId{i}{x}', '\\htmlStyle{color: red}{x}', '\\htmlData{a=b}{x}']) {
      expect(checkFormula(tex, false)?.reason).toBe("LaTeX-incompatible input and strict mode is set to 'error': HTML extension is disabled on strict mode [htmlExtension]");
    }
    // With trust granted by the options, nothing is refused.
    expect(checkFormula('\\href{https://example.org}{x}', false, { ...STRICT_KATEX, trust: true })).toBeUndefined();
    expect(checkFormula('\\href{https://example.org}{x}', false, { ...STRICT_KATEX, trust: (c) => c.command === '\\href' })).toBeUndefined();
  });

  it('rejects LaTeX-incompatible input under strict mode', () => {
    expect(checkFormula('é', false)?.reason).toMatch(/^LaTeX-incompatible input and strict mode is set to 'error': .*\[unicodeTextInMathMode\]$/);
  });
});

describe('remarkKatexStrict', () => {
  it('lets good math through to rehype-katex with no error markup', async () => {
    const html = await markdownToHtml('Inline $x^2$ and\n\n$$\n\\sum_i x_i\n$$\n\n```math\na = b\n```\n', { bibDir: BIB_DIR });
    expect(html.match(/<math /g)).toHaveLength(3);
    expect(html.match(/<div class="math-display"><math [^>]*display="block"/g)).toHaveLength(2);
    expect(html).not.toContain('katex-error');
  });

  it('fails on a malformed display formula, naming file, line, column, formula and KaTeX message', async () => {
    const error = await mathError('Intro.\n\n$$\na = \\frac{1}{2\n$$\n');
    expect(error.message.split('\n').at(-1)).toBe(
      `${POST_PATH}:3:1: KaTeX cannot render the display formula "a = \\frac{1}{2": Unexpected end of input in a macro argument, expected '}'`,
    );
    expect([error.line, error.column, error.formula]).toEqual([3, 1, 'a = \\frac{1}{2']);
  });

  it('points at an undefined command inside an inline formula', async () => {
    const error = await mathError('Some text $a + \\nosuchthing$ here.\n');
    expect([error.line, error.column]).toEqual([1, 16]);
    expect(error.reason).toBe('Undefined control sequence: \\nosuchthing');
  });

  it('points at the line of the bad token in a multi-line display formula', async () => {
    const error = await mathError('$$\n\\begin{aligned}\na &= b \\\\\nc &= \\oops\n\\end{aligned}\n$$\n');
    expect([error.line, error.column]).toEqual([4, 6]);
  });

  it('quotes a labelled formula as written, not as tagged', async () => {
    const error = await mathError('$$\na = \\oops\n\\label{eq:a}\n$$\n');
    expect(error.message).toContain('KaTeX cannot render the display formula "a = \\oops \\label{eq:a}": Undefined control sequence: \\oops');
    expect([error.line, error.column]).toEqual([2, 5]);
  });

  it('fails on \\href and \\url in a formula, naming file, line, column of the command and the command', async () => {
    const error = await mathError('Intro.\n\nSee $x = \\href{https://example.org}{y}$ and more.\n');
    expect(error.message.split('\n').at(-1)).toBe(
      `${POST_PATH}:3:10: KaTeX cannot render the inline formula "x = \\href{https://example.org}{y}": \\href is refused by KaTeX's trust setting, which keeps a link out of formulas; write it outside the math`,
    );
    expect([error.line, error.column]).toEqual([3, 10]);
    const url = await mathError('$$\na \\\\\n\\url{https://example.org}\n$$\n');
    expect([url.line, url.column]).toEqual([3, 1]);
    expect(url.reason).toMatch(/^\\url is refused/);
  });

  it('checks ```math blocks, and fails on an unlabelled \\label reaching KaTeX in MDX too', async () => {
    const fenced = await mathError('```math\n\\left( x\n```\n');
    expect(fenced.line).toBe(1);
    const mdx = await rejection(compileMdx('Text.\n\nInline $\\badmacro$.\n', { bibDir: BIB_DIR }));
    expect(mdx.message).toContain('src/content/posts/2026/test-post.mdx:3:9: KaTeX cannot render the inline formula "\\badmacro": Undefined control sequence: \\badmacro');
  });
});
