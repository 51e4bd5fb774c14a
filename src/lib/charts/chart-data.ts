import { distinct, filterRows } from '../aggregate/group-rows';
import { isBinary } from '../aggregate/measure';
import type { Cell } from '../data/cell-schema';
import { DataError, locate, quote } from '../data/data-error';
import type { Dataset, Row } from '../data/load-dataset';
import { reachableFields, rowsWithColumns } from '../data/lookup-columns';
import type { Field } from '../data/table-schema';

/** A column a chart reads, the prop that names it, and whether it must hold numbers. */
export interface ColumnUse {
  prop: string;
  column: string;
  numeric?: boolean;
}

/** What a chart or table draws from: the rows that pass `where`, with every column it reads. */
export interface ChartData {
  dataset: Dataset;
  rows: Row[];
  /** The field of a column the chart reads (own or looked up through a foreign key). */
  field(column: string): Field;
  /** Whether the column holds only 0/1 (or true/false) over the whole dataset: then it reads as a rate. */
  binary(column: string): boolean;
}

/** A prop of a chart or table component that does not fit its data; the message names the component and the prop. */
export class ChartPropError extends Error {
  readonly component: string;
  readonly prop: string;
  constructor(component: string, prop: string, message: string) {
    super(`<${component}>: ${message}`);
    this.name = 'ChartPropError';
    this.component = component;
    this.prop = prop;
  }
}

const NUMERIC_TYPES = new Set(['integer', 'number', 'boolean']);

/**
 * Checks that every column a component reads exists (in the dataset or through its foreign
 * keys) and that numeric channels name numeric columns, then keeps the rows that pass `where`.
 * A missing column names the component, the prop, the column and the columns there are; a text
 * column in a numeric channel names its first cell that is not a number (file, line, column,
 * value); a `where` that keeps no row names the values the column does hold.
 */
export function chartData(component: string, ds: Dataset, uses: readonly ColumnUse[], where: Readonly<Record<string, Cell>> = {}): ChartData {
  const reach = reachableFields(ds);
  const all = [...uses, ...Object.keys(where).map((column) => ({ prop: 'where', column }))];
  for (const use of all) {
    if (!reach.has(use.column)) {
      throw new ChartPropError(
        component,
        use.prop,
        `${use.prop}="${use.column}" names a column that the dataset "${ds.name}" (${ds.file}) does not have; its columns are ${[...reach.keys()].join(', ')}.`,
      );
    }
  }
  for (const use of uses) {
    if (!use.numeric) continue;
    const found = reach.get(use.column) as { field: Field; via: Dataset['references'][number] | undefined };
    if (NUMERIC_TYPES.has(found.field.type)) continue;
    const owner = found.via?.dataset ?? ds;
    const i = owner.rows.findIndex((r) => r[use.column] !== null && Number.isNaN(Number(r[use.column])));
    const row = owner.rows[i];
    const line = owner.lines[i];
    const value = String(row?.[use.column] ?? '');
    throw new DataError(
      `<${component}>: ${use.prop}="${use.column}" needs a numeric column, but ${locate(owner.file, line, use.column)} holds ${quote(value)}, which is not a number.`,
      { file: owner.file, ...(line === undefined ? {} : { line }), column: use.column, value },
    );
  }
  const columns = all.map((u) => u.column);
  let rows = rowsWithColumns(ds, columns);
  const binaries = new Map<string, boolean>();
  const binary = (column: string): boolean => {
    let b = binaries.get(column);
    if (b === undefined) binaries.set(column, (b = isBinary(rows.map((r) => r[column] ?? null))));
    return b;
  };
  // Decided over every row, before `where`, so that a filtered chart of a 0/1 column still shows rates.
  for (const u of uses) if (u.numeric) binary(u.column);
  const kept = filterRows(rows, where);
  if (kept.length === 0 && rows.length > 0) {
    const [column, value] = Object.entries(where).find(([c, v]) => !rows.some((r) => r[c] === v)) ?? Object.entries(where)[0] ?? ['', null];
    const values = distinct(rows, column).slice(0, 20).map((v) => quote(String(v)));
    throw new ChartPropError(component, 'where', `no row of "${ds.name}" has ${column} ${quote(String(value))}; its values are ${values.join(', ')}.`);
  }
  rows = kept;
  return {
    dataset: ds,
    rows,
    field: (column) => (reach.get(column) as { field: Field }).field,
    binary,
  };
}
