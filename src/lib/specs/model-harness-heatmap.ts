import type { TopLevelSpec } from 'vega-lite';
import type { ModelHarnessStats } from '../aggregate/model-harness';
import { formatRatePasses } from '../format';
import { VEGA_LITE_SCHEMA, byName, plotSize, statFields, statTips, tip, totalRate, type FigureOptions } from './common';
import { HEATMAP_DARK_TEXT_FROM, HEATMAP_TEXT } from './theme';

interface Total {
  key: string;
  passed: number;
  runs: number;
}

/** Groups best first: pass rate (exact), then passes, then name. */
function ranked(rows: readonly ModelHarnessStats[], key: (r: ModelHarnessStats) => string): Total[] {
  const totals = new Map<string, Total>();
  for (const r of rows) {
    const k = key(r);
    const t = totals.get(k) ?? { key: k, passed: 0, runs: 0 };
    t.passed += r.passed;
    t.runs += r.runs;
    totals.set(k, t);
  }
  return [...totals.values()].sort((a, b) => b.passed * a.runs - a.passed * b.runs || b.passed - a.passed || byName(a.key, b.key));
}

/**
 * Pass rate of every (model, harness) cell of one sweep as a heatmap: rows are models, best
 * overall first; columns harnesses, best overall first; each cell prints its passes ("15/16").
 * Colour comes from the theme's heatmap scheme (see theme.ts for why the text colour switches at
 * HEATMAP_DARK_TEXT_FROM). A model that appears at two quants gets one row per quant.
 */
export function modelHarnessHeatmapSpec(rows: readonly ModelHarnessStats[], sweep: string, opts: FigureOptions = {}): TopLevelSpec {
  if (rows.length === 0) throw new RangeError('modelHarnessHeatmapSpec: there are no cells to draw.');
  const quantsOf = new Map<string, Set<string>>();
  for (const r of rows) quantsOf.set(r.model, (quantsOf.get(r.model) ?? new Set()).add(r.quant));
  const rowLabel = (r: ModelHarnessStats): string => ((quantsOf.get(r.model)?.size ?? 0) > 1 ? `${r.model} (${r.quant})` : r.model);
  const modelOrder = ranked(rows, rowLabel);
  const harnessOrder = ranked(rows, (r) => r.harness);
  const { width, height } = plotSize(opts, Math.max(200, harnessOrder.length * 64), Math.max(100, modelOrder.length * 26));
  const values = rows.map((r) => ({ sweep, model: r.model, quant: r.quant, harness: r.harness, row: rowLabel(r), ...statFields(r) }));
  const cells = [...rows].sort((a, b) => b.passed * a.runs - a.passed * b.runs || byName(rowLabel(a), rowLabel(b)) || byName(a.harness, b.harness));
  const best = cells[0] as ModelHarnessStats;
  const worst = cells[cells.length - 1] as ModelHarnessStats;
  const all = totalRate(rows);
  const describe = (t: Total): string => `${t.key} ${formatRatePasses(t.passed, t.runs)}`;
  const description =
    `Heatmap of pass rates in sweep ${sweep}: ${modelOrder.length} models (rows, best overall first: ${modelOrder.map(describe).join(', ')}) ` +
    `by ${harnessOrder.length} harnesses (columns, best overall first: ${harnessOrder.map(describe).join(', ')}). ` +
    `Each cell shows passes out of runs. Best cell: ${rowLabel(best)} with ${best.harness} at ${best.passed}/${best.runs}; ` +
    `worst: ${rowLabel(worst)} with ${worst.harness} at ${worst.passed}/${worst.runs}. Overall ${formatRatePasses(all.passed, all.runs)}.`;
  const tooltip = [tip('model', 'Model'), tip('quant', 'Quant'), tip('harness', 'Harness'), ...statTips()];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Pass rate per model and harness, sweep ${sweep}`,
    description,
    width,
    height,
    data: { values },
    encoding: {
      x: { field: 'harness', type: 'nominal', sort: harnessOrder.map((t) => t.key), title: 'Harness', axis: { orient: 'top', labelAngle: 0 } },
      y: { field: 'row', type: 'nominal', sort: modelOrder.map((t) => t.key), title: null, axis: { labelLimit: 240 } },
      tooltip,
    },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: {
            field: 'rate',
            type: 'quantitative',
            title: 'Pass rate',
            scale: { domain: [0, 1] },
            legend: { format: '.0%', direction: 'vertical', gradientLength: Math.min(160, height) },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', fontSize: 11 },
        encoding: {
          text: { field: 'passesLabel', type: 'nominal' },
          color: {
            condition: { test: `datum.rate >= ${HEATMAP_DARK_TEXT_FROM}`, value: HEATMAP_TEXT.dark },
            value: HEATMAP_TEXT.light,
          },
        },
      },
    ],
  };
}
