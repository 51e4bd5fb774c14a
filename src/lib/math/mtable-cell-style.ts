/**
 * The layout attributes of a MathML `<mtable>` that MathML Core dropped, and so Chromium ignores:
 * column alignment, the space between rows and columns, and rules between them. KaTeX writes them
 * for `aligned`, `cases`, matrices and arrays; without them an `aligned` block comes out centred
 * cell by cell, with the "=" signs adrift. This turns them into the CSS of each `<mtd>`, which
 * every browser applies.
 */
export interface MtableLayout {
  readonly columnalign?: string | undefined;
  readonly rowspacing?: string | undefined;
  readonly columnspacing?: string | undefined;
  readonly columnlines?: string | undefined;
  readonly rowlines?: string | undefined;
}

/** The attributes this module reads, so a caller can remove them once they are CSS. */
export const MTABLE_LAYOUT_ATTRIBUTES = ['columnalign', 'rowspacing', 'columnspacing', 'columnlines', 'rowlines'] as const;

/** MathML 3's defaults: 1.0ex between rows, 0.8em between columns, cells centred, no rules. */
const DEFAULT_ROW_SPACING = '1ex';
const DEFAULT_COLUMN_SPACING = '0.8em';

/** The i-th entry of a MathML list attribute, whose last entry repeats. */
function nth(list: string | undefined, i: number, fallback: string): string {
  const items = (list ?? '').trim().split(/\s+/).filter(Boolean);
  if (items.length === 0) return fallback;
  return items[Math.min(i, items.length - 1)] as string;
}

/** Half of a CSS length ("0.25em" -> "0.125em"), for the share of a gap each neighbouring cell pads. */
function half(length: string): string {
  const m = /^(-?(?:\d+\.?\d*|\.\d+))([a-z%]*)$/i.exec(length);
  if (!m) return `calc(${length} / 2)`;
  const value = Number(m[1]) / 2;
  return value === 0 ? '0' : `${Number(value.toPrecision(6))}${m[2]}`;
}

const RULE = '0.06em';

function rule(kind: string): string | undefined {
  return kind === 'solid' || kind === 'dashed' ? `${RULE} ${kind}` : undefined;
}

/**
 * The inline style for the cell in row `row` and column `column` (from 0) of a table with `rows`
 * rows, whose row holds `columns` cells. Gaps are split between the two cells beside them and
 * there is none outside the first and last row or column, as in MathML 3.
 */
export function mtableCellStyle(layout: MtableLayout, row: number, column: number, rows: number, columns: number): string {
  const top = row > 0 ? half(nth(layout.rowspacing, row - 1, DEFAULT_ROW_SPACING)) : '0';
  const bottom = row < rows - 1 ? half(nth(layout.rowspacing, row, DEFAULT_ROW_SPACING)) : '0';
  const left = column > 0 ? half(nth(layout.columnspacing, column - 1, DEFAULT_COLUMN_SPACING)) : '0';
  const right = column < columns - 1 ? half(nth(layout.columnspacing, column, DEFAULT_COLUMN_SPACING)) : '0';
  const declarations = [`padding:${top} ${right} ${bottom} ${left}`];
  const align = nth(layout.columnalign, column, 'center');
  if (align === 'left' || align === 'right') declarations.push(`text-align:${align}`);
  const columnRule = column < columns - 1 ? rule(nth(layout.columnlines, column, 'none')) : undefined;
  if (columnRule) declarations.push(`border-right:${columnRule}`);
  const rowRule = row < rows - 1 ? rule(nth(layout.rowlines, row, 'none')) : undefined;
  if (rowRule) declarations.push(`border-bottom:${rowRule}`);
  return declarations.join(';');
}
