import type { TopLevelSpec } from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/lib/charts/build-chart';
import type { ChartModel } from '../../../src/lib/charts/chart-kind';
import { isObject, specObject } from '../../../src/lib/charts/json';
import { CHART_KINDS, type ChartKindName } from '../../../src/lib/charts/kinds';
import { compileToVega } from '../../../src/lib/render/compile-to-vega';
import { memoryDataset, memoryLoader } from '../support/memory-dataset';
import { QA_RUNS as QA } from '../support/qa-runs';
import { vegaLiteValidators } from '../specs/support';

/**
 * Every chart kind on a small dataset of its own shape (a retrieval QA eval: questions answered
 * by two models with two retrievers), against values worked out by hand from its rows
 * (tests/unit/support/qa-runs.ts).
 */
const load = memoryLoader(QA);

function chart(component: ChartKindName, props: Record<string, unknown>): Promise<ChartModel> {
  return buildChart(component, { data: 'qa/runs', ...props }, load);
}

function values(model: ChartModel): Array<Record<string, unknown>> {
  const data = specObject(model.spec)['data'];
  return isObject(data) && Array.isArray(data['values']) ? (data['values'] as Array<Record<string, unknown>>) : [];
}

const CHARTS: Array<[ChartKindName, Record<string, unknown>]> = [
  ['Frontier', { x: 'cost_usd', y: 'faithful', by: ['model', 'retriever'], color: 'model', shape: 'retriever' }],
  ['Heatmap', { row: 'model', column: 'retriever', value: 'faithful', drill: 'question' }],
  ['Slope', { series: 'model', across: 'retriever', from: 'bm25', to: 'hybrid', value: 'faithful' }],
  ['RankingBars', { by: 'retriever', value: 'helpfulness' }],
  ['Scatter', { x: 'cost_usd', y: 'helpfulness', by: 'model', color: 'model' }],
];

