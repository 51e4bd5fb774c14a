import { DEFAULT_REPLICATES } from './bootstrap';
import { bootstrapInterval } from './bootstrap-interval';
import { checkLevel } from './check-level';
import type { Interval } from './interval';
import { mean } from './mean';
import { signTest, type SignTest } from './sign-test';

export interface PairedScoresComparison {
  kind: 'scores';
  level: number;
  /** Number of pairs (items). */
  n: number;
  /** Mean of A - B over the items. */
  meanDifference: number;
  /** Paired bootstrap percentile interval for the mean difference. */
  interval: Interval;
  /** The sign test on the per-item differences. */
  signTest: SignTest;
  replicates: number;
  seed: number;
}

export interface PairedScoresOptions {
  level?: number;
  /** Default DEFAULT_REPLICATES (2000). */
  replicates?: number;
  seed: number;
}

/**
 * Two conditions' continuous scores on the same items: the mean difference with a paired
 * bootstrap interval (items resampled with their pair intact, so what the items share cancels)
 * and the sign test. The bootstrap interval needs no normality; the sign test needs nothing but
 * independent items.
 */
export function comparePairedScores(
  pairs: readonly (readonly [number, number])[],
  options: PairedScoresOptions,
): PairedScoresComparison {
  const level = options.level ?? 0.95;
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  checkLevel(level, 'comparePairedScores');
  if (pairs.length === 0) throw new RangeError('comparePairedScores: there are no pairs to compare.');
  const differences = pairs.map(([a, b], i) => {
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      throw new RangeError(`comparePairedScores: pair ${i + 1} is (${a}, ${b}); scores must be finite numbers.`);
    }
    return a - b;
  });
  const { estimate, lo, hi } = bootstrapInterval(differences, mean, { level, replicates, seed: options.seed });
  return {
    kind: 'scores',
    level,
    n: pairs.length,
    meanDifference: estimate,
    interval: { lo, hi },
    signTest: signTest(differences),
    replicates,
    seed: options.seed,
  };
}
