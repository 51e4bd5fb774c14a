import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CitationError } from '../../../src/lib/citations/citation-error';
import { compileMdx, CSL_DIR, markdownToHtml, POST_PATH, rejection } from './pipeline';

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
  it('renders parenthetical citations in APA: sorted, one link per cite, with locators, prefixes and suppressed names', async () => {
    const html = await markdownToHtml(
      'One [@williams1992]. Two [@williams1992; @mnih2014]. Page [see @williams1992, p. 3]. Year only [-@mnih2014].\n',
      WITH_BIB,
    );
    const link = (key: string, text: string) => `<a href="#ref-${key}" class="citation">${text}</a>`;
    // APA 7: "&" between two names in parentheses, works in a group in reference-list order.
    expect(html).toContain(
      `<p>One (${link('williams1992', 'Williams, 1992')}). Two (${link('mnih2014', 'Mnih &#x26; Gregor, 2014')}; ${link('williams1992', 'Williams, 1992')}). ` +
        `Page (${link('williams1992', 'see Williams, 1992, p. 3')}). Year only (${link('mnih2014', '2014')}).</p>`,
    );
  });

  it('renders a bare @key as a narrative citation', async () => {
    const html = await markdownToHtml('As @williams1992 showed.\n', WITH_BIB);
    expect(html).toContain('<p>As <a href="#ref-williams1992" class="citation">Williams (1992)</a> showed.</p>');
    // In running text APA 7 writes "and" where parentheses have "&".
    const two = await markdownToHtml('Then @mnih2014 did.\n', WITH_BIB);
    expect(two).toContain('<p>Then <a href="#ref-mnih2014" class="citation">Mnih and Gregor (2014)</a> did.</p>');
  });

  it('appends a References section with only the cited works, in APA order, with year letters and text-only values', async () => {
    const html = await markdownToHtml('See [@williams1992; @jang2017second; @huszar2017] and [@jang2017first].\n', WITH_BIB);
    expect(html).toContain(
      '(<a href="#ref-huszar2017" class="citation">Huszár, 2017</a>; <a href="#ref-jang2017second" class="citation">Jang et al., 2017b</a>; ' +
        '<a href="#ref-williams1992" class="citation">Williams, 1992</a>)',
    );
    expect(html).toContain('(<a href="#ref-jang2017first" class="citation">Jang et al., 2017a</a>)');
    expect(html).toMatch(/<h2 id="references">References<\/h2>\s*<ul class="references">/);
    expect(referenceLines(html)).toEqual([
      'ref-huszar2017: Huszár, F. (2017). Evolution Strategies &#x26; &#x3C;b>Markup&#x3C;/b>.',
      'ref-jang2017first: Jang, E., Gu, S., &#x26; Poole, B. (2017a). Alpha Paper.',
      'ref-jang2017second: Jang, E., Gu, S., &#x26; Poole, B. (2017b). Beta Paper.',
      'ref-williams1992: Williams, R. J. (1992). Simple Statistical Gradient-Following Algorithms. Machine Learning, 8, 229–256.',
    ]);
    // APA sets a journal and its volume in italics, and a work that stands alone (here a @misc) in italics.
    expect(html).toContain('<em>Machine Learning</em>, <em>8</em>, 229–256.');
    expect(html).toContain('<em>Evolution Strategies &#x26; &#x3C;b>Markup&#x3C;/b></em>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('uncited2000');
  });

  it('links DOIs, arXiv preprints and URLs in the reference list', async () => {
    const html = await markdownToHtml('Links [@withdoi; @preprint; @webpage; @arxivurl].\n', WITH_BIB);
    expect(referenceLines(html)).toEqual([
      'ref-withdoi: Doe, J. (2020). Linked. Journal of Tests. https://doi.org/10.1000/xyz&#x3C;1>',
      'ref-arxivurl: Loe, L. (2018). Found by Its Link (arXiv:1801.00001v2). arXiv. https://arxiv.org/abs/1801.00001v2',
      'ref-webpage: Poe, E. (2019). A Page. https://example.org/a?b=1&#x26;c=2',
      'ref-preprint: Roe, R. (2021). A Preprint (arXiv:2101.00001). arXiv. https://arxiv.org/abs/2101.00001',
    ]);
    // The DOI was written as a doi.org link with "<" and ">" in it: the href is percent-encoded.
    expect(html).toContain('<a href="https://doi.org/10.1000/xyz%3C1%3E">https://doi.org/10.1000/xyz&#x3C;1></a>');
    expect(html).toContain('<a href="https://arxiv.org/abs/2101.00001">https://arxiv.org/abs/2101.00001</a>');
    // An arxiv.org PDF link becomes the abstract page.
    expect(html).toContain('<a href="https://arxiv.org/abs/1801.00001v2">https://arxiv.org/abs/1801.00001v2</a>');
    expect(html).toContain('<a href="https://example.org/a?b=1&#x26;c=2">https://example.org/a?b=1&#x26;c=2</a>');
  });

  it('uses the style a post names: a built-in one or a .csl file', async () => {
    const vancouver = await markdownToHtml('First [@mnih2014], then [@williams1992].\n', { bibDir: BIB_DIR, frontmatter: { bibliography: 'refs.bib', csl: 'vancouver' } });
    // Vancouver numbers works in the order they are first cited.
    expect(vancouver).toContain('First (<a href="#ref-mnih2014" class="citation">1</a>), then (<a href="#ref-williams1992" class="citation">2</a>).');
    expect(referenceLines(vancouver)).toEqual([
      'ref-mnih2014: 1. Mnih A, Gregor K. Neural Variational Inference and Learning in Belief Networks. In: Proceedings of ICML. 2014.',
      'ref-williams1992: 2. Williams RJ. Simple Statistical Gradient-Following Algorithms. Machine Learning. 1992;8:229–56.',
    ]);

    // tests/unit/plugins/fixtures/csl/tiny.csl: "[short names year | ...]" in written order; bold title, " by " and full names, " doi:" DOI, sorted by title.
    const tiny = await markdownToHtml('Both [@williams1992; @withdoi], as @mnih2014 says.\n', { bibDir: BIB_DIR, frontmatter: { bibliography: 'refs.bib', csl: 'tiny.csl' } });
    expect(tiny).toContain(
      'Both [<a href="#ref-williams1992" class="citation">Williams 1992</a> | <a href="#ref-withdoi" class="citation">Doe 2020</a>], ' +
        'as <a href="#ref-mnih2014" class="citation">Mnih, Gregor [2014]</a> says.',
    );
    expect(referenceLines(tiny)).toEqual([
      'ref-withdoi: Linked by Jane Doe doi:10.1000/xyz&#x3C;1>',
      'ref-mnih2014: Neural Variational Inference and Learning in Belief Networks by Andriy Mnih, Karol Gregor',
      'ref-williams1992: Simple Statistical Gradient-Following Algorithms by Ronald J. Williams',
    ]);
    expect(tiny).toContain('<strong>Linked</strong> by Jane Doe doi:<a href="https://doi.org/10.1000/xyz%3C1%3E">10.1000/xyz&#x3C;1></a>');
  });

  it('uses the site style given to the plugin when a post names none', async () => {
    const html = await markdownToHtml('See [@williams1992].\n', { ...WITH_BIB, style: 'tiny.csl' });
    expect(html).toContain('See [<a href="#ref-williams1992" class="citation">Williams 1992</a>].');
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
    expect(code).toContain('"Mnih & Gregor, 2014"');
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
    // broken.bib line 8 is "  year = {2001}" after a field without its comma: "year" starts in column 3.
    expect(lastLine(error)).toBe(
      `${POST_PATH}:1:1: The bibliography "broken.bib" cannot be used: ${BIB_DIR}/broken.bib:8:3: The BibTeX cannot be read here: expected "}", found a field name (is a comma missing after the previous field?).`,
    );
  });

  it('names the post and the value of an unknown style', async () => {
    const error = await citationError('[@williams1992]\n', { bibDir: BIB_DIR, frontmatter: { bibliography: 'refs.bib', csl: 'chicago' } });
    expect(lastLine(error)).toBe(
      `${POST_PATH}:1:1: The citation style "chicago" is neither a built-in style (apa, harvard1, vancouver) nor a .csl file; name one of those, or a .csl file in ${CSL_DIR} such as "ieee.csl".`,
    );
    expect(error.key).toBe('chicago');
  });

  it('names the csl line of the post for a missing or broken .csl file', async () => {
    const path = `${BIB_DIR}/missing-csl.md`;
    const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const missing = await citationError(body, { bibDir: BIB_DIR, frontmatter: { bibliography: 'refs.bib', csl: 'nowhere.csl' }, path });
    expect(lastLine(missing)).toBe(`${path}:5:1: The citation style file ${CSL_DIR}/nowhere.csl does not exist.`);
    const notCsl = await citationError('[@williams1992]\n', { bibDir: BIB_DIR, frontmatter: { bibliography: 'refs.bib', csl: 'not-csl.csl' } });
    expect(lastLine(notCsl)).toBe(
      `${POST_PATH}:1:1: The citation style file ${CSL_DIR}/not-csl.csl is not a CSL style: it has no <style xmlns="http://purl.org/net/xbiblio/csl"> element.`,
    );
  });
});
