import { divRoundHalfEven, formatDecimal } from '../format';

/**
 * A number with a fixed count of decimals and an explicit sign: 1.8 -> "+1.8", -3.9 -> "-3.9",
 * and "0.0" for anything that prints as zero. Rounding is format.ts's (half-even on the shortest
 * decimal of the double).
 */
export function formatSigned(x: number, decimals: number): string {
  const text = formatDecimal(x, decimals);
  return text.startsWith('-') || /^[0.]+$/.test(text) ? text : `+${text}`;
}

/**
 * num/den as signed percentage points with one decimal, rounded half-even on the exact
 * quotient: (-6, 560) -> "-1.1", (1, 8) -> "+12.5", (1, 800) -> "+0.1", (1, 4000) -> "0.0".
 */
export function formatSignedPercentPoints(num: number, den: number): string {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) {
    throw new RangeError(`formatSignedPercentPoints: expected whole numbers with den > 0, got ${num}/${den}.`);
  }
  const tenths = divRoundHalfEven(BigInt(num) * 1000n, BigInt(den));
  const size = tenths < 0n ? -tenths : tenths;
  const sign = tenths < 0n ? '-' : tenths > 0n ? '+' : '';
  return `${sign}${size / 10n}.${size % 10n}`;
}
