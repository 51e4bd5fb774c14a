import { pointAtOffset, type SourcePoint } from '../crossref/source-location';

/** Where an entry of a .bib file starts. */
export interface EntryStart {
  readonly key: string;
  readonly offset: number;
}

// citation-js reports positions only for syntax errors; for errors about an entry or a field, the
// site finds them in the text itself. `@type{key,` at the start of an entry, not in a % comment.
const ENTRY = /@[ \t]*([A-Za-z]+)[ \t]*[{(][ \t\r\n]*([^\s,{}()"=#%]+)/g;
const NOT_ENTRIES = new Set(['string', 'preamble', 'comment']);

/** The entries of a .bib file, in file order (keys as written). */
export function entryStarts(source: string): EntryStart[] {
  const starts: EntryStart[] = [];
  for (const m of source.matchAll(ENTRY)) {
    if (NOT_ENTRIES.has((m[1] as string).toLowerCase())) continue;
    const lineStart = source.lastIndexOf('\n', m.index) + 1;
    if (source.slice(lineStart, m.index).includes('%')) continue;
    starts.push({ key: m[2] as string, offset: m.index });
  }
  return starts;
}

/** Where the `occurrence`-th (0-based) entry with this key starts; line 1 when it cannot be found. */
export function entryPoint(source: string, key: string, occurrence = 0): SourcePoint {
  const start = entryStarts(source).filter((s) => s.key === key)[occurrence];
  return start ? pointAtOffset(source, start.offset) : { line: 1, column: 1 };
}

/** Where `field = ...` of the first entry with this key is written; the entry's start when it cannot be found. */
export function fieldPoint(source: string, key: string, field: string): SourcePoint {
  const starts = entryStarts(source);
  const index = starts.findIndex((s) => s.key === key);
  const start = starts[index];
  if (!start) return { line: 1, column: 1 };
  const end = starts[index + 1]?.offset ?? source.length;
  const name = new RegExp(`[\\s,{(]${field.replace(/[^\w]/g, '\\$&')}\\s*=`, 'i').exec(source.slice(start.offset, end));
  return pointAtOffset(source, name ? start.offset + name.index + 1 : start.offset);
}
