import { describe, expect, it } from 'vitest';
import { compileMdx, markdownToHtml } from './pipeline';

const BIB_DIR = 'tests/unit/plugins/fixtures';
const IMPORT = /import\s+"\/src\/styles\/math\.css";/g;

describe('remarkMathStyles', () => {
  it('makes an MDX post with inline math import the math stylesheet, once', async () => {
    const code = await compileMdx('Energy is $E = mc^2$ and $a^2$ too.\n', { bibDir: BIB_DIR });
    expect(code.match(IMPORT)).toHaveLength(1);
  });

  it('counts display math and math code blocks', async () => {
    expect(await compileMdx('$$\n\\int_0^1 x\\,dx\n$$\n', { bibDir: BIB_DIR })).toMatch(IMPORT);
    expect(await compileMdx('```math\nx^2\n```\n', { bibDir: BIB_DIR })).toMatch(IMPORT);
  });

  it('leaves a post without math without the stylesheet', async () => {
    const code = await compileMdx('No formulas here, only 5 dollars and a `$x$` in code.\n\n```js\nconst a = 1;\n```\n', { bibDir: BIB_DIR });
    expect(code).not.toMatch(/math\.css|katex/);
  });

  it('leaves plain Markdown alone: it has no imports', async () => {
    const html = await markdownToHtml('Inline $x^2$ math.\n', { bibDir: BIB_DIR });
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).not.toContain('math.css');
  });

  it('no longer brings KaTeX’s own stylesheet: MathML needs neither it nor its fonts', async () => {
    expect(await compileMdx('Energy is $E = mc^2$.\n', { bibDir: BIB_DIR })).not.toContain('katex.min.css');
  });
});
