import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { DataError, locate, quote } from './data-error';

/** A CSV file whose header has been read and checked; its records are read on demand. */
export interface CsvTable {
  /** The path as the caller gave it; used verbatim in messages. */
  file: string;
  header: string[];
  /**
   * Calls `fn` with each data record (its values in header order) and the 1-based line it starts
   * on (records spanning lines have quoted line breaks), checking each as it goes and throwing a
   * DataError at the first bad one. Each call parses the text again and keeps nothing, so a
   * million records are never all held at once: a loader turns each into a row and drops it.
   */
  forEachRecord(fn: (fields: string[], line: number) => void): void;
}

/**
 * Reads one CSV file: UTF-8 (a BOM is dropped), RFC 4180 quoting through papaparse, line ends LF,
 * CRLF, CR or a mix of them (rows appended by a CRLF writer to an LF file). Blank lines are
 * skipped. The header must name each column once; every record must have as many values.
 * Problems are DataErrors naming the file, line, column and value: the header's here, the
 * records' when they are read.
 */
export async function readCsv(file: string): Promise<CsvTable> {
  return parseCsv(file, decode(file, await readBytes(file)));
}

/** The same for CSV text already in memory; `file` names it in messages. */
export function parseCsv(file: string, text: string): CsvTable {
  // One line end throughout, so papaparse never leaves a "\r" in the last value of a line and
  // line numbers are counted one way. A line break inside quotes becomes "\n" too.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let header: string[] | undefined;
  scan(file, normalized, undefined, (fields) => {
    header = readHeader(file, fields);
    return false;
  });
  if (header === undefined) throw new DataError(`${file} is empty: expected a header line naming the columns.`, { file, line: 1 });
  const columns = header;
  return {
    file,
    header: columns,
    forEachRecord(fn) {
      let first = true;
      scan(file, normalized, columns, (fields, line) => {
        if (first) {
          first = false;
          return true;
        }
        if (fields.length === 1 && fields[0] === '') return true;
        checkFieldCount(file, line, fields, columns);
        fn(fields, line);
        return true;
      });
    },
  };
}

/**
 * Runs papaparse over `text` record by record, with each record's first line; `onRecord`
 * returns false to stop. A quoting error, or anything `onRecord` throws, stops the scan and is
 * thrown from here once papaparse has let go.
 */
function scan(file: string, text: string, header: readonly string[] | undefined, onRecord: (fields: string[], line: number) => boolean): void {
  let line = 1;
  let failed = false;
  let problem: unknown;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      const fields = result.data;
      const at = line;
      for (const f of fields) line += countLineFeeds(f);
      line += 1;
      try {
        if (result.errors.length > 0) throw quoteError(file, at, fields, at === 1 ? undefined : header, result.errors);
        if (!onRecord(fields, at)) parser.abort();
      } catch (err) {
        failed = true;
        problem = err;
        parser.abort();
      }
    },
  });
  if (failed) throw problem;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = err && typeof err === 'object' && 'code' in err ? String(err.code) : '';
    if (code === 'ENOENT') throw new DataError(`${file} does not exist.`, { file });
    if (code === 'EISDIR') throw new DataError(`${file} is a directory, not a CSV file.`, { file });
    throw new DataError(`${file} could not be read: ${err instanceof Error ? err.message : String(err)}.`, { file });
  }
}

/** The file's text; invalid UTF-8 is reported with the line it occurs on. */
function decode(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = 1 + countLineFeeds(lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))));
    throw new DataError(`${locate(file, line)}: the bytes are not valid UTF-8; save the file as UTF-8.`, { file, line });
  }
}

function countLineFeeds(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function readHeader(file: string, fields: readonly string[]): string[] {
  if (fields.length === 1 && fields[0] === '') {
    throw new DataError(`${file} line 1 is blank: expected a header line naming the columns.`, { file, line: 1 });
  }
  const seen = new Set<string>();
  fields.forEach((name, i) => {
    if (name === '') {
      throw new DataError(`${locate(file, 1)}: field ${i + 1} of the header is empty; every column needs a name.`, { file, line: 1, value: '' });
    }
    if (seen.has(name)) {
      throw new DataError(`${locate(file, 1, name)}: the header names column ${quote(name)} twice.`, { file, line: 1, column: name, value: name });
    }
    seen.add(name);
  });
  return [...fields];
}

function checkFieldCount(file: string, line: number, fields: readonly string[], header: readonly string[]): void {
  if (fields.length < header.length) {
    const column = header[fields.length] as string;
    const got = fields.join(',');
    throw new DataError(
      `${locate(file, line, column)}: value missing; the line has ${fields.length} fields where the header has ${header.length}, it reads ${quote(got)}.`,
      { file, line, column, value: got },
    );
  }
  if (fields.length > header.length) {
    const column = header[header.length - 1] as string;
    const extra = fields[header.length] as string;
    throw new DataError(
      `${locate(file, line, column)}: unexpected extra value ${quote(extra)} after this column; the line has ${fields.length} fields where the header has ${header.length}.`,
      { file, line, column, value: extra },
    );
  }
}

function quoteError(file: string, line: number, fields: readonly string[], header: readonly string[] | undefined, errors: readonly Papa.ParseError[]): DataError {
  const index = Math.max(0, fields.length - 1);
  const column = header?.[index] ?? `field ${index + 1}`;
  const value = fields[index] ?? '';
  const shown = value.length > 40 ? `${value.slice(0, 40)}...` : value;
  const what =
    errors[0]?.code === 'MissingQuotes'
      ? 'a quoted value is never closed'
      : 'malformed quoting (a closing quote must be followed by a comma or the end of the line)';
  return new DataError(`${locate(file, line, column)}: ${what}, at ${quote(shown)}.`, { file, line, column, value });
}
