import { fitsType } from './cell-schema';
import type { Field, FieldType, TableSchema } from './table-schema';

/** Narrowest first: a column of whole numbers is an integer column, not a number column. */
const CANDIDATES = ['integer', 'number', 'boolean', 'date'] as const;

/**
 * Column types read off every value of each column, for a CSV without a declared schema: the
 * narrowest of integer, number, boolean (true/false), date (YYYY-MM-DD) that fits every
 * non-empty cell, else text. Empty cells are missing values and fit any type; a column with no
 * value at all is text. 0/1 columns are integers, which is what makes them read as rates.
 */
export function inferTableSchema(header: readonly string[], records: ReadonlyArray<readonly string[]>): TableSchema {
  const fields: Field[] = header.map((name, col) => {
    const possible = new Set<(typeof CANDIDATES)[number]>(CANDIDATES);
    let seen = false;
    for (const record of records) {
      const v = record[col] ?? '';
      if (v === '') continue;
      seen = true;
      for (const t of possible) if (!fitsType(t, v)) possible.delete(t);
      if (possible.size === 0) break;
    }
    const type: FieldType = seen ? (CANDIDATES.find((t) => possible.has(t)) ?? 'string') : 'string';
    return {
      name,
      type,
      title: name,
      trueValues: ['true', 'True', 'TRUE'],
      falseValues: ['false', 'False', 'FALSE'],
      constraints: {},
    };
  });
  return { fields, primaryKey: [], foreignKeys: [], missingValues: [''], declared: false };
}
