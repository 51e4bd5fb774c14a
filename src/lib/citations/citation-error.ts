/**
 * A citation that cannot be resolved: an unknown key, a post citing without a bibliography, a
 * bibliography file that is missing or broken. The message is a sentence starting with the post's
 * `file:line:column`; `key` is the citation key or bibliography name at fault.
 */
export class CitationError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly key: string;

  constructor(message: string, details: { file: string; line: number; column: number; key: string; cause?: unknown }) {
    super(`${details.file}:${details.line}:${details.column}: ${message}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'CitationError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.key = details.key;
  }
}
