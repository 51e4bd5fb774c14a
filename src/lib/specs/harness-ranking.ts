import type { TopLevelSpec } from 'vega-lite';
import type { HarnessStats } from '../aggregate/harnesses';
import { formatRatePasses } from '../format';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, listText, plotSize, sortedUnique, statFields, statTips, tip, type FigureOptions } from './common';

/**
 * Pass rate per harness as horizontal bars in the order of `rows` (harnessStats sorts best
 * first), each with its 95% Wilson interval as a rule and its rate and passes as text.
 *
 * The interval is always drawn, whatever the number of seeds per cell: it describes the binomial
 * uncertainty of a rate over its runs, and a harness's rate is over many runs (every model and
 * task) even when each cell ran once. Drawing it only for multi-seed sweeps would hide exactly
 * how little separates harnesses a few passes apart.
 */
export function harnessRankingSpec(rows: readonly HarnessStats[], opts: FigureOptions = {}): TopLevelSpec {
  if (rows.length === 0) throw new RangeError('harnessRankingSpec: there are no harnesses to draw.');
  const sweeps = sortedUnique(rows.map((r) => r.sweep));
  if (sweeps.length !== 1) throw new RangeError(`harnessRankingSpec: expected the rows of one sweep, got sweeps ${sweeps.join(', ')}.`);
  const sweep = sweeps[0] as string;
  const { width, height } = plotSize(opts, 480, Math.max(100, rows.length * 34));
  const values = rows.map((r) => {
    const s = statFields(r);
    return { sweep: r.sweep, harness: r.harness, ...s, barLabel: `${s.rateLabel} (${s.passesLabel})` };
  });
  const description =
    `Bar chart of the pass rate of ${rows.length} harnesses in sweep ${sweep}, best first, with 95% Wilson intervals: ` +
    `${listText(rows.map((r) => `${r.harness} ${formatRatePasses(r.passed, r.runs)} (${r.passed}/${r.runs})`))}.`;
  const tooltip = [tip('harness', 'Harness'), tip('sweep', 'Sweep'), ...statTips()];
  const rateScale = { domain: [0, 1], nice: false };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Pass rate per harness, sweep ${sweep}`,
    description,
    width,
    height,
    data: { values },
    encoding: {
      y: { field: 'harness', type: 'nominal' as const, sort: rows.map((r) => r.harness), title: null },
      tooltip,
    },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          x: { field: 'rate', type: 'quantitative' as const, title: 'Pass rate', scale: rateScale, axis: { format: RATE_AXIS_FORMAT, tickCount: 5 } },
        },
      },
      {
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: { x: { field: 'ciLo', type: 'quantitative' as const, title: 'Pass rate' }, x2: { field: 'ciHi' } },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: LABEL_FONT_SIZE },
        encoding: { x: { field: 'ciHi', type: 'quantitative' as const, title: 'Pass rate' }, text: { field: 'barLabel', type: 'nominal' } },
      },
    ],
  };
}
