/**
 * A .bib file that cannot be read as BibTeX, or an entry in it that cannot be turned into text.
 * The message is a sentence starting with `file:line:column`; `value` is the offending text.
 */
export class BibtexError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly value: string;

  constructor(message: string, details: { file: string; line: number; column: number; value: string }) {
    super(`${details.file}:${details.line}:${details.column}: ${message}`);
    this.name = 'BibtexError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.value = details.value;
  }
}
