export type CsvValue = string | number | boolean | null | undefined;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document with a header row; lines end in CRLF as RFC 4180 asks, including the last. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(`toCsv: row ${i + 1} has ${row.length} fields, the header has ${header.length}.`);
    }
  }
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
