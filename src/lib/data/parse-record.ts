import type { z } from 'zod';
import { DataError, locate, quote } from './data-error';

/**
 * Validates one CSV record (column name -> raw text) against its row schema. On failure the first
 * issue becomes a DataError naming the file, line, column and the raw value.
 */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  record: Readonly<Record<string, string>>,
  file: string,
  line: number,
): z.output<S> {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const column = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  const value = column === undefined ? undefined : (record[column] ?? '');
  const message = issue?.message ?? 'invalid row';
  throw new DataError(
    `${locate(file, line, column)}: ${message}${value === undefined ? '' : `, got ${quote(value)}`}.`,
    {
      file,
      line,
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
    },
  );
}
