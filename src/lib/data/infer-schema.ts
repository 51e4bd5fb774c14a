import { fitsType } from './cell-schema';
import type { CsvTable } from './read-csv';
import type { Field, FieldType, TableSchema } from './table-schema';

/** Narrowest first: a column of whole numbers is an integer column, not a number column. */
const CANDIDATES = ['integer', 'number', 'boolean', 'date'] as const;

/**
 * Column types read off every value of each column, for a CSV without a declared schema: the
 * narrowest of integer, number, boolean (true/false), date (YYYY-MM-DD) that fits every
 * non-empty cell, else text. Empty cells are missing values and fit any type; a column with no
 * value at all is text. 0/1 columns are integers, which is what makes them read as rates.
 */
export function inferTableSchema(csv: CsvTable): TableSchema {
  const possible = csv.header.map(() => new Set<(typeof CANDIDATES)[number]>(CANDIDATES));
  const seen = csv.header.map(() => false);
  csv.forEachRecord((record) => {
    for (let col = 0; col < record.length; col++) {
      const v = record[col] as string;
      if (v === '') continue;
      seen[col] = true;
      const types = possible[col] as Set<(typeof CANDIDATES)[number]>;
      for (const t of types) if (!fitsType(t, v)) types.delete(t);
    }
  });
  const fields: Field[] = csv.header.map((name, col) => {
    const type: FieldType = seen[col] ? (CANDIDATES.find((t) => possible[col]?.has(t)) ?? 'string') : 'string';
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
