/**
 * Whether a table cell's text reads as a number, so its column can be right-aligned with
 * tabular figures. Covers how this site prints numbers: counts, decimals, signed deltas,
 * percentages, ratios such as "65/80", rates with their count ("44/64, 68.8%") and durations such as "582 s". Empty cells and dashes
 * count as numeric so that a missing value does not break a numeric column.
 */
const NUMERIC = /^[+\-−]?\d[\d,]*(\.\d+)?\s*(%|s|ms|x|×|KB|MB|GB|B)?$/;
const RATIO = /^\d+\s*\/\s*\d+$/;
/** A rate with its count, as tables print the mean of a 0/1 column: "44/64, 68.8%". */
/** A rank, or a range of ranks: "2", "1–3". */
const RANKS = /^\d+(?:\s*[–-]\s*\d+)?$/;
const RATE_WITH_COUNT = /^\d+\s*\/\s*\d+,\s*\d+(\.\d+)?%$/;
const PLACEHOLDER = /^(|—|–|-|n\/a)$/i;

export function isNumericCell(text: string): boolean {
  const t = text.trim();
  return NUMERIC.test(t) || RATIO.test(t) || RATE_WITH_COUNT.test(t) || RANKS.test(t) || PLACEHOLDER.test(t);
}

/** A column is numeric when every body cell is numeric and at least one is not a placeholder. */
export function isNumericColumn(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every(isNumericCell) && cells.some((c) => !PLACEHOLDER.test(c.trim()));
}
