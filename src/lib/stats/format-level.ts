import { formatDecimal } from '../format';
import { checkLevel } from './check-level';

/** A confidence level as a percentage with only the digits it needs: 0.95 -> "95%", 0.995 -> "99.5%". */
export function formatLevel(level: number): string {
  checkLevel(level, 'formatLevel');
  // Ten decimals hide the float error of level * 100 (0.57 * 100 is 56.99999999999999).
  const text = formatDecimal(level * 100, 10).replace(/\.?0+$/, '');
  return `${text}%`;
}
