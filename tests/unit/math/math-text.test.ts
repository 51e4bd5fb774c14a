import { describe, expect, it } from 'vitest';
import { mathText } from '../../../src/lib/math/math-text';

describe('mathText', () => {
  it('collects what <math> draws, leaves out its TeX annotation and the text around it', () => {
    const html =
      '<p>Text <math><semantics><mrow><msub><mi>x</mi><mn>2</mn></msub><mo>&lt;</mo><mi>𝔼</mi></mrow>' +
      '<annotation encoding="application/x-tex">x_2 \\lt \\mathbb{E}</annotation></semantics></math> more.</p>';
    // x and its automatic italic 𝑥 (U+1D465, MATHEMATICAL ITALIC SMALL X); 𝔼 has no italic form.
    expect([...mathText(html)].sort()).toEqual(['2', '<', 'x', '\u{1D465}', '\u{1D53C}'].sort());
  });

  it('adds the italic form of Greek letters, ϕ included', () => {
    const chars = mathText('<math><mi>ϕ</mi><mi>θ</mi></math>');
    expect(chars.has('\u{1D719}')).toBe(true); // MATHEMATICAL ITALIC PHI SYMBOL
    expect(chars.has('\u{1D703}')).toBe(true); // MATHEMATICAL ITALIC SMALL THETA
  });

  it('finds nothing in a page without math', () => {
    expect(mathText('<p>x + y</p>').size).toBe(0);
  });
});
