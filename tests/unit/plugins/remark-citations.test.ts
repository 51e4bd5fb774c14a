import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CitationError } from '../../../src/lib/bib/citation-error';
import { compileMdx, markdownToHtml, POST_PATH, rejection } from './pipeline';

const BIB_DIR = 'tests/unit/plugins/fixtures';
const WITH_BIB = { bibDir: BIB_DIR, frontmatter: { bibliography: 'refs.bib' } };

const lastLine = (error: Error): string => error.message.split('\n').at(-1) ?? '';

async function citationError(markdown: string, options: Parameters<typeof markdownToHtml>[1] = WITH_BIB): Promise<CitationError> {
  const error = await rejection(markdownToHtml(markdown, options));
  expect(error).toBeInstanceOf(CitationError);
  return error as CitationError;
}

/** The references list as plain lines: id, then text with tags removed. */
function referenceLines(html: string): string[] {
  const list = /<ul class="references">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)].map((m) => `${m[1]}: ${(m[2] ?? '').replace(/<[^>]+>/g, '')}`);
}

describe('remarkCitations', () => {
  it('renders parenthetical citations with links, several keys, locators, prefixes and suppressed names', async () => {
    const html = await markdownToHtml(
      'One [@williams1992]. Two [@williams1992; @mnih2014]. Page [see @williams1992, p. 3]. Year only [-@mnih2014].\n',
      WITH_BIB,
    );
    const link = (key: string, text: string) => `<a href="#ref-${key}" class="citation">${text}</a>`;
    expect(html).toContain(
      `<p>One (${link('williams1992', 'Williams, 1992')}). Two (${link('williams1992', 'Williams, 1992')}; ${link('mnih2014', 'Mnih and Gregor, 2014')}). ` +
        `Page (see ${link('williams1992', 'Williams, 1992')}, p. 3). Year only (${link('mnih2014', '2014')}).</p>`,
    );
  });

  it('renders a bare @key as a narrative citation', async () => {
    const html = await markdownToHtml('As @williams1992 showed.\n', WITH_BIB);
    expect(html).toContain('<p>As <a href="#ref-williams1992" class="citation">Williams (1992)</a> showed.</p>');
  });

  it('appends a References section with only the cited works, sorted, with year letters and text-only values', async () => {
    const html = await markdownToHtml('See [@williams1992; @jang2017second; @huszar2017] and [@jang2017first].\n', WITH_BIB);
    expect(html).toContain('(<a href="#ref-williams1992" class="citation">Williams, 1992</a>; <a href="#ref-jang2017second" class="citation">Jang et al., 2017b</a>;');
    expect(html).toContain('<a href="#ref-jang2017first" class="citation">Jang et al., 2017a</a>');
    expect(html).toMatch(/<h2 id="references">References<\/h2>\s*<ul class="references">/);
    expect(referenceLines(html)).toEqual([
      'ref-huszar2017: Huszár, F. (2017). Evolution Strategies &#x26; &#x3C;b>Markup&#x3C;/b>.',
      'ref-jang2017first: Jang, E., Gu, S., and Poole, B. (2017a). Alpha Paper.',
      'ref-jang2017second: Jang, E., Gu, S., and Poole, B. (2017b). Beta Paper.',
      'ref-williams1992: Williams, R. J. (1992). Simple Statistical Gradient-Following Algorithms. Machine Learning, 8, 229–256.',
    ]);
    expect(html).toContain('<em>Machine Learning</em>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('uncited2000');
  });

  it('leaves posts without citations alone, and @handles in posts without a bibliography', async () => {
    const html = await markdownToHtml('Ping @someone or mail a@b.org, [not a cite].\n', { bibDir: BIB_DIR });
    expect(html).toContain('Ping @someone or mail <a href="mailto:a@b.org">a@b.org</a>, [not a cite].');
    expect(html).not.toContain('References');
  });

  it('does not treat e-mail addresses or code as citations in a post with a bibliography', async () => {
    const html = await markdownToHtml('Mail bob@williams1992.org, or `[@williams1992]`.\n', WITH_BIB);
    expect(html).toContain('<code>[@williams1992]</code>');
    expect(html).not.toContain('class="citation"');
    expect(html).not.toContain('References');
  });

  it('works in MDX, reading the bibliography from the front matter Astro passes', async () => {
    const code = await compileMdx('Cited [@mnih2014].\n', WITH_BIB);
    expect(code).toContain('href: "#ref-mnih2014"');
    expect(code).toContain('"Mnih and Gregor, 2014"');
    expect(code).toContain('id: "ref-mnih2014"');
    expect(code).toContain('"References"');
  });
});

describe('remarkCitations errors', () => {
  it('names file, line, column, key and bibliography of an unknown key', async () => {
    const error = await citationError('Intro.\n\nAs shown [@williams1992; @nobody2020].\n');
    expect(lastLine(error)).toBe(`${POST_PATH}:3:26: The citation key "nobody2020" is not in ${BIB_DIR}/refs.bib.`);
    expect([error.line, error.column, error.key]).toEqual([3, 26, 'nobody2020']);
  });

  it('suggests the key when only its case differs', async () => {
    expect(lastLine(await citationError('[@Williams1992]\n'))).toContain('keys are case-sensitive: did you mean "williams1992"?');
  });

  it('rejects an unknown narrative key in a post with a bibliography', async () => {
    const error = await citationError('Ask @pminervini about it.\n');
    expect([error.line, error.column, error.key]).toEqual([1, 5, 'pminervini']);
  });

  it('names the post when it cites without a bibliography field', async () => {
    const error = await citationError('Text.\n\nCited [@williams1992].\n', { bibDir: BIB_DIR });
    // "Cited [" is 7 characters: the key's "@" is in column 8.
    expect(lastLine(error)).toBe(
      `${POST_PATH}:3:8: The post cites "@williams1992" but its front matter has no "bibliography" field; add "bibliography: <name>.bib" naming a file in ${BIB_DIR}.`,
    );
  });

  it('names the post and its bibliography line when the .bib file is missing', async () => {
    const path = `${BIB_DIR}/missing-bib.md`;
    const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const error = await citationError(body, { bibDir: BIB_DIR, frontmatter: { bibliography: 'nowhere.bib' }, path });
    expect(lastLine(error)).toBe(`${path}:4:1: The bibliography file ${BIB_DIR}/nowhere.bib does not exist.`);
  });

  it('reads a named bibliography even when the post cites nothing', async () => {
    const error = await citationError('No citations here.\n', { bibDir: BIB_DIR, frontmatter: { bibliography: 'nowhere.bib' } });
    expect(lastLine(error)).toBe(`${POST_PATH}:1:1: The bibliography file ${BIB_DIR}/nowhere.bib does not exist.`);
  });

  it('refuses a bibliography outside the bibliography directory', async () => {
    const error = await citationError('[@x]\n', { bibDir: BIB_DIR, frontmatter: { bibliography: '../remark-citations.test.ts' } });
    expect(error.key).toBe('../remark-citations.test.ts');
    expect(lastLine(error)).toContain('is not a file inside');
  });

  it('passes on a BibTeX syntax error with the .bib line and column', async () => {
    const error = await citationError('[@good]\n', { bibDir: BIB_DIR, frontmatter: { bibliography: 'broken.bib' } });
    expect(lastLine(error)).toBe(
      `${POST_PATH}:1:1: The bibliography "broken.bib" cannot be used: ${BIB_DIR}/broken.bib:8:3: Expected "," or "}" after the value of field "title" in entry "bad", found "y" (is a comma missing?).`,
    );
  });
});
