import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { DataError, locate, quote } from './data-error';

/**
 * Streams one CSV file (UTF-8, RFC 4180 quoting, optional BOM, LF or CRLF) through papaparse and
 * hands each record to `onRecord` with the 1-based line it starts on.
 * Only one chunk of the file is in memory at a time. The header must hold exactly `columns`
 * (in any order). Blank lines are skipped. Throws DataError naming file, line, column and value.
 */
export interface ReadCsvOptions {
  /** The path as the caller gave it; used verbatim in messages. */
  file: string;
  /** The exact set of header names. */
  columns: readonly string[];
  /**
   * Called once per data record with its values in the order of `columns` (whatever the file's
   * column order), and the line the record starts on; may throw DataError to stop reading.
   */
  onRecord: (values: readonly string[], line: number) => void;
  /**
   * An optional fast reader for the common line: called with the text of a chunk and the bounds
   * of one data line in it (no quotes, no line break; the file's columns in `columns` order).
   * It either takes the line as a whole and returns true, or returns false having changed
   * nothing, and the line is split and handed to onRecord, which reports whatever is wrong.
   * It never throws: a line it cannot vouch for is onRecord's to judge.
   */
  scanLine?: (text: string, start: number, end: number, line: number) => boolean;
}

export interface ReadCsvResult {
  /** Number of data records (blank lines excluded). */
  records: number;
}

export async function readCsv(opts: ReadCsvOptions): Promise<ReadCsvResult> {
  const { file, scanLine } = opts;
  const chunks = decodeUtf8(file)[Symbol.asyncIterator]();
  const { newline, head } = await detectNewline(chunks);
  const text = replay(head, chunks);

  let nextLine = 1;
  let header: string[] | undefined;
  // Where each of `columns` sits in the file, or null when the file uses that very order.
  let order: number[] | null = null;
  let records = 0;

  /** One record of `fields` spanning `lines` lines (more than one only with quoted line breaks). */
  const onRecord = (fields: string[], errors: readonly Papa.ParseError[], lines: number): void => {
    const line = nextLine;
    nextLine += lines;
    if (header === undefined) {
      if (errors.length > 0) throw quoteError(file, line, fields, undefined, errors);
      header = readHeader(file, fields, opts.columns);
      const h = header;
      order = opts.columns.every((c, i) => h[i] === c) ? null : opts.columns.map((c) => h.indexOf(c));
      return;
    }
    if (errors.length > 0) throw quoteError(file, line, fields, header, errors);
    if (fields.length === 1 && fields[0] === '') return;
    checkFieldCount(file, line, fields, header);
    records += 1;
    opts.onRecord(order === null ? fields : order.map((i) => fields[i] as string), line);
  };

  // Most files hold no quote at all, and a line without one is its values split at commas,
  // exactly as papaparse reads it. So lines are split here, without papaparse's per-row result
  // objects and callbacks, until a chunk holds a quote; from the start of that chunk's first
  // unread line, papaparse reads the rest.
  let rest = '';
  try {
    for (;;) {
      const next = await text.next();
      if (next.done) break;
      const buffered = rest + next.value;
      if (buffered.includes('"')) {
        await parseWithPapa(buffered, text, newline, onRecord, file);
        return finish(header, records, opts.columns, file);
      }
      let start = 0;
      for (let end = buffered.indexOf(newline); end >= 0; end = buffered.indexOf(newline, start)) {
        if (scanLine !== undefined && order === null && header !== undefined && end > start && scanLine(buffered, start, end, nextLine)) {
          nextLine += 1;
          records += 1;
        } else onRecord(buffered.slice(start, end).split(','), NO_ERRORS, 1);
        start = end + newline.length;
      }
      rest = buffered.slice(start);
    }
    // The last line, unless the file ends with a line break (papaparse's reading too).
    if (rest !== '') onRecord(rest.split(','), NO_ERRORS, 1);
  } finally {
    await text.return(undefined);
  }
  return finish(header, records, opts.columns, file);
}

const NO_ERRORS: readonly Papa.ParseError[] = [];

function finish(header: readonly string[] | undefined, records: number, columns: readonly string[], file: string): ReadCsvResult {
  if (header === undefined) {
    throw new DataError(`${file} is empty: expected a header line naming the columns ${columns.join(',')}.`, { file, line: 1 });
  }
  return { records };
}

/**
 * Streams `first` and then the rest of `chunks` through papaparse, handing each record to
 * `onRecord` with the number of lines it spans.
 */
