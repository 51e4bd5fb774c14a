import { formatDecimal } from '../format';

/**
 * A p-value as a claim prints it: "p = 0.52", "p = 0.049", "p < 0.001".
 *
 * Two significant digits, the usual reporting precision, with one guard: if rounding would put
 * the printed value on the other side of alpha than the p-value itself (0.0496 printing as
 * "0.050" at alpha = 0.05), digits are added until it does not, so the number never contradicts
 * the verdict beside it. Below 0.001 the exact size stops mattering and prints as "p < 0.001",
 * unless alpha is that small itself.
 */
export function formatP(p: number, alpha = 0.05): string {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`formatP: expected a p-value from 0 to 1, got ${p}.`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`formatP: expected alpha between 0 and 1, got ${alpha}.`);
  if (p < 0.001 && alpha > 0.001) return 'p < 0.001';
  if (p < 1e-20) return 'p < 0.00000000000000000001';
  let decimals = p >= 0.1 ? 2 : 1 - Math.floor(Math.log10(p));
  let text = formatDecimal(p, decimals);
  while (decimals < 20 && Number(text) < alpha !== p < alpha) {
    decimals += 1;
    text = formatDecimal(p, decimals);
  }
  return `p = ${text}`;
}
