import { describe, expect, it } from 'vitest';
import { LatexError, latexToUnicode, verbatimField } from '../../../src/lib/bib/latex-to-unicode';

describe('latexToUnicode', () => {
  it('turns accent commands in all their spellings into composed letters', () => {
    expect(latexToUnicode('Husz{\\\'a}r')).toBe('Huszár');
    expect(latexToUnicode('{\\"U}st{\\"u}n')).toBe('Üstün');
    expect(latexToUnicode('L\\\'eonard')).toBe('Léonard');
    expect(latexToUnicode('Fran\\c{c}ois')).toBe('François');
    expect(latexToUnicode('Erd\\H{o}s')).toBe('Erdős');
    expect(latexToUnicode('\\v{S}koda')).toBe('Škoda');
    expect(latexToUnicode('Mart{\\\'\\i}n')).toBe('Martín');
  });

  it('knows special letters and swallows the space after a control word', () => {
    expect(latexToUnicode('Stra\\ss e')).toBe('Straße');
    expect(latexToUnicode('{\\o}re')).toBe('øre');
    expect(latexToUnicode('\\L{}ukasz')).toBe('Łukasz');
  });

  it('drops case-protecting braces and text styling', () => {
    expect(latexToUnicode('{DeepSeekMath}: the {\\emph{Monte Carlo}} way')).toBe('DeepSeekMath: the Monte Carlo way');
  });

  it('converts dashes, ties, quotes and escaped specials', () => {
    expect(latexToUnicode('229--256')).toBe('229–256');
    expect(latexToUnicode('yes---no')).toBe('yes—no');
    expect(latexToUnicode('A.~B.')).toBe('A.\u00A0B.');
    expect(latexToUnicode("``quoted''")).toBe('“quoted”');
    expect(latexToUnicode('R\\&D at 50\\%')).toBe('R&D at 50%');
  });

  it('converts simple inline math', () => {
    expect(latexToUnicode('$\\ell_1$-regularised $\\alpha$-divergence')).toBe('ℓ1-regularised α-divergence');
  });

  it('collapses whitespace, including line breaks', () => {
    expect(latexToUnicode('  two\n    lines  ')).toBe('two lines');
  });

  it('refuses unknown commands instead of printing a backslash', () => {
    expect(() => latexToUnicode('see \\cite{x}')).toThrow(LatexError);
    try {
      latexToUnicode('see \\cite{x}');
    } catch (error) {
      expect(error).toBeInstanceOf(LatexError);
      expect((error as LatexError).offset).toBe(4);
      expect((error as LatexError).value).toBe('\\cite');
    }
  });

  it('refuses unbalanced braces and unclosed math', () => {
    expect(() => latexToUnicode('a}b')).toThrow(/closing brace/);
    expect(() => latexToUnicode('{ab')).toThrow(/never closed/);
    expect(() => latexToUnicode('$x')).toThrow(/never closed/);
  });
});

describe('verbatimField', () => {
  it('keeps identifiers as written apart from braces and escapes', () => {
    expect(verbatimField('10.1007/{BF}00992696')).toBe('10.1007/BF00992696');
    expect(verbatimField('https://example.org/a\\_b--c~d')).toBe('https://example.org/a_b--c~d');
  });
});
