import { describe, expect, it } from 'vitest';
import { CrossrefError } from '../../../src/lib/crossref/crossref-error';
import { compileMdx, markdownToHtml, POST_PATH, rejection } from './pipeline';

const BIB_DIR = 'tests/unit/plugins/fixtures';

const md = (markdown: string) => markdownToHtml(markdown, { bibDir: BIB_DIR });

async function crossrefError(markdown: string): Promise<CrossrefError> {
  const error = await rejection(md(markdown));
  expect(error).toBeInstanceOf(CrossrefError);
  return error as CrossrefError;
}

const TWO_EQUATIONS = `Intro cites @eq:second before it appears.

$$
a = b
\\label{eq:first}
$$

Unlabelled:

$$
c = d
$$

$$
\\begin{aligned}
e &= f
\\end{aligned}
\\label{eq:second}
$$

Then @eq:first and @eq:second.
`;

describe('remarkCrossref on equations', () => {
  it('numbers labelled display equations in order, wraps them in an anchor and links references', async () => {
    const html = await md(TWO_EQUATIONS);
    expect(html.match(/<div id="[^"]+" class="equation">/g)).toEqual(['<div id="eq-first" class="equation">', '<div id="eq-second" class="equation">']);
    // Two tags only: the unlabelled equation stays unnumbered. KaTeX sets a tagged equation in a
    // full-width <mtable>, the number in its last cell.
    expect(html.match(/<mtable width="100%">/g)).toHaveLength(2);
    expect(html).toContain('Intro cites <a href="#eq-second" class="xref">Eq. (2)</a> before it appears.');
    expect(html).toContain('Then <a href="#eq-first" class="xref">Eq. (1)</a> and <a href="#eq-second" class="xref">Eq. (2)</a>.');
    expect(html).not.toContain('katex-error');
    expect(html).not.toContain('\\label');
  });

  it('renders the tag numbers KaTeX-side, as MathML inside the anchor', async () => {
    const html = await md(TWO_EQUATIONS);
    const tags = [...html.matchAll(/<mtd><mtext>(.*?)<\/mtext><\/mtd><\/mtr><\/mtable>/g)].map((m) => m[1]);
    expect(tags).toEqual(['(1)', '(2)']);
    expect(html).toMatch(/<div id="eq-first" class="equation"><div class="math-display"><math [^>]*display="block">/);
  });

  it('leaves references in code, inline code and e-mail addresses alone', async () => {
    const html = await md(`$$\nx\n\\label{eq:x}\n$$\n\nCode \`@eq:x\`, mail bob@eq.example.org, word@eq:x.\n\n\`\`\`\n@eq:x\n\`\`\`\n`);
    expect(html).toContain('<code>@eq:x</code>');
    expect(html).toContain('<a href="mailto:bob@eq.example.org">bob@eq.example.org</a>');
    expect(html).toContain('word@eq:x.');
    expect(html).toContain('<pre><code>@eq:x\n</code></pre>');
    expect(html).not.toContain('class="xref"');
  });

  it('does not nest a link inside a link', async () => {
    const html = await md(`$$\nx\n\\label{eq:x}\n$$\n\n[see @eq:x](https://example.org)\n`);
    expect(html).toContain('<a href="https://example.org">see Eq. (1)</a>');
  });
});

describe('remarkCrossref errors', () => {
  it('names file, line, column and label of an unknown reference', async () => {
    const error = await crossrefError('First line.\n\nSee the result in @eq:missing, please.\n');
    // Astro's renderer puts its own line before the message.
    expect(error.message.split('\n').at(-1)).toBe(
      `${POST_PATH}:3:19: The reference "@eq:missing" points to no equation in this post; add \\label{eq:missing} in a display equation, or fix the name.`,
    );
    expect([error.file, error.line, error.column, error.label]).toEqual([POST_PATH, 3, 19, 'eq:missing']);
  });

  it('points at the second of two identical references on a line', async () => {
    const error = await crossrefError('A @fig:none and @fig:none.\n');
    expect([error.line, error.column, error.label]).toEqual([1, 3, 'fig:none']);
  });

  it('names both places of a duplicate label', async () => {
    const error = await crossrefError('$$\na\n\\label{eq:x}\n$$\n\ntext\n\n$$\nb \\label{eq:x}\n$$\n');
    expect(error.message.split('\n').at(-1)).toBe(
      `${POST_PATH}:9:3: The label "eq:x" is defined twice; the first definition is at ${POST_PATH}:3:1. Labels must be unique within a post.`,
    );
  });

  it('rejects a label without the eq: prefix, two labels in one equation, a label in inline math, and an empty reference', async () => {
    expect((await crossrefError('$$\na\n\\label{objective}\n$$\n')).message).toMatch(new RegExp(`\n${POST_PATH}:3:1: The equation label "objective" should look like "eq:name"`));
    expect((await crossrefError('$$\na \\label{eq:a}\n\\label{eq:b}\n$$\n')).message).toMatch(new RegExp(`\n${POST_PATH}:3:1: This display equation has more than one \\\\label`));
    expect((await crossrefError('Inline $a \\label{eq:a}$ here.\n')).message).toMatch(new RegExp(`\n${POST_PATH}:1:11: Inline math cannot carry the label "eq:a"`));
    expect((await crossrefError('See @tab: here.\n')).message).toMatch(new RegExp(`\n${POST_PATH}:1:5: "@tab:" is not a complete reference`));
  });

  it('rejects a labelled equation that sets its own tag', async () => {
    expect((await crossrefError('$$\na \\tag{9}\n\\label{eq:a}\n$$\n')).label).toBe('eq:a');
  });
});

describe('remarkCrossref on MDX elements', () => {
  const MDX = `Compare @fig:frontier with @tab:top-cells and @fig:second.

<Frontier benchmark="harness-bench" label="fig:frontier" />

<TopCells label="tab:top-cells" />

<Other label="fig:second" id="custom-anchor" />

<Plain label="not-a-ref" />
`;

  it('sets number and id on any element labelled fig: or tab:, and links to it', async () => {
    const code = await compileMdx(MDX, { bibDir: BIB_DIR });
    expect(code).toMatch(/_jsx\(Frontier, \{\s*benchmark: "harness-bench",\s*label: "fig:frontier",\s*number: "1",\s*id: "fig-frontier"\s*\}/);
    expect(code).toMatch(/label: "tab:top-cells",\s*number: "1",\s*id: "tab-top-cells"/);
    // An id the author wrote is kept and used by links.
    expect(code).toMatch(/label: "fig:second",\s*id: "custom-anchor",\s*number: "2"/);
    expect(code).toMatch(/label: "not-a-ref"\s*\}/);
    expect(code).toContain('href: "#fig-frontier"');
    expect(code).toContain('"Figure 1"');
    expect(code).toContain('href: "#tab-top-cells"');
    expect(code).toContain('"Table 1"');
    expect(code).toContain('href: "#custom-anchor"');
    expect(code).toContain('"Figure 2"');
  });

  it('reports an unknown figure reference and a malformed label with MDX file positions', async () => {
    const path = 'src/content/posts/2026/test-post.mdx';
    const unknown = await rejection(compileMdx('Intro.\n\nSee @fig:nowhere.\n', { bibDir: BIB_DIR }));
    expect(unknown.message).toContain(`${path}:3:5: The reference "@fig:nowhere" points to no figure in this post; add an element with label="fig:nowhere", or fix the name.`);
    const malformed = await rejection(compileMdx('<Frontier label="fig:bad name" />\n', { bibDir: BIB_DIR }));
    expect(malformed.message).toContain(`${path}:1:18: The label "fig:bad name" on <Frontier> should look like "fig:name"`);
  });
});
