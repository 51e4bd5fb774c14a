import type { Cell } from '../data/cell-schema';
import type { Row } from '../data/load-table';
import { decimalsFor, formatDecimal } from '../format';

/** The rows behind each cell of a heatmap, printed, for the panel a click on a cell opens. */
export interface DrillCells {
  /** The columns whose values name a cell, in the order cellKey() takes them. */
  keyFields: string[];
  columns: Array<{ title: string; numeric: boolean }>;
  /** Each cell's rows, as printed, by cellKey of its key values. */
  cells: Record<string, string[][]>;
}

/** The key of a cell: its key values as a JSON array, which no choice of names can make ambiguous. */
export function cellKey(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v === undefined ? null : v)));
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareCells(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byText(String(a ?? ''), String(b ?? ''));
}

export interface DrillColumn {
  name: string;
  title: string;
  /** 0/1 columns print "yes" and "no". */
  binary: boolean;
}

/**
 * Groups rows into the cells named by `keyFields` and lists each cell's rows sorted by the
 * `drill` column: that column first, then every other column whose value differs somewhere
 * within a cell (a column constant in every cell, like the cell's own keys, tells the reader
 * nothing). Numbers print at one precision per column; 0/1 columns as yes/no. Cells come in
 * sorted key order, so the result is the same for any input order.
 */
export function drillCells(rows: readonly Row[], keyFields: readonly string[], drill: string, columns: readonly DrillColumn[]): DrillCells {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = cellKey(keyFields.map((f) => r[f] ?? null));
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  const varies = (name: string): boolean =>
    [...groups.values()].some((list) => list.some((r) => (r[name] ?? null) !== (list[0]?.[name] ?? null)));
  const first = columns.find((c) => c.name === drill);
  const shown = [...(first ? [first] : []), ...columns.filter((c) => c.name !== drill && !keyFields.includes(c.name) && varies(c.name))];
  // One precision per column: whole numbers print whole, others as their range suits (decimalsFor).
  const decimals = new Map(
    shown.map((c) => {
      const numbers = rows.flatMap((r) => (typeof r[c.name] === 'number' ? [r[c.name] as number] : []));
      return [c.name, numbers.every(Number.isInteger) ? 0 : decimalsFor(numbers)];
    }),
  );
  const print = (c: DrillColumn, v: Cell): string => {
    if (v === null) return '';
    if (c.binary) return v === 1 || v === true ? 'yes' : 'no';
    if (typeof v === 'number') return formatDecimal(v, decimals.get(c.name) ?? 0);
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    return v;
  };
  const cells: Record<string, string[][]> = {};
  for (const key of [...groups.keys()].sort(byText)) {
    const list = [...(groups.get(key) ?? [])].sort((a, b) => compareCells(a[drill] ?? null, b[drill] ?? null));
    cells[key] = list.map((r) => shown.map((c) => print(c, r[c.name] ?? null)));
  }
  return {
    keyFields: [...keyFields],
    columns: shown.map((c) => ({ title: c.title, numeric: !c.binary && rows.some((r) => typeof r[c.name] === 'number') })),
    cells,
  };
}
