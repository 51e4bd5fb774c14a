import type { Cell } from '../data/cell-schema';
import type { Row } from '../data/load-table';

/** The rows that share one value of each grouping column. */
export interface Group {
  /** The grouping columns' values, keyed by column. */
  keys: Readonly<Record<string, Cell>>;
  rows: Row[];
}

/**
 * Rows grouped by the values of `by`, groups in order of first appearance (callers sort). No
 * columns make one group of every row. Missing values form a group of their own, as a value
 * would, so no row is silently dropped.
 */
export function groupRows(rows: readonly Row[], by: readonly string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const values = by.map((c) => row[c] ?? null);
    // JSON of the values: no choice of names can make two different keys collide.
    const key = JSON.stringify(values);
    let g = groups.get(key);
    if (!g) {
      g = { keys: Object.fromEntries(by.map((c, i) => [c, values[i] ?? null])), rows: [] };
      groups.set(key, g);
    }
    g.rows.push(row);
  }
  return [...groups.values()];
}

/** The rows whose every column in `where` holds the given value (booleans and numbers compared as values). */
export function filterRows(rows: readonly Row[], where: Readonly<Record<string, Cell>>): Row[] {
  const tests = Object.entries(where);
  if (tests.length === 0) return [...rows];
  return rows.filter((row) => tests.every(([c, v]) => row[c] === v));
}

/** Distinct values of a column in order of first appearance. */
export function distinct(rows: readonly Row[], column: string): Cell[] {
  return [...new Set(rows.map((r) => r[column] ?? null))];
}
