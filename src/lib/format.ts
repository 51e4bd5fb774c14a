/**
 * How every number on the site prints. One rule throughout: round half to even on the exact
 * value. The published tables do this (65/80 = 81.25% prints as "81.2%", 55/80 = 68.75% as
 * "68.8%"), and it cannot be done by multiplying floats (0.8125 * 100 is fine, but
 * 0.0725 * 100 is 7.249999...), so everything below works in integers:
 *
 * - the `...Passes` functions take the counts themselves and are exact;
 * - the float functions first take the shortest decimal that round-trips to the float (what
 *   `String(x)` prints; for a float computed as passed / runs that is the exact quotient whenever
 *   the quotient has a short decimal expansion) and round that decimal exactly.
 *
 * Signs use ASCII hyphen-minus, as the reference tables do.
 */

/** "65/80". */
export function formatPasses(passed: number, runs: number): string {
  checkCounts('formatPasses', passed, runs);
  return `${passed}/${runs}`;
}

/** A fraction as a percentage with one decimal: 0.8125 -> "81.2%". */
export function formatRate(fraction: number): string {
  const { num, den } = exactDecimal(fraction, 'formatRate');
  return `${fixed(num * 100n, den, 1)}%`;
}

/** passed/runs as a percentage with one decimal, exactly: (65, 80) -> "81.2%". */
export function formatRatePasses(passed: number, runs: number): string {
  checkCounts('formatRatePasses', passed, runs);
  return `${fixed(BigInt(passed) * 100n, BigInt(runs), 1)}%`;
}

/** A fraction as a whole percentage: 18/35 = 0.514... -> "51%". */
export function formatPercentInt(fraction: number): string {
  const { num, den } = exactDecimal(fraction, 'formatPercentInt');
  return `${fixed(num * 100n, den, 0)}%`;
}

/** passed/runs as a whole percentage, exactly: (21, 50) -> "42%". */
export function formatPercentIntPasses(passed: number, runs: number): string {
  checkCounts('formatPercentIntPasses', passed, runs);
  return `${fixed(BigInt(passed) * 100n, BigInt(runs), 0)}%`;
}

/** Whole seconds: 581.6 -> "582 s". */
export function formatSeconds(seconds: number): string {
  const { num, den } = exactDecimal(seconds, 'formatSeconds');
  return `${fixed(num, den, 0)} s`;
}

/** A signed whole-number change: 2 -> "+2", -6 -> "-6", 0 -> "0". */
export function formatDelta(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`formatDelta: expected a whole number, got ${n}.`);
  if (n > 0) return `+${n}`;
  if (n < 0) return `-${-n}`;
  return '0';
}

/** Any number with a fixed count of decimals, same rounding: (5.15, 1) -> "5.2", (0.25, 1) -> "0.2". */
export function formatDecimal(x: number, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`formatDecimal: expected 0 to 20 decimals, got ${decimals}.`);
  }
  const { num, den } = exactDecimal(x, 'formatDecimal');
  return fixed(num, den, decimals);
}

/** The integer nearest to num/den, ties to the even neighbour. den > 0. */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('divRoundHalfEven: the denominator must be positive.');
  if (num < 0n) return -divRoundHalfEven(-num, den);
  const q = num / den;
  const twiceR = 2n * (num % den);
  if (twiceR > den) return q + 1n;
  if (twiceR < den) return q;
  return q % 2n === 0n ? q : q + 1n;
}

/** num/den printed with `decimals` digits after the point; "-" only when the printed value is not zero. */
function fixed(num: bigint, den: bigint, decimals: number): string {
  const scaled = divRoundHalfEven(num * 10n ** BigInt(decimals), den);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${frac}` : ''}`;
}

/** The shortest decimal that round-trips to x, as an exact fraction num/den. */
function exactDecimal(x: number, fn: string): { num: bigint; den: bigint } {
  if (!Number.isFinite(x)) throw new RangeError(`${fn}: expected a finite number, got ${x}.`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`${fn}: cannot read ${x} as a decimal.`);
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  const mantissa = BigInt(`${m[1] ?? ''}${m[2] ?? '0'}${frac}`);
  return exp >= 0 ? { num: mantissa * 10n ** BigInt(exp), den: 1n } : { num: mantissa, den: 10n ** BigInt(-exp) };
}

function checkCounts(fn: string, passed: number, runs: number): void {
  if (!Number.isSafeInteger(passed) || !Number.isSafeInteger(runs) || passed < 0 || runs <= 0) {
    throw new RangeError(`${fn}: expected whole numbers passed >= 0 and runs > 0, got ${passed} and ${runs}.`);
  }
}

/**
 * Decimals that suit numbers of this size, judged by the largest magnitude among them so that
 * a column prints alike: 0 from 100 up ("582"), 1 from 10 ("58.2"), 2 from 1 ("3.42"), and three
 * significant digits below 1 ("0.123", "0.00123"). Zero or no numbers: 0.
 */
export function decimalsFor(values: readonly number[]): number {
  let max = 0;
  for (const v of values) if (Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  if (max === 0 || max >= 100) return 0;
  if (max >= 10) return 1;
  if (max >= 1) return 2;
  return Math.min(20, 2 - Math.floor(Math.log10(max)));
}

/** A number at a precision that suits it alone (see decimalsFor); integers print whole. */
export function formatNumber(x: number, decimals = Number.isInteger(x) ? 0 : decimalsFor([x])): string {
  return formatDecimal(x, decimals);
}

/** "44/64, 68.8%": a rate with the counts it comes from. */
export function formatRateWithCount(successes: number, n: number): string {
  return `${formatPasses(successes, n)}, ${formatRatePasses(successes, n)}`;
}
