import { describe, expect, it } from 'vitest';
import { harnessBenchChart } from '../../../src/benchmarks/harness-bench/charts';
import { loadHarnessBench } from '../../../src/benchmarks/harness-bench/load';
import { cellStats } from '../../../src/benchmarks/harness-bench/stats';
import { buildChart } from '../../../src/lib/charts/build-chart';
import { dataset } from '../../../src/lib/data/dataset';
import { formatDecimal } from '../../../src/lib/format';

/**
 * data/harness-bench/cells.csv holds the benchmark as the original write-up published it, one row
 * per cell (runs, passes, pass rate, mean time), with no per-run data. A chart drawn from it must
 * say what the same chart drawn from the runs says.
 */
describe('the pre-aggregated cells of harness-bench', () => {
  it('agree with the runs, cell by cell', async () => {
    const cells = await dataset('harness-bench/cells');
    // No datapackage resource describes it: its types are inferred.
    expect(cells.schema.declared).toBe(false);
    expect(cells.rows).toHaveLength(85);
    const fromRuns = new Map(cellStats((await loadHarnessBench('data/harness-bench')).runs).map((c) => [JSON.stringify([c.sweep, c.model, c.quant, c.harness]), c]));
    for (const row of cells.rows) {
      const c = fromRuns.get(JSON.stringify([row['sweep'], row['model'], row['quant'], row['harness']]));
      expect(c, JSON.stringify(row)).toBeDefined();
      expect([row['runs'], row['passed']]).toEqual([c?.runs, c?.passed]);
      // The CSV rounds the mean to 3 decimals; so must the mean of the runs.
      expect(formatDecimal(row['mean_time_s'] as number, 3)).toBe(formatDecimal(c?.avgTimeS ?? 0, 3));
    }
  });

  it('draw the same Pareto frontier as the runs do', async () => {
    const perCell = await buildChart(
      'Frontier',
      { data: 'harness-bench/cells', x: 'mean_time_s', y: 'pass_rate', by: ['sweep', 'model', 'quant', 'harness'], pointLabel: '{model} {quant} + {harness}' },
      (name) => dataset(name),
    );
    const preset = harnessBenchChart('Frontier');
    if (!preset) throw new Error('no Frontier preset');
    const perRun = await buildChart('Frontier', await preset({}, (name) => dataset(name)), (name) => dataset(name));
    const frontier = (m: typeof perRun) => m.table.rows.filter((r) => r[r.length - 1] === 'yes').map((r) => r.slice(0, 4).join(' '));
    // The published frontier: gpt-oss-120b MXFP4 + pi (15/16 in 34 s) and Qwen3.6-27B UD-Q4_K_XL + pi (16/16 in 207 s).
    expect(frontier(perCell).sort()).toEqual(['q4 Qwen3.6-27B UD-Q4_K_XL pi', 'q4 gpt-oss-120b MXFP4 pi']);
    expect(frontier(perRun).sort()).toEqual(frontier(perCell).sort());
  });
});
