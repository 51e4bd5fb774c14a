/**
 * A diagram in a content file that Mermaid rejected. `line` and `column` are positions in the
 * content file (1-based), so editors and Vite's error overlay can jump to them; `diagramLine`
 * is the line inside the diagram when Mermaid reported one.
 */
export class DiagramError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly diagramLine: number | undefined;
  /** The offending line of the diagram, or its first line when Mermaid gave no position. */
  readonly value: string;
  readonly mermaidMessage: string;
  readonly exitCode = 65;

  constructor(opts: { file: string; line: number; column: number; diagramLine?: number | undefined; value: string; mermaidMessage: string; reason?: string }) {
    // Always line and column: MDX copies them into the location Vite prints, as undefined if missing.
    const at = `${opts.file}:${opts.line}:${opts.column}`;
    const where = opts.diagramLine !== undefined ? ` (line ${opts.diagramLine} of the diagram, "${opts.value.trim()}")` : '';
    const reason = opts.reason ?? 'Mermaid could not parse this diagram';
    const said = opts.mermaidMessage.includes('\n') ? `\n${opts.mermaidMessage}` : ` ${opts.mermaidMessage}`;
    super(`${at}: ${reason}${where}. Mermaid says:${said}`);
    this.name = 'DiagramError';
    this.file = opts.file;
    this.line = opts.line;
    this.column = opts.column;
    this.diagramLine = opts.diagramLine;
    this.value = opts.value;
    this.mermaidMessage = opts.mermaidMessage;
  }
}
