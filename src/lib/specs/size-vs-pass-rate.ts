import type { TopLevelSpec } from 'vega-lite';
import type { ModelStats } from '../aggregate/models';
import type { ModelInfo } from '../data/types';
import { formatDecimal, formatRatePasses } from '../format';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, listText, plotSize, sortedUnique, statFields, statTips, tip, type FigureOptions } from './common';
import { labelWidth, placeLabels, type LabelSpot } from './place-labels';
import { linearY, linearYInverse, logX, logXInverse, niceLogDomain } from './pixel-scale';

const RATE_DOMAIN = [0, 1] as const;
/** Point areas in px² for no active parameters and for the most. */
const SIZE_RANGE = [30, 600] as const;

/** "27", "5.1": parameter counts in billions as the model cards print them. */
function paramsText(b: number): string {
  return Number.isInteger(b) ? String(b) : formatDecimal(b, 1);
}

/**
 * One point per model of one sweep: total parameters (log axis) against pass rate, point area
 * proportional to active parameters, colour by family, each point labelled with its model.
 * `rows` are modelStats of that sweep; `models` supplies sizes and families.
 */
export function sizeVsPassRateSpec(rows: readonly ModelStats[], models: readonly ModelInfo[], opts: FigureOptions = {}): TopLevelSpec {
  if (rows.length === 0) throw new RangeError('sizeVsPassRateSpec: there are no models to draw.');
  const sweeps = sortedUnique(rows.map((r) => r.sweep));
  if (sweeps.length !== 1) throw new RangeError(`sizeVsPassRateSpec: expected the rows of one sweep, got sweeps ${sweeps.join(', ')}.`);
  const info = new Map(models.map((m) => [m.model, m]));
  const { width, height } = plotSize(opts, 520, 340);
  const joined = rows.map((r) => {
    const m = info.get(r.model);
    if (m === undefined) throw new RangeError(`sizeVsPassRateSpec: model "${r.model}" has no size in the model list.`);
    return { r, m };
  });
  const totals = joined.map(({ m }) => m.totalParamsB);
  const sizeDomain = niceLogDomain(Math.min(...totals), Math.max(...totals));
  const maxActive = Math.max(...joined.map(({ m }) => m.activeParamsB));
  // Radius of each point from the size scale below (linear in area from 0 to the largest model).
  const radius = (active: number): number => Math.sqrt((SIZE_RANGE[0] + ((SIZE_RANGE[1] - SIZE_RANGE[0]) * active) / maxActive) / Math.PI);
  const spots = placeLabels(
    joined.map(({ r, m }) => ({
      x: logX(m.totalParamsB, sizeDomain, width),
      y: linearY(r.rate, RATE_DOMAIN, height),
      r: radius(m.activeParamsB),
      width: labelWidth(r.model, LABEL_FONT_SIZE),
    })),
    { width, height },
    LABEL_FONT_SIZE,
  );
  const values = joined.map(({ r, m }, i) => ({
    sweep: r.sweep,
    model: r.model,
    quant: r.quant,
    family: m.family,
    totalParamsB: m.totalParamsB,
    activeParamsB: m.activeParamsB,
    paramsLabel: `${paramsText(m.totalParamsB)}B total, ${paramsText(m.activeParamsB)}B active`,
    ...statFields(r),
    labelX: logXInverse((spots[i] as LabelSpot).x, sizeDomain, width),
    labelRate: linearYInverse((spots[i] as LabelSpot).y, RATE_DOMAIN, height),
  }));
  const families = sortedUnique(joined.map(({ m }) => m.family));
  const best = rows.reduce((a, b) => (b.passed * a.runs > a.passed * b.runs ? b : a));
  const bestInfo = info.get(best.model) as ModelInfo;
  const largest = joined.reduce((a, b) => (b.m.totalParamsB > a.m.totalParamsB ? b : a));
  const description =
    `Scatter plot of the ${rows.length} models of sweep ${sweeps[0] as string}: total parameters (log scale) against pass rate, ` +
    `point size by active parameters, colour by family (${listText(families)}). ` +
    `Highest pass rate: ${best.model} (${paramsText(bestInfo.totalParamsB)}B total) at ${formatRatePasses(best.passed, best.runs)}; ` +
    `largest model: ${largest.r.model} (${paramsText(largest.m.totalParamsB)}B total, ${paramsText(largest.m.activeParamsB)}B active) ` +
    `at ${formatRatePasses(largest.r.passed, largest.r.runs)}.`;
  const tooltip = [tip('model', 'Model'), tip('quant', 'Quant'), tip('family', 'Family'), tip('paramsLabel', 'Parameters'), ...statTips()];
  const x = {
    field: 'totalParamsB',
    type: 'quantitative' as const,
    title: 'Total parameters (billions, log scale)',
    scale: { type: 'log' as const, domain: sizeDomain, nice: false },
    axis: { format: '~s', grid: true },
  };
  const y = {
    field: 'rate',
    type: 'quantitative' as const,
    title: `Pass rate (sweep ${sweeps[0] as string})`,
    scale: { domain: [...RATE_DOMAIN], nice: false, zero: false },
    axis: { format: RATE_AXIS_FORMAT },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: 'Model size against pass rate',
    description,
    width,
    height,
    data: { values },
    layer: [
      {
        mark: { type: 'point', filled: true, opacity: 0.8, stroke: null },
        encoding: {
          x,
          y,
          size: {
            field: 'activeParamsB',
            type: 'quantitative' as const,
            title: 'Active parameters (B)',
            // Area grows linearly with active parameters; the floor keeps 3B models visible.
            scale: { type: 'linear', domain: [0, maxActive], range: [...SIZE_RANGE] },
          },
          color: { field: 'family', type: 'nominal' as const, title: 'Family', scale: { domain: families } },
          tooltip,
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: LABEL_FONT_SIZE },
        encoding: { x: { ...x, field: 'labelX' }, y: { ...y, field: 'labelRate' }, text: { field: 'model', type: 'nominal' }, tooltip },
      },
    ],
  };
}
