import { Xoshiro128StarStar } from './xoshiro128-star-star';

/** Replicates of every bootstrap unless a caller asks for another number: enough for stable 95% percentile bounds. */
export const DEFAULT_REPLICATES = 2000;

export interface BootstrapOptions {
  /** How many resamples. */
  replicates: number;
  /** Seeds xoshiro128**: the same seed and inputs give the same replicates on every machine. */
  seed: number;
}

/**
 * The nonparametric bootstrap (B. Efron, "Bootstrap methods: another look at the jackknife",
 * Ann. Stat. 7:1, 1979): `replicates` times, draw units.length units with replacement and apply
 * the statistic. The units are whatever is independent in the design (runs, tasks, questions);
 * resampling anything finer pretends to more data than there is.
 *
 * Deterministic: one seeded generator, draws taken in a fixed order (replicate by replicate,
 * position by position), and no clock or Math.random, so the output is identical bit for bit
 * wherever it runs, provided the statistic is itself deterministic.
 */
export function bootstrap<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number,
  options: BootstrapOptions,
): number[] {
  checkBootstrapOptions(options, 'bootstrap');
  const n = units.length;
  if (n === 0) throw new RangeError('bootstrap: there are no units to resample.');
  const random = Xoshiro128StarStar.fromSeed(options.seed);
  const out: number[] = [];
  for (let r = 0; r < options.replicates; r++) {
    const sample: T[] = [];
    for (let i = 0; i < n; i++) sample.push(units[random.nextBelow(n)] as T);
    const value = statistic(sample);
    if (Number.isNaN(value)) throw new RangeError(`bootstrap: the statistic returned NaN on replicate ${r + 1}.`);
    out.push(value);
  }
  return out;
}

/** Shared by every bootstrap in this folder so their options fail the same way. */
export function checkBootstrapOptions(options: BootstrapOptions, where: string): void {
  const { replicates, seed } = options;
  if (!Number.isSafeInteger(replicates) || replicates < 1) {
    throw new RangeError(`${where}: replicates must be a whole number of at least 1, got ${replicates}.`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`${where}: the seed must be a whole number from 0 to 2^53 - 1, got ${seed}.`);
  }
}