describe('chart kinds on a dataset of another shape', () => {
  // Compiling the Vega-Lite schema takes seconds on a busy machine; once, outside any test's time limit.
  beforeAll(() => {
    vegaLiteValidators();
  }, 120_000);

  it('Frontier: one point per group at its means, the frontier the cheap and the faithful A points', async () => {
    const m = await chart('Frontier', CHARTS[0]?.[1] ?? {});
    // A/bm25 0.01, 1/2; A/hybrid 0.02, 2/2; B/bm25 0.10, 0/2; B/hybrid 0.20, 1/2. B is beaten by A on both.
    expect(m.table.rows).toEqual([
      ['A', 'bm25', '1/2, 50.0%', '0.010', 'yes'],
      ['A', 'hybrid', '2/2, 100.0%', '0.020', 'yes'],
      ['B', 'bm25', '0/2, 0.0%', '0.100', 'no'],
      ['B', 'hybrid', '1/2, 50.0%', '0.200', 'no'],
    ]);
    expect(m.description).toContain('The Pareto frontier, where no other point has both a lower cost_usd and an equal or higher faithful, holds 2 points: A, bm25 (faithful 1/2, 50.0%; cost_usd 0.010) and A, hybrid (faithful 2/2, 100.0%; cost_usd 0.020).');
    // Costs span 20 times: a linear axis.
    const layer = specObject(m.spec)['layer'] as Array<{ encoding?: { x?: { scale?: { type?: string } } } }>;
    expect(layer[1]?.encoding?.x?.scale?.type).toBe('linear');
  });

  it('Frontier: higher x better flips the frontier', async () => {
    const m = await chart('Frontier', { x: 'cost_usd', y: 'faithful', by: ['model', 'retriever'], xBetter: 'higher' });
    // Higher cost and higher faithfulness are better: B/hybrid has the highest cost, A/hybrid the
    // highest rate, and A/hybrid beats A/bm25 and B/bm25 on both. The table lists points in data order.
    expect(m.table.rows.filter((r) => r[4] === 'yes').map((r) => `${r[0]}/${r[1]}`)).toEqual(['A/hybrid', 'B/hybrid']);
  });

  it('Heatmap: rows and columns best first, counts in the cells, and each cell\'s rows for the drill-down', async () => {
    const m = await chart('Heatmap', CHARTS[1]?.[1] ?? {});
    // A 3/4 before B 1/4; hybrid 3/4 before bm25 1/4.
    expect(m.table.rows).toEqual([
      ['A', 'hybrid', '2/2, 100.0%'],
      ['A', 'bm25', '1/2, 50.0%'],
      ['B', 'hybrid', '1/2, 50.0%'],
      ['B', 'bm25', '0/2, 0.0%'],
    ]);
    expect(values(m).find((v) => v['model'] === 'A' && v['retriever'] === 'hybrid')?.['cellText']).toBe('2/2');
    // Drill-down: the question, then the columns that vary within some cell (faithful, helpfulness);
    // cost is the same within every cell and is left out, as are the cell's own model and retriever.
    expect(m.drill?.columns.map((c) => c.title)).toEqual(['question', 'faithful', 'helpfulness']);
    expect(m.drill?.cells['["A","bm25"]']).toEqual([
      ['q1', 'yes', '4'],
      ['q2', 'no', '3'],
    ]);
  });

  it('Slope: one line per series from its mean at `from` to its mean at `to`, with the change', async () => {
    const m = await chart('Slope', CHARTS[2]?.[1] ?? {});
    // A: 1/2 -> 2/2 (+1); B: 0/2 -> 1/2 (+1); sorted by the left value, highest first.
    expect(m.table.rows).toEqual([
      ['A', '1/2, 50.0%', '2/2, 100.0%', '+1'],
      ['B', '0/2, 0.0%', '1/2, 50.0%', '+1'],
    ]);
    expect(m.description).toContain('2 up, 0 down, 0 unchanged; in total 1/4, 25.0% to 3/4, 75.0% (+2).');
  });

  it('Slope with pairBy: each change tested pair by pair, the ones within the noise muted and said so', async () => {
    const m = await chart('Slope', { ...(CHARTS[2]?.[1] ?? {}), pairBy: 'question' });
    // A: q1 1 -> 1, q2 0 -> 1: one discordant pair, exact McNemar p = 2 P(X <= 0), X ~ Bin(1, 1/2) = 1.
    // B: q1 0 -> 1, q2 0 -> 0: the same. Neither change can be told from noise.
    expect(m.table.columns.map((c) => c.title)).toEqual(['model', 'bm25', 'hybrid', 'Change', '95% interval', 'Paired test']);
    expect(m.table.rows.map((r) => r[5])).toEqual(['exact McNemar p = 1.00, within the noise', 'exact McNemar p = 1.00, within the noise']);
    expect(values(m).every((v) => v['muted'] === true)).toBe(true);
    expect(m.description).toContain('None of the 2 changes is distinguishable from noise (exact McNemar test at 95%, paired by question); all are drawn muted.');
    expect(m.method).toContain('tested pair by pair over question, with the exact McNemar test at 95% (two-sided)');
    await expect(chart('Slope', { ...(CHARTS[2]?.[1] ?? {}), pairBy: 'cost_usd' })).rejects.toThrow('<Slope>: model "A": pairByKey: pairing on cost_usd left');
  });

  it('RankingBars: the mean per bar with its Student t interval, best first', async () => {
    const m = await chart('RankingBars', CHARTS[3]?.[1] ?? {});
    // hybrid 5, 4, 3, 4: mean 4, sd sqrt(2/3) = 0.8165, se 0.4082, t(0.975, 3) = 3.1824 -> 4 -/+ 1.2992.
    // bm25 4, 3, 2, 3: mean 3, the same spread -> 3 -/+ 1.2992.
    expect(m.table.rows).toEqual([
      ['hybrid', '4.00', '2.70 to 5.30'],
      ['bm25', '3.00', '1.70 to 4.30'],
    ]);
  });

  it('Scatter: one point per group at its means, and how many rows were left out', async () => {
    const m = await chart('Scatter', CHARTS[4]?.[1] ?? {});
    // A: cost (0.01 + 0.01 + 0.02 + 0.02) / 4 = 0.015, helpfulness 16 / 4 = 4; B: 0.15 and 3.
    expect(m.table.rows).toEqual([
      ['A', 'A', '0.015', '4.00'],
      ['B', 'B', '0.150', '3.00'],
    ]);
    expect(m.description).toContain('No row is left out.');
    const sparse = memoryDataset('sparse', 'name,x,y\na,1,2\nb,,3\nc,2,\nd,3,4');
    const s = await buildChart('Scatter', { data: 'sparse', x: 'x', y: 'y' }, memoryLoader(sparse));
    expect(s.table.rows).toHaveLength(2);
    expect(s.description).toContain('2 rows without x or y are left out.');
  });

  it('keeps only the rows `where` names, and says which values there are when none match', async () => {
    const m = await chart('RankingBars', { by: 'retriever', value: 'faithful', where: { model: 'A' } });
    expect(m.table.rows.map((r) => r.slice(0, 2))).toEqual([
      ['hybrid', '2/2, 100.0%'],
      ['bm25', '1/2, 50.0%'],
    ]);
    await expect(chart('RankingBars', { by: 'retriever', value: 'faithful', where: { model: 'C' } })).rejects.toThrow(
      '<RankingBars>: no row of "qa/runs" has model "C"; its values are "A", "B".',
    );
  });

  it('names the component, the prop, the column and the columns there are for a column that does not exist', async () => {
    await expect(chart('Frontier', { x: 'cost', y: 'faithful', by: 'model' })).rejects.toThrow(
      '<Frontier>: x="cost" names a column that the dataset "qa/runs" (data/qa/runs.csv) does not have; its columns are question, model, retriever, faithful, helpfulness, cost_usd.',
    );
  });

  it('names the first cell that is not a number when a numeric channel gets a text column', async () => {
    await expect(chart('RankingBars', { by: 'retriever', value: 'model' })).rejects.toThrow(
      '<RankingBars>: value="model" needs a numeric column, but data/qa/runs.csv line 2, column "model" holds "A", which is not a number.',
    );
  });

  it('refuses unknown and ill-typed props, naming them', async () => {
    await expect(chart('Heatmap', { row: 'model', column: 'retriever', value: 'faithful', colour: 'x' })).rejects.toThrow('<Heatmap>: unknown prop "colour"; its props are');
    await expect(chart('Frontier', { x: 'cost_usd', y: 'faithful', by: 'model', xScale: 'logarithmic' })).rejects.toThrow('<Frontier>: prop "xScale": ');
  });

  it.each(CHARTS)('%s gives a spec valid against the Vega-Lite schema that compiles in both themes without a warning', async (component, props) => {
    const m = await chart(component, props);
    const { spec: validate } = vegaLiteValidators();
    expect(validate(m.spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    for (const theme of ['light', 'dark'] as const) {
      const warnings: string[] = [];
      compileToVega(m.spec as TopLevelSpec, theme, { warn: (w) => warnings.push(w) });
      expect(warnings).toEqual([]);
    }
    expect(typeof specObject(m.spec)['description']).toBe('string');
    expect(m.caption).not.toBe('');
  });

  it('has a registry entry for every component it documents', () => {
    expect(Object.keys(CHART_KINDS).sort()).toEqual(['Frontier', 'Heatmap', 'RankingBars', 'Scatter', 'Slope']);
  });
});
