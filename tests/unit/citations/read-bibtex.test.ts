import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BibtexError } from '../../../src/lib/citations/bibtex-error';
import { entryPoint, fieldPoint } from '../../../src/lib/citations/bibtex-positions';
import { readBibtex } from '../../../src/lib/citations/read-bibtex';

const GRADIENT = 'src/content/bib/gradient-estimation.bib';

function bibtexError(source: string): BibtexError {
  try {
    readBibtex(source, 'refs.bib');
  } catch (error) {
    expect(error).toBeInstanceOf(BibtexError);
    return error as BibtexError;
  }
  throw new Error('expected a BibtexError');
}

describe('readBibtex', () => {
  it('reads all 24 entries of the gradient-estimation notes, in file order', () => {
    const items = readBibtex(readFileSync(GRADIENT, 'utf8'), GRADIENT);
    expect([...items.keys()]).toEqual([
      'williams1992', 'schulman2017', 'shao2024', 'mnih2016', 'kool2019', 'ahmadian2024', 'yin2019', 'dong2020',
      'tucker2017', 'grathwohl2018', 'kingma2014', 'rezende2014', 'salimans2017', 'huszar2017', 'barber2017', 'bengio2013',
      'papandreou2011', 'domke2010', 'niepert2021', 'minervini2023', 'jang2017', 'maddison2017', 'mohamed2020', 'pflug1996',
    ]);
    const williams = items.get('williams1992');
    expect(williams?.author).toEqual([{ family: 'Williams', given: 'Ronald J.' }]);
    expect([williams?.type, williams?.DOI, williams?.issue, williams?.page]).toEqual(['article-journal', '10.1007/BF00992696', '3–4', '229-256']);
    const kool = items.get('kool2019');
    expect(kool?.author?.[1]).toEqual({ family: 'Hoof', given: 'Herke', 'non-dropping-particle': 'van' });
    const schulman = items.get('schulman2017');
    expect([schulman?.type, schulman?.number, schulman?.URL]).toEqual(['article', 'arXiv:1707.06347', 'https://arxiv.org/abs/1707.06347']);
  });

  it('turns TeX into Unicode and keeps the file\'s own angle brackets', () => {
    const items = readBibtex('@misc{k, author = {Husz{\\\'a}r, Ferenc}, title = {{Evolution} \\& <b>Markup</b> \\textit{it}}}', 'refs.bib');
    expect(items.get('k')?.author?.[0]?.family).toBe('Huszár');
    // The file's "<b>" is hidden from citeproc (noncharacters U+FDD0/U+FDD1); \textit becomes citeproc's own <i>.
    // Case-protecting braces just go: citation-js is told never to change the case of titles.
    expect(items.get('k')?.title).toBe('Evolution & \uFDD0b\uFDD1Markup\uFDD0/b\uFDD1 <i>it</i>');
  });

  it('reports a syntax error at the line and column citation-js finds it', () => {
    // "  title = {T}" has no comma, so "year" (line 3, column 3) is where a "}" was expected.
    const missingComma = bibtexError('@misc{k,\n  title = {T}\n  year = {2001}\n}\n');
    expect(missingComma.message).toBe('refs.bib:3:3: The BibTeX cannot be read here: expected "}", found a field name (is a comma missing after the previous field?).');
    expect([missingComma.line, missingComma.column, missingComma.value]).toEqual([3, 3, 'year = {2001}']);
    // The brace opened on line 2 closes on line 3; the "@" of the next entry (line 4) is then out of place.
    const open = bibtexError('@misc{a,\n title = {Open\n}\n@misc{b, title={x}}\n');
    expect(open.message).toBe('refs.bib:4:1: The BibTeX cannot be read here: this is not BibTeX syntax (is a brace or a quote left open above, or a comma missing?).');
  });

  it('refuses duplicate keys, also those differing only in case', () => {
    expect(bibtexError('@misc{a, title={x}}\n\n@misc{a, title={y}}\n').message).toBe(
      'refs.bib:3:1: The citation key "a" is used again; the first entry is at line 1. Keys must be unique.',
    );
    expect(bibtexError('@misc{Key, title={x}}\n@misc{key, title={y}}\n').message).toBe(
      'refs.bib:2:1: The citation key "key" differs only in case from "Key"; the first entry is at line 1. Keys must be unique.',
    );
  });

  it('names the line and column of a bad identifier', () => {
    const doi = bibtexError('@misc{ok, title={x}}\n@article{k,\n  title = {T},\n  doi   = {not-a-doi}\n}\n');
    expect([doi.line, doi.column, doi.value]).toEqual([4, 3, 'not-a-doi']);
    const url = bibtexError('@misc{k,\n  URL = {javascript:alert(1)}\n}\n');
    expect(url.message).toBe('refs.bib:2:3: The url "javascript:alert(1)" of entry "k" is not an http or https address; only those become links.');
  });
});

describe('entryPoint and fieldPoint', () => {
  const source = '% @misc{commented, x}\n@string{j = {J}}\n@misc{a,\n  title = {x}}\n@article{ b ,\n  Title = {y},\n  doi = {z}}\n@misc{a, title={again}}\n';
  it('skips comments and @string, and finds a later occurrence', () => {
    expect(entryPoint(source, 'a')).toEqual({ line: 3, column: 1 });
    expect(entryPoint(source, 'a', 1)).toEqual({ line: 8, column: 1 });
    expect(entryPoint(source, 'commented')).toEqual({ line: 1, column: 1 });
  });
  it('finds a field inside its own entry, in any case', () => {
    expect(fieldPoint(source, 'b', 'title')).toEqual({ line: 6, column: 3 });
    expect(fieldPoint(source, 'b', 'doi')).toEqual({ line: 7, column: 3 });
    expect(fieldPoint(source, 'a', 'doi')).toEqual({ line: 3, column: 1 });
  });
});
