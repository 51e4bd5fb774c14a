import { describe, expect, it } from 'vitest';
import { isStyledVariant, mathVariantText } from '../../../src/lib/math/math-variant-text';

// Expected characters are read off the Unicode charts "Mathematical Alphanumeric Symbols"
// (U+1D400–1D7FF) and "Letterlike Symbols" (U+2100–214F), named in the comments.
describe('mathVariantText', () => {
  it('spells double-struck letters and digits, using Letterlike Symbols where Unicode had them first', () => {
    expect(mathVariantText('E', 'double-struck')).toBe('\u{1D53C}'); // MATHEMATICAL DOUBLE-STRUCK CAPITAL E
    expect(mathVariantText('RNCZ', 'double-struck')).toBe('\u211D\u2115\u2102\u2124'); // ℝ ℕ ℂ ℤ
    expect(mathVariantText('1', 'double-struck')).toBe('\u{1D7D9}'); // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE
  });

  it('spells script, fraktur, bold, italic, sans-serif and monospace letters', () => {
    expect(mathVariantText('N', 'script')).toBe('\u{1D4A9}'); // MATHEMATICAL SCRIPT CAPITAL N
    expect(mathVariantText('Le', 'script')).toBe('\u2112\u212F'); // SCRIPT CAPITAL L, SCRIPT SMALL E
    expect(mathVariantText('gC', 'fraktur')).toBe('\u{1D524}\u212D'); // MATHEMATICAL FRAKTUR SMALL G, BLACK-LETTER CAPITAL C
    expect(mathVariantText('Ix2', 'bold')).toBe('\u{1D408}\u{1D431}\u{1D7D0}'); // BOLD CAPITAL I, BOLD SMALL X, BOLD DIGIT TWO
    expect(mathVariantText('h', 'italic')).toBe('\u210E'); // PLANCK CONSTANT
    expect(mathVariantText('ıȷ', 'italic')).toBe('\u{1D6A4}\u{1D6A5}'); // MATHEMATICAL ITALIC SMALL DOTLESS I, J
    expect(mathVariantText('A', 'sans-serif')).toBe('\u{1D5A0}'); // MATHEMATICAL SANS-SERIF CAPITAL A
    expect(mathVariantText('B', 'monospace')).toBe('\u{1D671}'); // MATHEMATICAL MONOSPACE CAPITAL B
  });

  it('spells Greek in the variants that have it, ∇ and ∂ included', () => {
    expect(mathVariantText('θ', 'bold-italic')).toBe('\u{1D73D}'); // MATHEMATICAL BOLD ITALIC SMALL THETA
    expect(mathVariantText('Ω∇', 'bold')).toBe('\u{1D6C0}\u{1D6C1}'); // BOLD CAPITAL OMEGA, BOLD NABLA
    expect(mathVariantText('∂', 'italic')).toBe('\u{1D715}'); // MATHEMATICAL ITALIC PARTIAL DIFFERENTIAL
    expect(mathVariantText('ϕϵ', 'italic')).toBe('\u{1D719}\u{1D716}'); // MATHEMATICAL ITALIC PHI SYMBOL, EPSILON SYMBOL
    // There is no double-struck theta: the letter stays as it is.
    expect(mathVariantText('θ', 'double-struck')).toBe('θ');
  });

  it('keeps spaces, punctuation and unknown variants as they are', () => {
    expect(mathVariantText('a b+', 'bold')).toBe('\u{1D41A} \u{1D41B}+');
    expect(mathVariantText('E', 'normal')).toBe('E');
    expect(mathVariantText('E', 'initial')).toBe('E');
    expect(isStyledVariant('normal')).toBe(false);
    expect(isStyledVariant('double-struck')).toBe(true);
    expect(isStyledVariant('toString')).toBe(false);
  });
});
