/**
 * A formula KaTeX rejects. The message is a sentence starting with `file:line:column`, quoting the
 * formula and KaTeX's own explanation.
 */
export class MathError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly formula: string;
  readonly reason: string;

  constructor(message: string, details: { file: string; line: number; column: number; formula: string; reason: string }) {
    super(`${details.file}:${details.line}:${details.column}: ${message}`);
    this.name = 'MathError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.formula = details.formula;
    this.reason = details.reason;
  }
}
