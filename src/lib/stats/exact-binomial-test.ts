/**
 * The two-sided exact binomial test of k successes in n trials against p = 1/2, the null of
 * both the sign test and McNemar's test: p = min(1, 2 P(X <= min(k, n - k))), X ~ Bin(n, 1/2).
 * For p = 1/2 the distribution is symmetric, so doubling the smaller tail equals R's
 * binom.test(k, n), which sums every outcome no more likely than the one observed. No trials
 * (n = 0) is no evidence: p = 1.
 *
 * The tail is summed exactly in integers (BigInt binomial coefficients over 2^n) and rounded
 * once at the end, so the p-value is the same on every machine and exact where a double can
 * hold it (2 of 10 gives 112/1024 = 0.109375 exactly). The cost grows like n^2 bits, which is
 * nothing at the tens of thousands of pairs a report compares.
 */
export function exactBinomialTest(k: number, n: number): number {
  if (!Number.isSafeInteger(k) || !Number.isSafeInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`exactBinomialTest: expected whole numbers 0 <= k <= n, got k = ${k} and n = ${n}.`);
  }
  if (n === 0) return 1;
  const m = Math.min(k, n - k);
  let term = 1n;
  let tail = 1n;
  for (let i = 1; i <= m; i++) {
    term = (term * BigInt(n - i + 1)) / BigInt(i);
    tail += term;
  }
  // p = 2 tail / 2^n = tail / 2^(n-1); at or past 1 the observed count is the centre.
  if (tail >= 1n << BigInt(n - 1)) return 1;
  return dyadicToNumber(tail, n - 1);
}

/** num / 2^e as a double: the top 64 bits of num, rounded by Number(), then scaled exactly. */
function dyadicToNumber(num: bigint, e: number): number {
  const shift = Math.max(0, num.toString(2).length - 64);
  return Number(num >> BigInt(shift)) * 2 ** (shift - e);
}
