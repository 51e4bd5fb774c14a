import type { z } from 'zod';
import { DataError, locate, quote } from './data-error';

/** Turns one record's values (in the schema's column order) into the schema's output. */
export type RowParser<T> = (values: readonly string[], line: number) => T;

/** Cells per column whose parsed value is remembered; beyond this each cell is parsed afresh. */
const MEMO_LIMIT = 4096;

/**
 * Validates records cell by cell with the schema's own field schemas, remembering the result for
 * each distinct cell text. runs.csv repeats a handful of names and small numbers a million times,
 * so this runs zod once per distinct value instead of once per cell. Only valid for schemas
 * whose rules are all per field (no object-level refinements).
 */
export function createRowParser<T extends z.ZodObject>(schema: T, file: string): RowParser<z.output<T>> {
  const shape = schema.shape as Readonly<Record<string, z.ZodType>>;
  const columns = Object.keys(shape).map((name) => ({
    name,
    cell: shape[name] as z.ZodType,
    memo: new Map<string, unknown>(),
  }));

  return (values, line) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as (typeof columns)[number];
      const raw = values[i] ?? '';
      let value = col.memo.get(raw);
      if (value === undefined) {
        const result = col.cell.safeParse(raw);
        if (!result.success) {
          const message = result.error.issues[0]?.message ?? 'invalid value';
          throw new DataError(`${locate(file, line, col.name)}: ${message}, got ${quote(raw)}.`, {
            file,
            line,
            column: col.name,
            value: raw,
          });
        }
        value = result.data;
        if (col.memo.size < MEMO_LIMIT) {
          // Remember a fresh copy: the parser's string may be a slice that pins its whole chunk.
          const key = Buffer.from(raw, 'utf8').toString('utf8');
          if (value === raw) value = key;
          col.memo.set(key, value);
        }
      }
      out[col.name] = value;
    }
    return out as z.output<T>;
  };
}
