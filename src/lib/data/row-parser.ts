import { SLOW_PATH, fastCheckOf, type CellOutput, type CellSchema } from './csv-fields';
import { DataError, locate, quote } from './data-error';

/** Turns one record's values (in the schema's column order) into the schema's output. */
export type RowParser<T> = (values: readonly string[], line: number) => T;

/** Turns one cell's text into its value, or throws a DataError naming file, line, column and text. */
export type CellParser<T> = (raw: string, line: number) => T;

/** Cells per column whose parsed value is remembered; beyond this each cell is parsed afresh. */
const MEMO_LIMIT = 4096;

/**
 * Validates the cells of one column with its schema (a rule from csv-fields.ts, or a zod
 * schema). Numbers go through the schema's fast check when it has one; other values are
 * remembered per distinct text, since runs.csv repeats a handful of names a million times. Only
 * texts the fast check cannot vouch for and the memo has not seen reach safeParse, whose first
 * message is the one reported.
 */
export function createCellParser<T>(cell: CellSchema<T>, column: string, file: string): CellParser<T> {
  const memo = new Map<string, T>();
  const fast = fastCheckOf(cell);
  const slow = (raw: string, line: number): T => {
    const result = cell.safeParse(raw);
    if (!result.success) {
      const message = result.error.issues[0]?.message ?? 'invalid value';
      throw new DataError(`${locate(file, line, column)}: ${message}, got ${quote(raw)}.`, { file, line, column, value: raw });
    }
    return result.data;
  };
  // The previous cell's text and value: runs.csv is written cell by cell, so most names repeat
  // the line above, and comparing two short strings is cheaper than hashing one.
  let lastRaw: string | undefined;
  let lastValue: T | undefined;
  return (raw, line) => {
    if (raw === lastRaw) return lastValue as T;
    const checked = fast === undefined ? SLOW_PATH : fast(raw);
    let value: T;
    if (checked !== SLOW_PATH && typeof checked !== 'string') {
      // A number: nothing to copy, and cheaper to check again than to look up.
      value = checked;
    } else {
      const known = memo.get(raw);
      if (known !== undefined) value = known;
      else {
        value = checked === SLOW_PATH ? slow(raw, line) : checked;
        if (memo.size < MEMO_LIMIT) {
          // Remember a fresh copy: the parser's string may be a slice that pins its whole chunk.
          const key = Buffer.from(raw, 'utf8').toString('utf8');
          if (value === raw) value = key as T;
          memo.set(key, value);
        }
      }
    }
    lastRaw = raw;
    lastValue = value;
    return value;
  };
}

/**
 * Validates records cell by cell with the schema's own field schemas (see createCellParser).
 * Only valid for schemas whose rules are all per field (no object-level refinements).
 */
export function createRowParser<Shape extends Readonly<Record<string, CellSchema<unknown>>>>(
  schema: { shape: Shape },
  file: string,
): RowParser<{ [K in keyof Shape]: CellOutput<Shape[K]> }> {
  const shape: Readonly<Record<string, CellSchema<unknown>>> = schema.shape;
  const columns = Object.keys(shape).map((name) => ({ name, parse: createCellParser(shape[name] as CellSchema<unknown>, name, file) }));
  return (values, line) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as (typeof columns)[number];
      out[col.name] = col.parse(values[i] ?? '', line);
    }
    return out as { [K in keyof Shape]: CellOutput<Shape[K]> };
  };
}
