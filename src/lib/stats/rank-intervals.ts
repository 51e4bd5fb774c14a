import { checkBootstrapOptions, DEFAULT_REPLICATES } from './bootstrap';
import { checkLevel } from './check-level';
import { mean } from './mean';
import { percentileInterval } from './percentile-interval';
import { keyField, numberField, type Row } from './read-field';
import { Xoshiro128StarStar } from './xoshiro128-star-star';

export interface RankOptions {
  /** The field naming the group to rank (e.g. "model"). */
  group: string;
  /** The field holding each row's outcome: 0/1, true/false, or a score. Groups rank by its mean. */
  value: string;
  /**
   * The field naming the unit every group shares (e.g. "task"). With it, a replicate draws units
   * with replacement and every group is scored on the same drawn units, which keeps the pairing
   * of a shared benchmark. Without it, each row is a unit (a run) and each group's rows are
   * resampled on their own.
   */
  unit?: string;
  /** Whether a higher mean ranks better (the default) or a lower one (times, errors). */
  better?: 'higher' | 'lower';
  level?: number;
  /** Default DEFAULT_REPLICATES (2000). */
  replicates?: number;
  seed: number;
}

export interface RankInterval {
  group: string;
  /** The group's mean value over all its rows. */
  estimate: number;
  /** Its rank on the data as observed. */
  rank: number;
  /** The interval of its rank over the bootstrap replicates, at the level asked for. */
  lo: number;
  hi: number;
  /** "1-3" with an en dash, or "2" when lo = hi. */
  label: string;
}

/**
 * How sure is "model X is 2nd"? Ranks every group in each bootstrap replicate and reports the
 * central interval of its ranks (the percentile rule of percentileInterval, so the bounds are
 * whole ranks). This is the rank-uncertainty bootstrap of H. Goldstein and D. J. Spiegelhalter,
 * "League tables and their limitations", JRSS A 159:385, 1996.
 *
 * Ties: standard competition ranking, rank 1 = best, a tied group taking the best rank of the
 * tie (scores 0.9, 0.8, 0.8, 0.7 rank 1, 2, 2, 4), so ranks stay whole and a tie never looks
 * worse than it is. Groups and units are put in code-unit order before any draw, so the result
 * does not depend on the order of the rows. Sorted by rank, then group name.
 */
export function rankIntervals(rows: readonly Row[], options: RankOptions): RankInterval[] {
  const where = 'rankIntervals';
  const level = options.level ?? 0.95;
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  checkLevel(level, where);
  checkBootstrapOptions({ replicates, seed: options.seed }, where);
  if (rows.length === 0) throw new RangeError(`${where}: there are no rows to rank.`);
  const sign = (options.better ?? 'higher') === 'higher' ? 1 : -1;
  const random = Xoshiro128StarStar.fromSeed(options.seed);
  const table = options.unit === undefined ? byRun(rows, options, where) : byUnit(rows, options, options.unit, where);
  const ranks: number[][] = table.groups.map(() => []);
  for (let r = 0; r < replicates; r++) {
    competitionRanks(table.replicate(random).map((s) => sign * s)).forEach((rank, g) => ranks[g]?.push(rank));
  }
  const observed = competitionRanks(table.estimates.map((s) => sign * s));
  return table.groups
    .map((group, g) => {
      const { lo, hi } = percentileInterval(ranks[g] ?? [], level);
      return {
        group,
        estimate: table.estimates[g] ?? NaN,
        rank: observed[g] ?? NaN,
        lo,
        hi,
        label: lo === hi ? `${lo}` : `${lo}\u2013${hi}`,
      };
    })
    .sort((x, y) => x.rank - y.rank || byCodeUnit(x.group, y.group));
}

interface ScoreTable {
  groups: string[];
  estimates: number[];
  /** One bootstrap replicate of every group's mean, drawing from `random`. */
  replicate(random: Xoshiro128StarStar): number[];
}

/** Each row is a unit: a group's replicate mean resamples that group's rows alone. */
function byRun(rows: readonly Row[], options: RankOptions, where: string): ScoreTable {
  const values = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const group = keyField(row, options.group, i, where);
    const value = numberField(row, options.value, i, where);
    const list = values.get(group);
    if (list) list.push(value);
    else values.set(group, [value]);
  });
  const groups = [...values.keys()].sort(byCodeUnit);
  const lists = groups.map((g) => values.get(g) ?? []);
  return {
    groups,
    estimates: lists.map(mean),
    replicate: (random) =>
      lists.map((list) => {
        let sum = 0;
        for (let i = 0; i < list.length; i++) sum += list[random.nextBelow(list.length)] ?? 0;
        return sum / list.length;
      }),
  };
}

/**
 * Units shared by all groups: a replicate draws units, and each group's mean is its total over
 * the drawn units' rows divided by their count (so units with more runs weigh more, as in the
 * plain pass rate).
 */
function byUnit(rows: readonly Row[], options: RankOptions, unitField: string, where: string): ScoreTable {
  const cells = new Map<string, Map<string, { sum: number; count: number }>>();
  const unitSet = new Set<string>();
  rows.forEach((row, i) => {
    const group = keyField(row, options.group, i, where);
    const unit = keyField(row, unitField, i, where);
    const value = numberField(row, options.value, i, where);
    unitSet.add(unit);
    let byUnitOfGroup = cells.get(group);
    if (!byUnitOfGroup) cells.set(group, (byUnitOfGroup = new Map()));
    const cell = byUnitOfGroup.get(unit);
    if (cell) {
      cell.sum += value;
      cell.count += 1;
    } else byUnitOfGroup.set(unit, { sum: value, count: 1 });
  });
  const groups = [...cells.keys()].sort(byCodeUnit);
  const units = [...unitSet].sort(byCodeUnit);
  const cellOf = (group: string, unit: string): { sum: number; count: number } => {
    const cell = cells.get(group)?.get(unit);
    if (cell) return cell;
    throw new RangeError(
      `${where}: ${options.group} "${group}" has no rows for ${unitField} "${unit}"; resampling ${unitField} ` +
        `jointly needs every ${options.group} measured on every ${unitField}.`,
    );
  };
  const matrix = groups.map((group) => ({
    sums: Float64Array.from(units, (unit) => cellOf(group, unit).sum),
    counts: Float64Array.from(units, (unit) => cellOf(group, unit).count),
  }));
  const total = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);
  const drawn = new Uint32Array(units.length);
  return {
    groups,
    estimates: matrix.map(({ sums, counts }) => total(sums) / total(counts)),
    replicate: (random) => {
      for (let k = 0; k < units.length; k++) drawn[k] = random.nextBelow(units.length);
      return matrix.map(({ sums, counts }) => {
        let sum = 0;
        let count = 0;
        for (const u of drawn) {
          sum += sums[u] ?? 0;
          count += counts[u] ?? 0;
        }
        return sum / count;
      });
    },
  };
}

/** Rank 1 = largest; equal scores share the best rank of their tie. */
function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((t) => t > s).length);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
