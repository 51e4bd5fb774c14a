/**
 * The headless browser failed while drawing a diagram (it would not start, crashed or hung): not
 * the diagram's fault, but the author still needs to know which diagram the build stopped at.
 * `line` and `column` are where the diagram's fence starts in its content file (1-based), as
 * DiagramError's are, so Vite's and MDX's `file:line:column` reports stay whole.
 */
export class DiagramBrowserError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(at: { file: string; line: number; column: number }, cause: unknown) {
    const said = cause instanceof Error ? cause.message : String(cause);
    super(`${at.file}:${at.line}:${at.column}: Chromium failed while drawing this diagram:\n${said}`, { cause });
    this.name = 'DiagramBrowserError';
    this.file = at.file;
    this.line = at.line;
    this.column = at.column;
  }
}
