import { describe, expect, it } from 'vitest';
import { toRecord, type BibRecord } from '../../../src/lib/bib/bib-record';
import { BibtexError } from '../../../src/lib/bib/bibtex-error';
import { citationNames, citationYear } from '../../../src/lib/bib/cite-label';
import { formatReference, type RefPart } from '../../../src/lib/bib/format-reference';
import { parseBibtex } from '../../../src/lib/bib/parse-bibtex';
import { sortReferences } from '../../../src/lib/bib/sort-references';
import { yearSuffixes } from '../../../src/lib/bib/year-suffixes';

const FILE = 'refs.bib';

function records(source: string): BibRecord[] {
  return parseBibtex(source, FILE).map((entry) => toRecord(entry, FILE));
}

function record(source: string): BibRecord {
  const [first] = records(source);
  if (!first) throw new Error('no entry');
  return first;
}

/** Emphasis shown as _x_ so one string says what is italic. */
function flat(parts: readonly RefPart[]): string {
  return parts.map((p) => (p.kind === 'emphasis' ? `_${p.value}_` : p.value)).join('');
}

describe('toRecord', () => {
  it('converts printed fields to text and falls back to editors', () => {
    const r = record('@book{k, editor = {Smith, Ann and Jones, Bob}, title = {{B}ook of {\\"O}}, year = {2001}, publisher = {P \\& Q}}');
    expect(r.editors).toBe(true);
    expect(r.names.names.map((n) => n.last)).toEqual(['Smith', 'Jones']);
    expect(r.title).toBe('Book of Ö');
    expect(r.year).toBe('2001');
    expect(r.fields.get('publisher')).toBe('P & Q');
  });

  it('takes the year from a biblatex date', () => {
    expect(record('@misc{k, author = {A, B}, date = {2019-05-01}}').year).toBe('2019');
  });

  it('reports TeX it cannot convert at the field, with the entry key', () => {
    try {
      records('@misc{k,\n  title = {About \\foo}\n}');
      throw new Error('expected a BibtexError');
    } catch (error) {
      expect(error).toBeInstanceOf(BibtexError);
      const e = error as BibtexError;
      expect([e.line, e.column, e.value]).toEqual([2, 3, '\\foo']);
      expect(e.message).toMatch(/^refs\.bib:2:3: In entry "k", field "title": The LaTeX command \\foo/);
    }
  });
});

describe('citation labels', () => {
  it('uses one name, two names, or the first name with "et al."', () => {
    expect(citationNames(record('@misc{k, author = {Williams, Ronald J.}}'))).toBe('Williams');
    expect(citationNames(record('@misc{k, author = {Mnih, Andriy and Gregor, Karol}}'))).toBe('Mnih and Gregor');
    expect(citationNames(record('@misc{k, author = {Kool, W. and van Hoof, H. and Welling, M.}}'))).toBe('Kool et al.');
    expect(citationNames(record('@misc{k, author = {Jang, Eric and others}}'))).toBe('Jang et al.');
  });

  it('stands in the title, then the key, for anonymous works', () => {
    expect(citationNames(record('@misc{k, title = {Anonymous {Work}}}'))).toBe('Anonymous Work');
    expect(citationNames(record('@misc{bare}'))).toBe('bare');
  });

  it('prints the year with its suffix, or n.d.', () => {
    expect(citationYear(record('@misc{k, year = 2017}'), 'b')).toBe('2017b');
    expect(citationYear(record('@misc{k, title = {T}}'), '')).toBe('n.d.');
  });
});

