import { describe, expect, it } from 'vitest';
import { BibtexError } from '../../../src/lib/bib/bibtex-error';
import { parseBibtex } from '../../../src/lib/bib/parse-bibtex';

const FILE = 'refs.bib';

function errorOf(source: string): BibtexError {
  try {
    parseBibtex(source, FILE);
  } catch (error) {
    if (error instanceof BibtexError) return error;
    throw error;
  }
  throw new Error('expected a BibtexError');
}

describe('parseBibtex', () => {
  it('reads braced, quoted, numeric and concatenated values with their positions', () => {
    const source = [
      '% a comment line with an @ sign',
      '@String{ml = "Machine Learning"}',
      '',
      '@Article{williams1992,',
      '  author = {Williams, Ronald J.},',
      '  title = "Simple {Statistical} Gradient",',
      '  journal = ml # { Journal},',
      '  year = 1992,',
      '  month = jun,',
      '}',
    ].join('\n');
    const [entry, ...rest] = parseBibtex(source, FILE);
    expect(rest).toEqual([]);
    expect(entry?.type).toBe('article');
    expect(entry?.key).toBe('williams1992');
    expect(entry?.line).toBe(4);
    expect(entry?.column).toBe(1);
    expect(entry?.fields.get('author')).toEqual({ name: 'author', raw: 'Williams, Ronald J.', line: 5, column: 3 });
    expect(entry?.fields.get('title')?.raw).toBe('Simple {Statistical} Gradient');
    expect(entry?.fields.get('journal')?.raw).toBe('Machine Learning Journal');
    expect(entry?.fields.get('year')?.raw).toBe('1992');
    expect(entry?.fields.get('month')?.raw).toBe('June');
  });

  it('accepts parentheses around an entry, skips @comment and @preamble, and keeps keys with punctuation', () => {
    const source = '@comment{ignored {nested} text}\n@preamble{"\\newcommand{\\x}{y}"}\n@misc(doi:10.1/x-y, title={T})\n';
    const entries = parseBibtex(source, FILE);
    expect(entries.map((e) => e.key)).toEqual(['doi:10.1/x-y']);
    expect(entries[0]?.fields.get('title')?.raw).toBe('T');
  });

  it('keeps an escaped brace inside a braced value from closing it', () => {
    const [entry] = parseBibtex('@misc{k, note = {a \\} b}}', FILE);
    expect(entry?.fields.get('note')?.raw).toBe('a \\} b');
  });

  it('strips a byte order mark', () => {
    expect(parseBibtex('\uFEFF@misc{k, title={T}}', FILE)[0]?.line).toBe(1);
  });

  it('names the line and column of a missing comma between fields', () => {
    const error = errorOf('@misc{k,\n  title = {T}\n  year = {2020}\n}');
    expect(error.line).toBe(3);
    expect(error.column).toBe(3);
    expect(error.message).toMatch(/^refs\.bib:3:3: Expected "," or "}" after the value of field "title" in entry "k"/);
  });

  it('reports an unclosed brace at the value that opens it, before the next entry', () => {
    const error = errorOf('@misc{a,\n  title = {Never closed,\n  year = {2020}\n@misc{b, title = {T}}\n');
    expect(error.line).toBe(2);
    expect(error.column).toBe(11);
    expect(error.message).toContain('not closed before the next entry starts at line 4');
  });

  it('rejects a duplicate key, naming the first occurrence', () => {
    const error = errorOf('@misc{k, title={A}}\n\n@book{k, title={B}}');
    expect(error.line).toBe(3);
    expect(error.column).toBe(1);
    expect(error.value).toBe('k');
    expect(error.message).toContain('the first entry is at line 1');
  });

  it('rejects keys that differ only in case', () => {
    expect(errorOf('@misc{Key, title={A}}\n@misc{key, title={B}}').message).toContain('differs only in case from "Key"');
  });

  it('rejects an undefined @string macro', () => {
    const error = errorOf('@misc{k,\n  journal = jmlr\n}');
    expect([error.line, error.column, error.value]).toEqual([2, 13, 'jmlr']);
  });

  it('rejects a duplicate field and an entry without a key', () => {
    expect(errorOf('@misc{k, title={A}, Title={B}}').message).toContain('The field "title" appears twice in entry "k"');
    expect(errorOf('@misc{, title={A}}').message).toMatch(/^refs\.bib:1:7: The @misc entry has no citation key/);
  });
});
