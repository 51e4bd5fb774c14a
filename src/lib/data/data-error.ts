/**
 * Bad benchmark data. The message is a full sentence naming the file (as the caller spelled its
 * path), the 1-based line, the column and the offending value, so a person can go straight to it.
 * exitCode 65 is EX_DATAERR from sysexits(3); CLIs pass it through (see src/lib/cli/cli-error.ts).
 */
export interface DataErrorDetails {
  file: string;
  line?: number;
  column?: string;
  value?: string;
}

export class DataError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly value?: string;
  readonly exitCode = 65;

  constructor(message: string, details: DataErrorDetails) {
    super(message);
    this.name = 'DataError';
    this.file = details.file;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
    if (details.value !== undefined) this.value = details.value;
  }
}

/** `file line 12, column "passed"` or shorter when line or column is unknown. */
export function locate(file: string, line?: number, column?: string): string {
  let where = file;
  if (line !== undefined) where += ` line ${line}`;
  if (column !== undefined) where += `${line !== undefined ? ',' : ''} column "${column}"`;
  return where;
}

/** Quotes a value for a message so that spaces, quotes and line breaks stay visible. */
export function quote(value: string): string {
  return JSON.stringify(value);
}
