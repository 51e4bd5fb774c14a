/**
 * A table as a report shows it: every value already printed, so the page, the tests and any other
 * output agree to the character. Numeric alignment is left to the renderer, which can tell a
 * numeric column from its printed cells.
 */
export interface DisplayTable {
  columns: string[];
  rows: string[][];
  /** Summary rows under the body (a total), printed like the body. */
  foot: string[][];
}

/** Checks that every row has one cell per column, so a slip in a report shows as an error, not a ragged table. */
export function displayTable(columns: readonly string[], rows: readonly (readonly string[])[], foot: readonly (readonly string[])[] = []): DisplayTable {
  for (const [i, row] of [...rows, ...foot].entries()) {
    if (row.length !== columns.length) {
      throw new RangeError(`Table row ${i + 1} has ${row.length} cells, but the table has ${columns.length} columns (${columns.join(', ')}).`);
    }
  }
  return { columns: [...columns], rows: rows.map((r) => [...r]), foot: foot.map((r) => [...r]) };
}
