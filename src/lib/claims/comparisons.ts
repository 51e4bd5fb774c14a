import { comparePaired, conditionName, DEFAULT_SEED, type PairedComparisonSpec } from '../aggregate/paired-comparison';
import type { Cell } from '../data/cell-schema';
import type { Dataset } from '../data/load-dataset';
import { alphaForLevel } from '../stats/alpha-for-level';
import { formatLevel } from '../stats/format-level';
import { formatP } from '../stats/format-p';
import { listWords } from '../reports/words';
import { verdict, type Verdict } from '../stats/verdict';
import type { ClaimCondition } from './claims';

/** The level a comparison is judged at unless the post says otherwise: 95%. */
export const DEFAULT_LEVEL = 0.95;

/** A paired comparison as a claim states it: two conditions, the items they share, and what to call them. */
export interface ComparisonClaim extends Omit<PairedComparisonSpec, 'level'> {
  /** Only these rows take part ({ sweep: "q4" }). */
  where?: Readonly<Record<string, Cell>> | undefined;
  /** What the prose calls the two conditions (default: their values, "q8" and "q4"). */
  names?: readonly [string, string] | undefined;
  /** Default 95%. */
  level?: number | undefined;
  /** What one success is called in the sentence (binary outcomes), default pass / passes. */
  unit?: { one: string; many: string } | undefined;
}

/** What a comparison found: the verdict, and its test in a few words for the prose ("exact McNemar p = 0.26"). */
export interface Comparison extends Verdict {
  test: string;
}

/** The verdict of a comparison on a dataset: what the data shows, and what may be claimed from it. */
export function compareIn(ds: Dataset, c: ComparisonClaim): Comparison {
  const rows = c.where === undefined ? ds.rows : ds.rows.filter((r) => Object.entries(c.where ?? {}).every(([k, v]) => r[k] === v));
  const level = c.level ?? DEFAULT_LEVEL;
  const result = comparePaired(rows, { ...c, level });
  const [a, b] = c.names ?? [conditionName(c.a), conditionName(c.b)];
  const alpha = alphaForLevel(level);
  const test = result.kind === 'binary' ? `exact McNemar ${formatP(result.p, alpha)}` : `sign test ${formatP(result.signTest.p, alpha)}`;
  return { ...verdict(result, { a, b, level, ...(c.unit ? { unit: c.unit } : {}), decimals: 2 }), test };
}

function claim(ok: boolean, v: Comparison, c: ComparisonClaim): ClaimCondition {
  const how = v.test.startsWith('exact McNemar') ? "the exact McNemar test, with Newcombe's interval for the difference" : `the sign test, with a paired bootstrap interval (seed ${c.seed ?? DEFAULT_SEED})`;
  return {
    ok,
    detail: `${v.sentence}; ${v.conclusion}`,
    method: `checked with ${how}, pairing items by ${listWords([...c.pairBy])}, at ${formatLevel(c.level ?? DEFAULT_LEVEL)}: ${v.sentence}.`,
  };
}

/** "A is stronger than B": holds only when the paired test tells them apart, in A's favour. */
export function beats(ds: Dataset, c: ComparisonClaim): ClaimCondition {
  const v = compareIn(ds, c);
  return claim(v.outcome === 'a-better', v, c);
}

/** "A and B are practically tied": holds when the data cannot tell them apart (no significant difference). */
export function tied(ds: Dataset, c: ComparisonClaim): ClaimCondition {
  const v = compareIn(ds, c);
  return claim(!v.significant, v, c);
}

/** "The change from B to A is within the noise": holds when it is not significant, fails when it is. */
export function withinNoise(ds: Dataset, c: ComparisonClaim): ClaimCondition {
  return tied(ds, c);
}
