import { describe, expect, it } from 'vitest';
import { mtableCellStyle } from '../../../src/lib/math/mtable-cell-style';

describe('mtableCellStyle', () => {
  // KaTeX's \begin{aligned} with three rows: right-aligned left column, left-aligned right column,
  // 0.25em between rows (0.125em on each side of a gap), no space between the columns.
  const aligned = { rowspacing: '0.25em', columnalign: 'right left', columnspacing: '0em' };

  it('aligns the columns of an aligned block and splits the row gaps between neighbours', () => {
    expect(mtableCellStyle(aligned, 0, 0, 3, 2)).toBe('padding:0 0 0.125em 0;text-align:right');
    expect(mtableCellStyle(aligned, 1, 1, 3, 2)).toBe('padding:0.125em 0 0.125em 0;text-align:left');
    expect(mtableCellStyle(aligned, 2, 1, 3, 2)).toBe('padding:0.125em 0 0 0;text-align:left');
  });

  it('repeats the last entry of a list and leaves centred cells to the default', () => {
    const cases = { rowspacing: '0.36em', columnalign: 'left', columnspacing: '1em' };
    expect(mtableCellStyle(cases, 0, 1, 2, 2)).toBe('padding:0 0 0.18em 0.5em;text-align:left');
    const matrix = { rowspacing: '0.16em', columnalign: 'center center', columnspacing: '1em' };
    expect(mtableCellStyle(matrix, 1, 0, 2, 2)).toBe('padding:0.08em 0.5em 0 0');
  });

  it('draws column and row rules between cells, never after the last', () => {
    const array = { columnalign: 'left center right', columnlines: 'solid none', rowlines: 'dashed', columnspacing: '1em', rowspacing: '0.16em' };
    expect(mtableCellStyle(array, 0, 0, 2, 3)).toBe('padding:0 0.5em 0.08em 0;text-align:left;border-right:0.06em solid;border-bottom:0.06em dashed');
    expect(mtableCellStyle(array, 0, 1, 2, 3)).toBe('padding:0 0.5em 0.08em 0.5em;border-bottom:0.06em dashed');
    expect(mtableCellStyle(array, 1, 2, 2, 3)).toBe('padding:0.08em 0 0 0.5em;text-align:right');
  });

  it('uses MathML 3’s defaults, 1ex between rows and 0.8em between columns, when the attributes are missing', () => {
    expect(mtableCellStyle({}, 1, 0, 2, 2)).toBe('padding:0.5ex 0.4em 0 0');
  });

  it('halves a length it cannot parse with calc()', () => {
    expect(mtableCellStyle({ columnspacing: 'var(--gap)' }, 0, 0, 1, 2)).toBe('padding:0 calc(var(--gap) / 2) 0 0');
  });
});
