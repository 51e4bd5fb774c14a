import type { Cell } from '../data/cell-schema';
import type { Row } from '../data/load-table';
import type { Interval } from '../stats/interval';
import { meanInterval } from '../stats/mean-interval';
import { wilsonInterval } from '../stats/wilson-interval';

/** The functions a measure can apply to a column ("mean(faithful)"), and count() of rows. */
export const MEASURE_FUNCTIONS = ['mean', 'sum', 'count', 'min', 'max', 'median'] as const;
export type MeasureFunction = (typeof MEASURE_FUNCTIONS)[number];

/** A measure as written in a post: a function and the column it reads (none for count()). */
export interface Measure {
  fn: MeasureFunction;
  column: string | undefined;
  /** The text it was read from, for messages. */
  text: string;
}

/** What a measure gives for one group of rows. */
export type Summary =
  /** count(), or sum/min/max/median: a plain number. */
  | { kind: 'number'; value: number; n: number }
  /** The mean of a 0/1 (or true/false) column: a rate, with its count and Wilson interval. */
  | { kind: 'rate'; value: number; successes: number; n: number; interval: Interval }
  /** The mean of any other numeric column, with its Student t interval (null for one value). */
  | { kind: 'mean'; value: number; n: number; interval: Interval | null }
  /** A measure over a group with no values of its column: nothing to show. */
  | { kind: 'empty'; n: 0 };

/** A measure that cannot be read, said in a sentence. */
export class MeasureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeasureError';
  }
}

/** Reads "mean(faithful)", "sum(cost_usd)", "count()"; spaces around the parts are allowed. */
export function parseMeasure(text: string): Measure {
  const m = /^\s*([a-z]+)\s*\(\s*([^()]*?)\s*\)\s*$/.exec(text);
  const fn = m?.[1];
  if (!m || !fn || !(MEASURE_FUNCTIONS as readonly string[]).includes(fn)) {
    throw new MeasureError(
      `"${text}" is not a measure: write one of ${MEASURE_FUNCTIONS.map((f) => (f === 'count' ? 'count()' : `${f}(column)`)).join(', ')}.`,
    );
  }
  const column = m[2] === '' ? undefined : m[2];
  if (fn === 'count' && column !== undefined) throw new MeasureError(`"${text}": count() counts rows and takes no column.`);
  if (fn !== 'count' && column === undefined) throw new MeasureError(`"${text}": ${fn}() needs the column it reads, as in ${fn}(score).`);
  return { fn: fn as MeasureFunction, column, text };
}

/** True when every value present is 0 or 1 (or a boolean), and there is at least one: the column reads as a rate. */
export function isBinary(values: readonly Cell[]): boolean {
  let seen = false;
  for (const v of values) {
    if (v === null) continue;
    if (v !== 0 && v !== 1 && v !== true && v !== false) return false;
    seen = true;
  }
  return seen;
}

/**
 * A sum that stays exact to about one ulp over a million values (Neumaier's compensated
 * summation): means of times printed to the second must not drift with the order of the rows.
 */
export function exactSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const x of values) {
    const s = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - s + x : x - s + sum;
    sum = s;
  }
  return sum + compensation;
}

function numbersOf(rows: readonly Row[], column: string): number[] {
  const out: number[] = [];
  for (const row of rows) {
    const v = row[column];
    if (typeof v === 'number') out.push(v);
    else if (typeof v === 'boolean') out.push(v ? 1 : 0);
  }
  return out;
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * One measure over one group of rows. Missing values are left out (n counts the values used);
 * `binary` says whether the column is 0/1 over the whole dataset, so that every group of it reads
 * as a rate. Intervals are at `level` (default 95%).
 */
export function summarise(rows: readonly Row[], measure: Measure, binary: boolean, level = 0.95): Summary {
  if (measure.fn === 'count') return { kind: 'number', value: rows.length, n: rows.length };
  const values = numbersOf(rows, measure.column as string);
  if (values.length === 0) return { kind: 'empty', n: 0 };
  switch (measure.fn) {
    case 'mean': {
      if (binary) {
        const successes = values.filter((v) => v === 1).length;
        return { kind: 'rate', value: successes / values.length, successes, n: values.length, interval: wilsonInterval(successes, values.length, level) };
      }
      const m = meanInterval(values, level);
      // The compensated mean, so that it agrees with sum()/count() to the last digit.
      return { kind: 'mean', value: exactSum(values) / values.length, n: values.length, interval: m.interval };
    }
    case 'sum':
      return { kind: 'number', value: exactSum(values), n: values.length };
    case 'min':
      return { kind: 'number', value: values.reduce((a, b) => (b < a ? b : a)), n: values.length };
    case 'max':
      return { kind: 'number', value: values.reduce((a, b) => (b > a ? b : a)), n: values.length };
    case 'median':
      return { kind: 'number', value: median([...values].sort((a, b) => a - b)), n: values.length };
  }
}

/** A summary's number for sorting and drawing; NaN when there is none. */
export function summaryValue(s: Summary): number {
  return s.kind === 'empty' ? Number.NaN : s.value;
}
