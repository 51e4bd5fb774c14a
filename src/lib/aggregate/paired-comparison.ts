import type { Cell } from '../data/cell-schema';
import type { Row } from '../data/load-table';
import { comparePairedBinary, type PairedBinaryComparison } from '../stats/compare-paired-binary';
import { comparePairedScores, type PairedScoresComparison } from '../stats/compare-paired-scores';
import { pairByKey } from '../stats/pair-by-key';
import { pairedTable } from '../stats/paired-table';
import { listWords } from '../reports/words';
import { exactSum } from './measure';
import { filterRows, groupRows } from './group-rows';

/** The seed of every paired bootstrap the site runs unless a post names another: results are the same on every build. */
export const DEFAULT_SEED = 1;

export interface PairedComparisonSpec {
  /** The column compared: 0/1 (or true/false) outcomes, or scores. */
  value: string;
  /** The rows of each condition, by the values their columns hold ({ sweep: "q8" }). */
  a: Readonly<Record<string, Cell>>;
  b: Readonly<Record<string, Cell>>;
  /** The columns that name an item both conditions were measured on (["harness", "task"]). */
  pairBy: readonly string[];
  level?: number | undefined;
  seed?: number | undefined;
  /** Compare only the items both conditions have, leaving out the rest (the Q8 sweep re-ran 7 of 10 models). Default: every item must be on both sides. */
  sharedOnly?: boolean | undefined;
}

export type PairedComparison = PairedBinaryComparison | PairedScoresComparison;

/** Each item's rows reduced to one value: their mean (repeats of an item average out). */
function itemValues(rows: readonly Row[], pairBy: readonly string[], value: string): Array<Record<string, Cell>> {
  return groupRows(rows, pairBy).map((g) => {
    const values = g.rows.flatMap((r) => {
      const v = r[value];
      return typeof v === 'number' ? [v] : typeof v === 'boolean' ? [v ? 1 : 0] : [];
    });
    return { ...g.keys, value: values.length === 0 ? null : exactSum(values) / values.length };
  });
}

/**
 * Two conditions of a dataset compared on the items they share: each side's rows matched item by
 * item on `pairBy` (an item on one side only is an error naming it, since comparing a subset
 * silently is how a paired claim goes wrong; repeats of an item are averaged). When every item's
 * value is 0 or 1 the comparison is the exact McNemar test with Newcombe's interval; otherwise a
 * sign test with a paired bootstrap interval, seeded. See src/lib/stats.
 */
export function comparePaired(rows: readonly Row[], spec: PairedComparisonSpec): PairedComparison {
  const level = spec.level ?? 0.95;
  const sideA = itemValues(filterRows(rows, spec.a), spec.pairBy, spec.value);
  const sideB = itemValues(filterRows(rows, spec.b), spec.pairBy, spec.value);
  for (const [name, side, where] of [['A', sideA, spec.a], ['B', sideB, spec.b]] as const) {
    if (side.length === 0) throw new RangeError(`No row is ${describeWhere(where)} (condition ${name}).`);
  }
  const { pairs } = pairByKey(sideA, sideB, spec.pairBy, { allowUnmatched: spec.sharedOnly === true });
  if (pairs.length === 0) throw new RangeError(`${describeWhere(spec.a)} and ${describeWhere(spec.b)} share no item of ${spec.pairBy.join(', ')}.`);
  const values = pairs.map((p) => [p.a['value'], p.b['value']] as const);
  if (values.some(([x, y]) => x === null || y === null)) throw new RangeError(`Some items have no value of ${spec.value} on one side.`);
  const numbers = values as ReadonlyArray<readonly [number, number]>;
  if (numbers.every(([x, y]) => (x === 0 || x === 1) && (y === 0 || y === 1))) return comparePairedBinary(pairedTable(numbers), level);
  return comparePairedScores(numbers, { level, seed: spec.seed ?? DEFAULT_SEED });
}

/** "sweep q8", "model A and retriever hybrid". */
export function describeWhere(where: Readonly<Record<string, Cell>>): string {
  const parts = Object.entries(where).map(([c, v]) => `${c} ${String(v)}`);
  return parts.length === 0 ? 'in the data' : listWords(parts);
}

/** A condition's name in a sentence: its values ("q8", "A hybrid"). */
export function conditionName(where: Readonly<Record<string, Cell>>): string {
  const values = Object.values(where).map(String);
  return values.length === 0 ? 'all rows' : values.join(' ');
}