function parseWithPapa(
  first: string,
  chunks: AsyncGenerator<string, void, undefined>,
  newline: '\n' | '\r\n' | '\r',
  onRecord: (fields: string[], errors: readonly Papa.ParseError[], lines: number) => void,
  file: string,
): Promise<void> {
  const source = Readable.from(replay([first], chunks));
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      source.destroy();
      if (err === undefined) resolve();
      else reject(err);
    };

    let lastCursor = 0;
    const onRow = (fields: string[], errors: readonly Papa.ParseError[], cursor: number): void => {
      // A record spans one line plus one per line break inside its quoted values. Only a record
      // whose text is longer than its values, commas and line ending used quotes, so only such
      // a record can hold a line break inside a value.
      let lines = 1;
      let plain = fields.length - 1 + newline.length;
      for (let i = 0; i < fields.length; i++) plain += (fields[i] as string).length;
      if (cursor - lastCursor !== plain) {
        for (let i = 0; i < fields.length; i++) lines += countLineBreaks(fields[i] as string);
      }
      lastCursor = cursor;
      onRecord(fields, errors, lines);
    };

    Papa.parse<string[]>(source, {
      delimiter: ',',
      newline,
      quoteChar: '"',
      escapeChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step: (results, parser) => {
        if (settled) return;
        try {
          onRow(results.data, results.errors, results.meta.cursor);
        } catch (err) {
          settle(err);
          parser.abort();
        }
      },
      complete: () => settle(),
      error: (err: Error) => {
        settle(err instanceof DataError ? err : new DataError(`${file} could not be read: ${err.message}.`, { file }));
      },
    });
  });
}

function readHeader(file: string, fields: readonly string[], columns: readonly string[]): string[] {
  const names = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f));
  if (names.length === 1 && names[0] === '') {
    throw new DataError(`${file} line 1 is blank: expected a header line naming the columns ${columns.join(',')}.`, {
      file,
      line: 1,
    });
  }
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (!columns.includes(name)) {
      throw new DataError(
        `${locate(file, 1, name)}: unknown column ${quote(name)} (field ${i + 1} of the header); expected the columns ${columns.join(',')}.`,
        { file, line: 1, column: name, value: name },
      );
    }
    if (seen.has(name)) {
      throw new DataError(`${locate(file, 1, name)}: the header names column ${quote(name)} twice.`, {
        file,
        line: 1,
        column: name,
        value: name,
      });
    }
    seen.add(name);
  });
  for (const col of columns) {
    if (!seen.has(col)) {
      const got = names.join(',');
      throw new DataError(`${locate(file, 1, col)}: the header lacks this column; it reads ${quote(got)}.`, {
        file,
        line: 1,
        column: col,
        value: got,
      });
    }
  }
  return names;
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

function quoteError(
  file: string,
  line: number,
  fields: readonly string[],
  header: readonly string[] | undefined,
  errors: readonly Papa.ParseError[],
): DataError {
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

/** Line breaks as an editor counts them: CRLF, LF or a lone CR each start a new line. */
export function countLineBreaks(s: string): number {
  // Most values hold no line break; two native scans beat a character loop for them.
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** The file's text, chunk by chunk; rejects invalid UTF-8 with the line it occurs on. A BOM is dropped. */
async function* decodeUtf8(file: string): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  try {
    for await (const chunk of createReadStream(file)) {
      const bytes = chunk as Buffer;
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw badUtf8(file, line + linesBeforeBadByte(bytes));
      }
      line += countLineFeeds(text);
      if (text !== '') yield text;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw badUtf8(file, line);
    }
    if (rest !== '') yield rest;
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw fileError(file, err);
  }
}

function countLineFeeds(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function badUtf8(file: string, line: number): DataError {
  return new DataError(`${locate(file, line)}: the bytes are not valid UTF-8; save the file as UTF-8.`, { file, line });
}

function linesBeforeBadByte(bytes: Buffer): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  return countLineFeeds(at < 0 ? lossy : lossy.slice(0, at));
}

function fileError(file: string, err: unknown): DataError {
  const code = err && typeof err === 'object' && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT') return new DataError(`${file} does not exist.`, { file });
  if (code === 'EISDIR') return new DataError(`${file} is a directory, not a CSV file.`, { file });
  const reason = err instanceof Error ? err.message : String(err);
  return new DataError(`${file} could not be read: ${reason}.`, { file });
}

/**
 * Reads ahead to the first line break to learn the file's line ending, so papaparse is told it
 * instead of guessing from a first chunk that might end mid-line.
 */
async function detectNewline(chunks: AsyncIterator<string>): Promise<{ newline: '\n' | '\r\n' | '\r'; head: string[] }> {
  const head: string[] = [];
  let sawCr = false;
  let buffered = 0;
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    const text = next.value;
    if (sawCr && text.startsWith('\n')) return { newline: '\r\n', head: [...head, text] };
    head.push(text);
    buffered += text.length;
    const lf = text.indexOf('\n');
    if (lf >= 0) return { newline: lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n', head };
    if (text.includes('\r')) sawCr = true;
    if (buffered > 1 << 20) break;
  }
  return { newline: sawCr ? '\r' : '\n', head };
}

/** Yields the read-ahead chunks, then the rest; closes the file if the consumer stops early. */
async function* replay(head: readonly string[], rest: AsyncIterator<string>): AsyncGenerator<string, void, undefined> {
  try {
    yield* head;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await rest.return?.();
  }
}
