/**
 * ln Γ(x) for x > 0, for the incomplete beta function's normalising constant.
 *
 * Method: the Lanczos approximation with g = 7 and nine coefficients (C. Lanczos, SIAM J. Numer.
 * Anal. B 1:86, 1964; these coefficients are P. Godfrey's, as printed in most references), good
 * to about 1e-15 relative for x >= 0.5; smaller x goes through the reflection formula
 * Γ(x) Γ(1 - x) = π / sin(πx).
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma: expected a finite number above 0, got ${x}.`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (y + i);
  const t = y + G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

const G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
