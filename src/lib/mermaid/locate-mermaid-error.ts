/** What Mermaid told us about a failed parse; positions are relative to the text it parsed. */
export interface MermaidFailure {
  message: string;
  /** 1-based line Mermaid's parser reported, if any. */
  line: number | null;
  /** 1-based column, if any. */
  column: number | null;
}

/**
 * Fills in the line and column of a failure from Mermaid's message when the parser did not hand
 * them over as data. Jison-based diagrams say "Parse error on line 3:"; the Langium-based ones
 * (pie, packet, architecture…) say "Parse error on line 2, column 8:".
 */
export function withReportedPosition(failure: MermaidFailure): MermaidFailure {
  if (failure.line !== null) return failure;
  const m = /\bon line (\d+)(?:, column (\d+))?/.exec(failure.message);
  if (!m) return failure;
  return { ...failure, line: Number(m[1]), column: m[2] !== undefined ? Number(m[2]) : failure.column };
}

const FENCE = /^-{3}\s*$/;
const COMMENT = /^\s*%%(?!\{)./;

/**
 * Maps a line number Mermaid reported back to the line of the original diagram source.
 * Before parsing, Mermaid strips a leading `---` front-matter block, `%%{…}%%` directives,
 * `%%` comment lines (with the blank lines just above them) and leading blank lines, and counts
 * lines in what is left. This replays those removals line by line. Returns null when the
 * reported line does not exist in what is left.
 */
export function sourceLineOf(source: string, reportedLine: number): number | null {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const kept: Array<{ line: number; blank: boolean }> = [];
  let i = 0;
  if (lines.length > 0 && FENCE.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, n) => n > 0 && FENCE.test(l));
    if (close > 0) {
      i = close + 1;
      while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    }
  }
  let inDirective = false;
  for (; i < lines.length; i++) {
    let text = lines[i] ?? '';
    if (inDirective) {
      const end = text.indexOf('}%%');
      if (end < 0) text = '';
      else {
        text = text.slice(end + 3);
        inDirective = false;
      }
    }
    text = text.replace(/%%\{.*?\}%%/g, '');
    const open = text.indexOf('%%{');
    if (open >= 0) {
      text = text.slice(0, open);
      inDirective = true;
    }
    if (COMMENT.test(text)) {
      while (kept.length > 0 && kept[kept.length - 1]?.blank) kept.pop();
      continue;
    }
    if (kept.length === 0 && text.trim() === '') continue;
    kept.push({ line: i + 1, blank: text.trim() === '' });
  }
  return kept[reportedLine - 1]?.line ?? null;
}
