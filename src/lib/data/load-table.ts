import type { z } from 'zod';
import { cellSchema, type Cell } from './cell-schema';
import { DataError, locate, quote } from './data-error';
import type { CsvTable } from './read-csv';
import type { Field, TableSchema } from './table-schema';

/** One row of a dataset: its values keyed by column name. */
export type Row = Readonly<Record<string, Cell>>;

/** A CSV read and checked against its schema. */
export interface Table {
  file: string;
  schema: TableSchema;
  rows: Row[];
  /** The line each row starts on, for messages about rows found later (foreign keys, charts). */
  lines: number[];
}

/**
 * Parsed values remembered per column, at most this many distinct texts each. Benchmark columns
 * mostly repeat a few values (models, tasks, 0/1 outcomes), and running a cell's zod schema costs
 * more than the rest of loading it: bench/load.ts shows a million rows validated cell by cell
 * miss the 10-second budget, remembered they meet it. A cell's value depends only on its field
 * and its text (the checks across rows come after), so a remembered value is the one zod gives.
 * The cap bounds the memory a column of distinct values (times, ids) can take.
 */
const REMEMBERED_VALUES = 4096;

/**
 * The key of a row's values in a primary key or foreign key: the values' texts joined by U+0000,
 * which no valid cell holds (text with control characters is refused, other types print without
 * them). The primary key joins the cells' texts the same way.
 */
export function keyOf(values: readonly Cell[]): string {
  return values.map((v) => (v === null ? '' : String(v))).join('\u0000');
}

/**
 * Checks every record of `csv` against `schema` and turns it into a row of typed values: the
 * header against the declared fields, each cell through its field's zod schema, then the rules
 * across rows (required, unique, primary key). Stops at the first problem with a DataError
 * naming the file, line, column and value; a table with a header but no rows is a problem too.
 */
export function loadTable(csv: CsvTable, schema: TableSchema): Table {
  const { file, header } = csv;
  if (schema.declared) checkHeader(file, header, schema.fields);
  const byName = new Map(schema.fields.map((f) => [f.name, f]));
  const columns = header.map((name) => {
    const field = byName.get(name) as Field;
    return {
      name,
      parse: cellSchema(field),
      known: new Map<string, Cell>(),
      required: field.constraints.required === true,
      unique: field.constraints.unique === true ? new Map<Cell, number>() : undefined,
    };
  });
  const missing = new Set(schema.missingValues);
  const keyAt = schema.primaryKey.map((k) => header.indexOf(k));
  const keys = keyAt.length > 0 ? new Map<string, number>() : undefined;
  const rows: Row[] = [];
  const lines: number[] = [];

  csv.forEachRecord((record, line) => {
    const row: Record<string, Cell> = {};
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as (typeof columns)[number];
      const raw = record[i] as string;
      let value: Cell;
      if (missing.has(raw)) {
        if (col.required) {
          throw new DataError(`${locate(file, line, col.name)}: a value is required, got ${quote(raw)}.`, { file, line, column: col.name, value: raw });
        }
        value = null;
      } else {
        const known = col.known.get(raw);
        if (known !== undefined) value = known;
        else {
          value = parseCell(col.parse, raw, file, line, col.name);
          if (col.known.size < REMEMBERED_VALUES) col.known.set(raw, value);
        }
        if (col.unique) {
          const first = col.unique.get(value);
          if (first !== undefined) {
            throw new DataError(`${locate(file, line, col.name)}: the value ${quote(raw)} already appears on line ${first}; the column must be unique.`, {
              file,
              line,
              column: col.name,
              value: raw,
            });
          }
          col.unique.set(value, line);
        }
      }
      row[col.name] = value;
    }
    if (keys) {
      const values = keyAt.map((i) => record[i] as string);
      const key = values.join('\u0000');
      const first = keys.get(key);
      if (first !== undefined) {
        const named = schema.primaryKey.map((k, i) => `${k} ${quote(values[i] as string)}`).join(', ');
        throw new DataError(
          `${locate(file, line)}: duplicate row: ${named} already appears on line ${first} (the primary key ${schema.primaryKey.join(',')} must be unique).`,
          { file, line, column: schema.primaryKey.join(','), value: values.join(',') },
        );
      }
      keys.set(key, line);
    }
    rows.push(row);
    lines.push(line);
  });
  if (rows.length === 0) throw new DataError(`${file} has a header line but no rows.`, { file, line: 1 });
  return { file, schema, rows, lines };
}

function parseCell(schema: z.ZodType<Cell, string>, raw: string, file: string, line: number, column: string): Cell {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'invalid value';
  throw new DataError(`${locate(file, line, column)}: ${message}, got ${quote(raw)}.`, { file, line, column, value: raw });
}

/** A declared schema's header must name exactly its fields, in any order. */
function checkHeader(file: string, header: readonly string[], fields: readonly Field[]): void {
  const declared = fields.map((f) => f.name);
  header.forEach((name, i) => {
    if (!declared.includes(name)) {
      throw new DataError(
        `${locate(file, 1, name)}: unknown column ${quote(name)} (field ${i + 1} of the header); the schema declares the columns ${declared.join(',')}.`,
        { file, line: 1, column: name, value: name },
      );
    }
  });
  for (const name of declared) {
    if (!header.includes(name)) {
      const got = header.join(',');
      throw new DataError(`${locate(file, 1, name)}: the header lacks this column; it reads ${quote(got)}.`, { file, line: 1, column: name, value: got });
    }
  }
}
