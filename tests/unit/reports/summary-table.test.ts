import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../../src/lib/reports/summary-table';
import { measure, valueText } from '../../../src/lib/reports/value';
import { QA_RUNS as QA } from '../support/qa-runs';

// Every expectation worked out by hand from the rows of tests/unit/support/qa-runs.ts.

describe('summaryTable', () => {
  it('prints measures per group as charts print them: a 0/1 mean as its count and rate, other numbers at one precision per column', () => {
    const t = summaryTable(QA, { data: 'qa/runs', by: 'model', columns: { Faithful: 'mean(faithful)', Helpfulness: 'mean(helpfulness)', Cost: 'sum(cost_usd)', Rows: 'count()' } });
    // A: 3/4; helpfulness 16/4 = 4; cost 0.06. B: 1/4; 12/4 = 3; 0.60. Costs up to 0.6: three significant digits.
    expect(t.columns).toEqual(['model', 'Faithful', 'Helpfulness', 'Cost', 'Rows']);
    expect(t.rows).toEqual([
      ['A', '3/4, 75.0%', '4.00', '0.060', '4'],
      ['B', '1/4, 25.0%', '3.00', '0.600', '4'],
    ]);
  });

  it('sorts by a column, highest first with "-", and ranks with a bootstrap interval over the shared unit', () => {
    const t = summaryTable(QA, { data: 'qa/runs', by: ['retriever'], columns: { Faithful: 'mean(faithful)' }, sort: 'Faithful' });
    expect(t.rows.map((r) => r[0])).toEqual(['bm25', 'hybrid']);
    // Resampling the two questions: {q1, q1} gives A 2/2 and B 1/2, {q2, q2} A 1/2 and B 0/2, {q1, q2} A 3/4 and B 1/4.
    // A is first in every replicate, B second: the intervals are single ranks, whatever the seed.
    const r = summaryTable(QA, { data: 'qa/runs', by: 'model', columns: { Faithful: 'mean(faithful)' }, sort: '-Faithful', rank: 'Faithful', rankUnit: 'question' });
    expect(r.columns).toEqual(['model', 'Faithful', 'Rank (95% interval)']);
    expect(r.rows).toEqual([
      ['A', '3/4, 75.0%', '1'],
      ['B', '1/4, 25.0%', '2'],
    ]);
  });

  it('names the prop and what it allows when a measure, a sort or a rank does not fit', () => {
    expect(() => summaryTable(QA, { data: 'qa/runs', by: 'model', columns: { Best: 'best(faithful)' } })).toThrow(
      '<DataTable>: the column "Best": "best(faithful)" is not a measure: write one of mean(column), sum(column), count(), min(column), max(column), median(column).',
    );
    expect(() => summaryTable(QA, { data: 'qa/runs', by: 'model', columns: { F: 'mean(faithful)' }, sort: '-Faith' })).toThrow('<DataTable>: sort="-Faith" names no column; the columns are "model", "F"');
    expect(() => summaryTable(QA, { data: 'qa/runs', by: 'model', columns: { N: 'count()' }, rank: 'N' })).toThrow('<DataTable>: rank="N" must name a column that is a mean');
    expect(() => summaryTable(QA, { data: 'qa/runs', by: 'modle', columns: { N: 'count()' } })).toThrow('<DataTable>: by="modle" names a column that the dataset "qa/runs"');
  });
});

describe('valueText and measure', () => {
  it('print one measure as a table does, or a rate alone or its count alone', () => {
    expect(valueText(QA, { data: 'qa/runs', where: { model: 'A' }, value: 'mean(faithful)' })).toBe('3/4, 75.0%');
    expect(valueText(QA, { data: 'qa/runs', where: { model: 'A' }, value: 'mean(faithful)', format: 'rate' })).toBe('75.0%');
    expect(valueText(QA, { data: 'qa/runs', where: { model: 'A' }, value: 'mean(faithful)', format: 'count' })).toBe('3/4');
    // B's ratings 2, 3, 3, 4: mean 3.
    expect(valueText(QA, { data: 'qa/runs', where: { model: 'B' }, value: 'mean(helpfulness)' })).toBe('3.00');
    expect(valueText(QA, { data: 'qa/runs', value: 'count()' })).toBe('8');
    expect(measure(QA, 'sum(cost_usd)', { retriever: 'hybrid' })).toBeCloseTo(0.44, 12);
    expect(() => valueText(QA, { data: 'qa/runs', value: 'mean(helpfulness)', format: 'rate' })).toThrow('<Value>: format="rate" is for the mean of a 0/1 column, and mean(helpfulness) is not one.');
  });
});
