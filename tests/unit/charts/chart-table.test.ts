import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { rowsTable, specCsvRows, specTable } from '../../../src/lib/charts/chart-table';
import { displayValue } from '../../../src/lib/charts/display-value';

describe('specTable', () => {
  it('takes the rows of the unit with tooltips and the tooltip fields as columns, in tooltip order', () => {
    const spec = {
      datasets: { cells: [{ model: 'm', harness: 'pi', rate: 0.8125, time: 581.6, extra: 1 }] },
      data: { name: 'cells' },
      layer: [
        {
          mark: 'point',
          encoding: {
            tooltip: [
              { field: 'harness', type: 'nominal', title: 'Harness' },
              { field: 'model', type: 'nominal' },
              { field: 'rate', type: 'quantitative', title: 'Pass rate', format: '.1%' },
              { field: 'missing', type: 'quantitative' },
            ],
          },
        },
        // A bigger data set without tooltips does not win.
        { data: { values: [{ a: 1 }, { a: 2 }] }, mark: 'rule' },
      ],
    } as unknown as TopLevelSpec;
    expect(specTable(spec)).toEqual({
      columns: [
        { field: 'harness', title: 'Harness', numeric: false },
        { field: 'model', title: 'model', numeric: false },
        { field: 'rate', title: 'Pass rate', format: '.1%', numeric: true },
      ],
      rows: [{ harness: 'pi', model: 'm', rate: 0.8125 }],
    });
  });

  it('without tooltips, uses every field of the largest inline data set', () => {
    const spec = { data: { values: [{ a: 1, b: 'x' }, { a: 2, b: null }] }, mark: 'bar' } as unknown as TopLevelSpec;
    expect(specTable(spec)).toEqual({
      columns: [
        { field: 'a', title: 'a', numeric: true },
        { field: 'b', title: 'b', numeric: false },
      ],
      rows: [{ a: 1, b: 'x' }, { a: 2, b: null }],
    });
  });

  it('is empty when no data is inline', () => {
    expect(specTable({ data: { url: 'x.csv' }, mark: 'bar' } as TopLevelSpec)).toEqual({ columns: [], rows: [] });
  });
});

describe('rowsTable', () => {
  it('collects columns from every row in first-seen order', () => {
    expect(rowsTable([{ a: 1 }, { b: 'x', a: 2 }])).toEqual({
      columns: [
        { field: 'a', title: 'a', numeric: true },
        { field: 'b', title: 'b', numeric: false },
      ],
      rows: [{ a: 1, b: null }, { a: 2, b: 'x' }],
    });
  });
});

describe('displayValue', () => {
  it('prints rates half-even on the exact value, like the published tables', () => {
    expect(displayValue(65 / 80, { format: '.1%' })).toBe('81.2%');
    expect(displayValue(55 / 80, { format: '.1%' })).toBe('68.8%');
    expect(displayValue(18 / 35, { format: '.0%' })).toBe('51%');
  });
  it('prints fixed decimals and whole numbers, and leaves other formats alone', () => {
    expect(displayValue(581.6, { format: '.0f' })).toBe('582');
    expect(displayValue(2.25, { format: ',.1f' })).toBe('2.2');
    expect(displayValue(34.5, { format: 'd' })).toBe('34');
    expect(displayValue(1234.5, { format: '$,' })).toBe('1234.5');
    expect(displayValue(3, {})).toBe('3');
  });
  it('prints booleans, strings and missing values', () => {
    expect(displayValue(true, {})).toBe('yes');
    expect(displayValue('pi', { format: '.1%' })).toBe('pi');
    expect(displayValue(null, {})).toBe('');
  });
});

describe('numbers printed for reading', () => {
  it('count as numeric columns, names and intervals do not', () => {
    const t = rowsTable([
      { passes: '65/80', rate: '81.2%', time: '582 s', delta: '+2', model: 'gpt-oss-20b', ci: '50.0% to 60.1%' },
      { passes: '1,360/1,360', rate: '9.5%', time: '34 s', delta: '-6', model: 'Qwen3.6-27B', ci: '1.0% to 2.0%' },
    ]);
    expect(t.columns.map((c) => [c.field, c.numeric])).toEqual([
      ['passes', true],
      ['rate', true],
      ['time', true],
      ['delta', true],
      ['model', false],
      ['ci', false],
    ]);
  });
});

describe('specCsvRows', () => {
  it('gives every raw field of the table rows, unformatted', () => {
    const spec = {
      data: { values: [{ model: 'm', rate: 0.8125, rateLabel: '81.2%' }, { model: 'n', rate: 0.5, extra: true }] },
      mark: 'point',
      encoding: { tooltip: [{ field: 'rateLabel', type: 'nominal' }] },
    } as unknown as TopLevelSpec;
    expect(specCsvRows(spec)).toEqual({
      header: ['model', 'rate', 'rateLabel', 'extra'],
      rows: [
        ['m', 0.8125, '81.2%', null],
        ['n', 0.5, null, true],
      ],
    });
  });
});
