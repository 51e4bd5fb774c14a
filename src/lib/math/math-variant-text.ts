/**
 * Text in a MathML `mathvariant` (double-struck, script, bold...) spelled with the characters of
 * Unicode's Mathematical Alphanumeric Symbols block, which is how MathML Core says styled letters
 * must be written: Chromium ignores every `mathvariant` but "normal", so `<mi
 * mathvariant="double-struck">E</mi>` from KaTeX would show a plain E where 𝔼 was meant.
 *
 * Hand-written because no maintained package does this one job (KaTeX keeps the attribute; Temml,
 * which maps characters itself, does not export its table). The offsets and the letters that live
 * in the older Letterlike Symbols block (ℝ, ℋ, ℭ...) come from the Unicode chart for U+1D400–1D7FF.
 */

interface Variant {
  /** First capital, first small letter, first digit, first capital Greek letter (see GREEK_ORDER). */
  readonly upper?: number;
  readonly lower?: number;
  readonly digit?: number;
  readonly greek?: number;
  /** Letters the block leaves out because Unicode already had them. */
  readonly holes?: Readonly<Record<string, number>>;
}

const VARIANTS: Readonly<Record<string, Variant>> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce, greek: 0x1d6a8 },
  // ı and ȷ: MATHEMATICAL ITALIC SMALL DOTLESS I and J, which MathML's automatic italic also uses.
  italic: { upper: 0x1d434, lower: 0x1d44e, greek: 0x1d6e2, holes: { h: 0x210e, ı: 0x1d6a4, ȷ: 0x1d6a5 } },
  'bold-italic': { upper: 0x1d468, lower: 0x1d482, greek: 0x1d71c },
  script: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    holes: { B: 0x212c, E: 0x2130, F: 0x2131, H: 0x210b, I: 0x2110, L: 0x2112, M: 0x2133, R: 0x211b, e: 0x212f, g: 0x210a, o: 0x2134 },
  },
  'bold-script': { upper: 0x1d4d0, lower: 0x1d4ea },
  fraktur: { upper: 0x1d504, lower: 0x1d51e, holes: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 } },
  'double-struck': {
    upper: 0x1d538,
    lower: 0x1d552,
    digit: 0x1d7d8,
    holes: { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
  },
  'bold-fraktur': { upper: 0x1d56c, lower: 0x1d586 },
  'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  'bold-sans-serif': { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec, greek: 0x1d756 },
  'sans-serif-italic': { upper: 0x1d608, lower: 0x1d622 },
  'sans-serif-bold-italic': { upper: 0x1d63c, lower: 0x1d656, greek: 0x1d790 },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
};

/**
 * The 58 Greek characters of each styled Greek run, in the block's order: Α–Ω (with ϴ where the
 * unassigned U+03A2 would be), ∇, α–ω (final ς included), then ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
 */
const GREEK_ORDER: readonly number[] = [
  ...Array.from({ length: 25 }, (_, i) => (i === 17 ? 0x03f4 : 0x0391 + i)),
  0x2207,
  ...Array.from({ length: 25 }, (_, i) => 0x03b1 + i),
  0x2202, 0x03f5, 0x03d1, 0x03f0, 0x03d5, 0x03f1, 0x03d6,
];
const GREEK_INDEX = new Map(GREEK_ORDER.map((cp, i) => [cp, i]));

/** Whether `variant` is one this module spells (MathML's "normal" is not: it needs no change). */
export function isStyledVariant(variant: string): boolean {
  return Object.hasOwn(VARIANTS, variant);
}

function styled(cp: number, char: string, v: Variant): number {
  const hole = v.holes?.[char];
  if (hole !== undefined) return hole;
  if (v.upper !== undefined && cp >= 0x41 && cp <= 0x5a) return v.upper + cp - 0x41;
  if (v.lower !== undefined && cp >= 0x61 && cp <= 0x7a) return v.lower + cp - 0x61;
  if (v.digit !== undefined && cp >= 0x30 && cp <= 0x39) return v.digit + cp - 0x30;
  const greek = GREEK_INDEX.get(cp);
  if (v.greek !== undefined && greek !== undefined) return v.greek + greek;
  return cp;
}

/**
 * `text` with each letter, digit and Greek letter the variant has a character for replaced by it;
 * anything else (spaces, punctuation, letters the variant lacks) is kept as it is. Unknown
 * variants leave the text unchanged.
 */
export function mathVariantText(text: string, variant: string): string {
  const v = VARIANTS[variant];
  if (v === undefined) return text;
  let out = '';
  for (const char of text) out += String.fromCodePoint(styled(char.codePointAt(0) as number, char, v));
  return out;
}
