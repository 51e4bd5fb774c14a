/**
 * A cross-reference that cannot be resolved: an unknown or malformed reference, a duplicate or
 * malformed label. The message is a sentence starting with `file:line:column`; `label` is the
 * offending label as written.
 */
export class CrossrefError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly label: string;

  constructor(message: string, details: { file: string; line: number; column: number; label: string }) {
    super(`${details.file}:${details.line}:${details.column}: ${message}`);
    this.name = 'CrossrefError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.label = details.label;
  }
}
