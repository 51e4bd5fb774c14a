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
  const groups: Group[] = [];
  if (by.length === 0) return rows.length === 0 ? [] : [{ keys: {}, rows: [...rows] }];
  // One Map per grouping column, keyed by the cell itself: 1, "1" and null stay apart, and no
  // key string is built per row (JSON keys made grouping a million rows take seconds).
  type Level = Map<Cell, Level | Group>;
  const root: Level = new Map();
  const last = by.length - 1;
  for (const row of rows) {
    let level = root;
    for (let i = 0; i < last; i++) {
      const v = row[by[i] as string] ?? null;
      let next = level.get(v) as Level | undefined;
      if (!next) {
        next = new Map();
        level.set(v, next);
      }
      level = next;
    }
    const v = row[by[last] as string] ?? null;
    let g = level.get(v) as Group | undefined;
    if (!g) {
      g = { keys: Object.fromEntries(by.map((c) => [c, row[c] ?? null])), rows: [] };
      level.set(v, g);
      groups.push(g);
    }
    g.rows.push(row);
  }
  return groups;
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
