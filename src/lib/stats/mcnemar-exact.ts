import { exactBinomialTest } from './exact-binomial-test';

/**
 * The exact McNemar test for paired 0/1 outcomes (Q. McNemar, Psychometrika 12:153, 1947, in
 * its exact conditional form): given the discordant pairs, onlyA (A passed, B failed) and onlyB
 * (the reverse), test onlyA ~ Bin(onlyA + onlyB, 1/2). Concordant pairs carry no information
 * about which condition is better. No discordant pairs gives p = 1. Chosen over the chi-squared
 * form because discordant counts in a benchmark are often small, where the approximation is poor.
 */
export function mcnemarExact(onlyA: number, onlyB: number): number {
  if (!Number.isSafeInteger(onlyA) || !Number.isSafeInteger(onlyB) || onlyA < 0 || onlyB < 0) {
    throw new RangeError(`mcnemarExact: expected whole numbers of discordant pairs, got ${onlyA} and ${onlyB}.`);
  }
  return exactBinomialTest(onlyA, onlyA + onlyB);
}
