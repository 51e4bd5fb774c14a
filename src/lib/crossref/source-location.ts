import { isAbsolute, relative } from 'node:path';

/** A 1-based line and column in a content file. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** The file as a person would type it: relative to the working directory when it lies inside it. */
export function displayPath(path: string | undefined): string {
  if (!path) return '<unnamed file>';
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/**
 * Where the character at `offset` of a text node's value sits in the file, given where the node
 * starts. Exact unless the node's source contained escapes or entities before that character,
 * in which case the line is still right and the column may be off by a few characters.
 */
export function pointInText(value: string, offset: number, start: SourcePoint | undefined): SourcePoint {
  const base = start ?? { line: 1, column: 1 };
  const before = value.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak === -1) return { line: base.line, column: base.column + offset };
  const lines = before.split('\n').length - 1;
  return { line: base.line + lines, column: offset - lastBreak };
}

/** The `file:line:column` prefix every error message starts with, so editors can jump there. */
export function formatLocation(file: string, point: SourcePoint): string {
  return `${file}:${point.line}:${point.column}`;
}

/** The line and column of a character offset into a whole file. */
export function pointAtOffset(source: string, offset: number): SourcePoint {
  const before = source.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** A node's start and end offsets into the file, as unist positions carry them. */
export interface SourceSpan {
  start?: { line: number; column: number; offset?: number | undefined } | undefined;
  end?: { line: number; column: number; offset?: number | undefined } | undefined;
}

/**
 * Where the `occurrence`-th (0-based) copy of `needle` inside a node sits in the file. Node values
 * can differ from their source (escapes, entities, typographic quotes), so the needle is searched
 * for in the source itself; when that fails, the node's start stands in.
 */
export function locateInSource(source: string | undefined, span: SourceSpan | undefined, needle: string, occurrence = 0): SourcePoint {
  const start = span?.start;
  const fallback = start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
  const from = start?.offset;
  const to = span?.end?.offset;
  if (source === undefined || from === undefined || to === undefined || needle === '') return fallback;
  let at = from - 1;
  for (let i = 0; i <= occurrence; i += 1) {
    at = source.indexOf(needle, at + 1);
    if (at === -1 || at + needle.length > to) return fallback;
  }
  return pointAtOffset(source, at);
}

/** A file's text, for exact error positions (Astro hands remark a string; a buffer is decoded). */
export function sourceText(value: string | Uint8Array | null | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return value ? new TextDecoder().decode(value) : undefined;
}
