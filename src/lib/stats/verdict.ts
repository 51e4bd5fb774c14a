import { formatDelta } from '../format';
import { alphaForLevel } from './alpha-for-level';
import type { PairedBinaryComparison } from './compare-paired-binary';
import type { PairedScoresComparison } from './compare-paired-scores';
import { formatLevel } from './format-level';
import { formatP } from './format-p';
import { formatSigned, formatSignedPercentPoints } from './format-signed';

/**
 * - a-better / b-better: the test rejects "no difference" at alpha = 1 - level, in that direction.
 * - tied: the observed difference is exactly zero (and so not significant).
 * - within-noise: there is a difference, but p >= alpha: the data cannot tell it from chance.
 * - mixed (scores only): p < alpha, but the mean difference and the majority of items point
 *   opposite ways (a few large wins against many small losses), so neither direction is claimed.
 */
export type Outcome = 'a-better' | 'b-better' | 'tied' | 'within-noise' | 'mixed';

export interface Verdict {
  outcome: Outcome;
  /** p < alpha. */
  significant: boolean;
  /** What the data shows: the difference, its interval and the p-value. */
  sentence: string;
  /** What may be claimed from it, e.g. "Q8 beats Q4" or "the difference between Q8 and Q4 is within the noise". */
  conclusion: string;
}

export interface VerdictOptions {
  /** Names of the two conditions as the prose calls them. */
  a: string;
  b: string;
  /** Must equal the comparison's level (the default): an interval at one level judged at another would mislead. */
  level?: number;
  /** Binary: what a pass is called, default { one: "pass", many: "passes" }. */
  unit?: { one: string; many: string };
  /** Scores: decimals for the mean difference and its interval, default 2. */
  decimals?: number;
}

/**
 * Turns a paired comparison into the claim a post may make and the sentence that backs it, e.g.
 * "Q8 minus Q4: -6 passes of 560 (-1.1 percentage points, 95% interval -3.9 to +1.8), exact
 * McNemar p = 0.52". The decision follows the test's p-value against alpha = 1 - level; the
 * interval is reported beside it for the size of the effect.
 */
export function verdict(result: PairedBinaryComparison | PairedScoresComparison, options: VerdictOptions): Verdict {
  const level = options.level ?? result.level;
  if (level !== result.level) {
    throw new RangeError(
      `verdict: the comparison was computed at the ${formatLevel(result.level)} level; compute it at ` +
        `${formatLevel(level)} to judge it there.`,
    );
  }
  const alpha = alphaForLevel(level);
  const { a, b } = options;
  const ci = `${formatLevel(level)} interval`;
  if (result.kind === 'binary') {
    const d = result.passDifference;
    const significant = result.p < alpha;
    const outcome: Outcome = !significant ? (d === 0 ? 'tied' : 'within-noise') : d > 0 ? 'a-better' : 'b-better';
    const unit = options.unit ?? { one: 'pass', many: 'passes' };
    const { lo, hi } = result.interval;
    const sentence =
      `${a} minus ${b}: ${formatDelta(d)} ${Math.abs(d) === 1 ? unit.one : unit.many} of ${result.n} ` +
      `(${formatSignedPercentPoints(d, result.n)} percentage points, ${ci} ${formatSigned(lo * 100, 1)} to ` +
      `${formatSigned(hi * 100, 1)}), exact McNemar ${formatP(result.p, alpha)}`;
    return { outcome, significant, sentence, conclusion: conclusion(outcome, a, b) };
  }
  const d = result.meanDifference;
  const { higher, lower, equal, p } = result.signTest;
  const significant = p < alpha;
  const agree = Math.sign(d) === Math.sign(higher - lower) && d !== 0;
  const outcome: Outcome = !significant
    ? d === 0
      ? 'tied'
      : 'within-noise'
    : !agree
      ? 'mixed'
      : d > 0
        ? 'a-better'
        : 'b-better';
  const places = options.decimals ?? 2;
  const { lo, hi } = result.interval;
  const sentence =
    `${a} minus ${b}: mean difference ${formatSigned(d, places)} (${ci} ${formatSigned(lo, places)} to ` +
    `${formatSigned(hi, places)}, paired bootstrap over ${result.n} items), sign test ${formatP(p, alpha)} ` +
    `(${higher} higher, ${lower} lower, ${equal} equal)`;
  return { outcome, significant, sentence, conclusion: conclusion(outcome, a, b) };
}

function conclusion(outcome: Outcome, a: string, b: string): string {
  switch (outcome) {
    case 'a-better':
      return `${a} beats ${b}`;
    case 'b-better':
      return `${b} beats ${a}`;
    case 'tied':
      return `${a} and ${b} are tied`;
    case 'within-noise':
      return `the difference between ${a} and ${b} is within the noise`;
    case 'mixed':
      return `${a} and ${b} differ, but the mean and the majority of items point opposite ways`;
  }
}
