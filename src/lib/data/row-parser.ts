import type { z } from 'zod';
import { SLOW_PATH, fastCheckOf } from './csv-fields';
import { DataError, locate, quote } from './data-error';

/** Turns one record's values (in the schema's column order) into the schema's output. */
export type RowParser<T> = (values: readonly string[], line: number) => T;

/** Turns one cell's text into its value, or throws a DataError naming file, line, column and text. */
export type CellParser<T> = (raw: string, line: number) => T;

/** Cells per column whose parsed value is remembered; beyond this each cell is parsed afresh. */
const MEMO_LIMIT = 4096;

/**
 * Validates the cells of one column with its zod schema. Numbers go through the schema's fast
 * check when it has one (see csv-fields.ts); other values are remembered per distinct text, since
 * runs.csv repeats a handful of names a million times. Only texts the fast check cannot vouch for
 * and the memo has not seen reach zod, whose message is the one reported.
 */
export function createCellParser<S extends z.ZodType>(cell: S, column: string, file: string): CellParser<z.output<S>> {
  const memo = new Map<string, z.output<S>>();
  const fast = fastCheckOf(cell);
  const slow = (raw: string, line: number): z.output<S> => {
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
  let lastValue: z.output<S> | undefined;
  return (raw, line) => {
    if (raw === lastRaw) return lastValue as z.output<S>;
    const checked = fast === undefined ? SLOW_PATH : fast(raw);
    let value: z.output<S>;
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
          if (value === raw) value = key as z.output<S>;
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
export function createRowParser<T extends z.ZodObject>(schema: T, file: string): RowParser<z.output<T>> {
  const shape = schema.shape as Readonly<Record<string, z.ZodType>>;
  const columns = Object.keys(shape).map((name) => ({ name, parse: createCellParser(shape[name] as z.ZodType, name, file) }));
  return (values, line) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as (typeof columns)[number];
      out[col.name] = col.parse(values[i] ?? '', line);
    }
    return out as z.output<T>;
  };
}
