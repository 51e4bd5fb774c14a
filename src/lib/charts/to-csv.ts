export type CsvValue = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula: starting with =, +, -, @, tab or CR (OWASP's list). */
const FORMULA = /^[=+\-@\t\r]/;
/** A plain number, which a spreadsheet reads as a number whatever its sign. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that would
 * start a formula in a spreadsheet gets a leading "'" (CSV injection, OWASP), so a model named
 * "=HYPERLINK(...)" stays text when a reader opens the file; plain numbers are left alone.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA.test(s) && !NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV document with a header row, every line ended by `newline` (CRLF, as RFC 4180 asks, by
 * default). Written here rather than with papaparse's unparse because the same code runs in the
 * reader's browser for downloads, where papaparse would add some 20 KB for these few lines.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, newline: '\r\n' | '\n' = '\r\n'): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(`toCsv: row ${i + 1} has ${row.length} fields, the header has ${header.length}.`);
    }
  }
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}${newline}`).join('');
}