describe('sortReferences and yearSuffixes', () => {
  const source = [
    '@misc{jang2017b, author = {Jang, Eric and Gu, S. and Poole, B.}, title = {Zebra}, year = 2017}',
    '@misc{williams1992, author = {Williams, Ronald J.}, title = {Simple}, year = 1992}',
    '@misc{jang2017a, author = {Jang, Eric and Poole, B. and Gu, S.}, title = {Aardvark}, year = 2017}',
    '@misc{hoof, author = {van Hoof, Herke}, title = {H}, year = 2020}',
    '@misc{jang2016, author = {Jang, Eric}, title = {Solo}, year = 2016}',
    '@misc{williams1988, author = {Williams, Ronald J.}, title = {Older}, year = 1988}',
  ].join('\n');

  it('orders by family name (particle ignored), then co-authors, then year', () => {
    // Jang alone before Jang with co-authors; among the two three-author papers, Gu before Poole.
    expect(sortReferences(records(source)).map((r) => r.key)).toEqual([
      'hoof',
      'jang2016',
      'jang2017b',
      'jang2017a',
      'williams1988',
      'williams1992',
    ]);
  });

  it('gives a and b to works cited the same way, in list order', () => {
    const sorted = sortReferences(records(source));
    const suffixes = yearSuffixes(sorted);
    // Both are "Jang et al., 2017": jang2017b sorts first (Gu before Poole), so it is 2017a.
    expect(suffixes.get('jang2017b')).toBe('a');
    expect(suffixes.get('jang2017a')).toBe('b');
    expect(suffixes.get('jang2016')).toBe('');
    expect(suffixes.get('williams1992')).toBe('');
  });

  it('goes past z with two letters', () => {
    const many = Array.from({ length: 28 }, (_, i) => `@misc{k${String(i).padStart(2, '0')}, author = {Doe, J.}, title = {T${String(i).padStart(2, '0')}}, year = 2000}`).join('\n');
    const suffixes = yearSuffixes(sortReferences(records(many)));
    expect(suffixes.get('k00')).toBe('a');
    expect(suffixes.get('k25')).toBe('z');
    expect(suffixes.get('k26')).toBe('aa');
    expect(suffixes.get('k27')).toBe('ab');
  });
});

describe('formatReference', () => {
  it('formats a journal article', () => {
    const r = record(
      '@article{w, author = {Williams, Ronald J.}, title = {Simple Statistical Gradient-Following Algorithms}, journal = {Machine Learning}, volume = {8}, number = {3--4}, pages = {229--256}, year = {1992}, doi = {10.1007/BF00992696}}',
    );
    expect(flat(formatReference(r, ''))).toBe(
      'Williams, R. J. (1992). Simple Statistical Gradient-Following Algorithms. _Machine Learning_, 8(3–4), 229–256. doi:10.1007/BF00992696',
    );
  });

  it('formats a conference paper with series and pages', () => {
    const r = record(
      '@inproceedings{m, author = {Mnih, Andriy and Rezende, Danilo J.}, title = {Variational Inference for {Monte Carlo} Objectives}, booktitle = {Proceedings of ICML}, series = {PMLR}, volume = {48}, pages = {2188--2196}, year = {2016}}',
    );
    expect(flat(formatReference(r, ''))).toBe(
      'Mnih, A. and Rezende, D. J. (2016). Variational Inference for Monte Carlo Objectives. In _Proceedings of ICML_ (PMLR, vol. 48), pp. 2188–2196.',
    );
  });

  it('formats a book with publisher and address, and three or more authors with a serial comma', () => {
    const book = record('@book{p, author = {Pflug, Georg Ch.}, title = {Optimization of Stochastic Models}, publisher = {Kluwer}, address = {Boston}, year = {1996}}');
    expect(flat(formatReference(book, ''))).toBe('Pflug, G. Ch. (1996). _Optimization of Stochastic Models_. Kluwer, Boston.');
    const three = record('@misc{k, author = {Kool, Wouter and van Hoof, Herke and Welling, Max}, title = {Buy 4 Samples!}, year = {2019}}');
    expect(flat(formatReference(three, 'a'))).toBe('Kool, W., van Hoof, H., and Welling, M. (2019a). Buy 4 Samples!');
  });

  it('formats an arXiv preprint and a blog post', () => {
    const arxiv = record('@misc{s, author = {Schulman, John}, title = {PPO}, year = {2017}, eprint = {1707.06347}, archiveprefix = {arXiv}, primaryclass = {cs.LG}}');
    expect(flat(formatReference(arxiv, ''))).toBe('Schulman, J. (2017). PPO. arXiv:1707.06347 [cs.LG].');
    const blog = record('@misc{h, author = {Husz{\\\'a}r, Ferenc}, title = {Evolution Strategies}, howpublished = {Blog post}, year = {2017}}');
    expect(flat(formatReference(blog, ''))).toBe('Huszár, F. (2017). Evolution Strategies. Blog post.');
  });

  it('keeps markup in field values as text', () => {
    const r = record('@misc{x, author = {Doe, Jane}, title = {<script>alert(1)</script>}, year = {2020}}');
    expect(formatReference(r, '')).toEqual([{ kind: 'text', value: 'Doe, J. (2020). <script>alert(1)</script>.' }]);
  });
});
