import type { TopLevelSpec } from 'vega-lite';
import type { CellStats } from '../aggregate/cells';
import { paretoFrontier } from '../aggregate/pareto';
import { formatPasses, formatSeconds } from '../format';
import {
  LABEL_FONT_SIZE,
  RATE_AXIS_FORMAT,
  VEGA_LITE_SCHEMA,
  listText,
  plotSize,
  sortedUnique,
  statFields,
  statTips,
  tip,
  type FigureOptions,
} from './common';
import { placeLabels, labelWidth } from './place-labels';
import { linearY, linearYInverse, logX, logXInverse, niceLogDomain } from './pixel-scale';

export interface SpeedVsAccuracyOptions extends FigureOptions {
  /** Colour-scale domain for models, so every chart gives a model the same colour. Default: the models in rows, by name. */
  modelDomain?: readonly string[];
}

/** "Qwen3.6-27B UD-Q4_K_XL + pi". */
export function cellLabel(c: { model: string; quant: string; harness: string }): string {
  return `${c.model} ${c.quant} + ${c.harness}`;
}

/** Symbol areas in px² of cells and of the rings around frontier cells, and their radii. */
const POINT_SIZE = 60;
const RING_SIZE = 220;
const POINT_RADIUS = Math.sqrt(POINT_SIZE / Math.PI);
const RING_RADIUS = Math.sqrt(RING_SIZE / Math.PI) + 1;

/**
 * Every (sweep, model, quant, harness) cell at (mean agent time per task, pass rate): time on a
 * log axis because cells span more than an order of magnitude, colour by model, shape by harness.
 * The Pareto frontier (cells no other cell beats on both time and rate, computed over all rows)
 * is drawn as a step line, since the best rate reachable within a time budget only changes at
 * frontier cells, and its cells are ringed and labelled.
 */
export function speedVsAccuracySpec(rows: readonly CellStats[], opts: SpeedVsAccuracyOptions = {}): TopLevelSpec {
  if (rows.length === 0) throw new RangeError('speedVsAccuracySpec: there are no cells to draw.');
  const { width, height } = plotSize(opts, 560, 360);
  // The live chart zooms, so Vega-Lite clips its marks to the plot; room above 100% keeps the
  // ring of a cell that passes everything whole.
  const rateDomain = [0, 1 / (1 - (RING_RADIUS + 2) / height)] as const;
  // Fastest first, the order in which a reader follows the frontier.
  const onFrontier = paretoFrontier(rows);
  const frontier = new Set(onFrontier);
  const times = rows.map((r) => r.avgTimeS);
  const minTime = Math.min(...times);
  if (!(minTime > 0)) throw new RangeError('speedVsAccuracySpec: mean times must be positive for the log time axis.');
  const timeDomain = niceLogDomain(minTime, Math.max(...times));

  // Frontier cells first, so their labels get the best spots; the other cells are obstacles.
  const px = (r: CellStats) => ({ x: logX(r.avgTimeS, timeDomain, width), y: linearY(r.rate, rateDomain, height) });
  const spots = placeLabels(
    onFrontier.map((r) => ({ ...px(r), r: RING_RADIUS, width: labelWidth(cellLabel(r), LABEL_FONT_SIZE) })),
    { width, height },
    LABEL_FONT_SIZE,
    rows.filter((r) => !frontier.has(r)).map((r) => ({ ...px(r), r: POINT_RADIUS })),
  );
  const labelAt = new Map(
    onFrontier.map((r, i) => {
      const spot = spots[i] as { x: number; y: number };
      return [r, { labelX: logXInverse(spot.x, timeDomain, width), labelRate: linearYInverse(spot.y, rateDomain, height) }];
    }),
  );

  const values = rows.map((r) => ({
    sweep: r.sweep,
    model: r.model,
    quant: r.quant,
    harness: r.harness,
    label: cellLabel(r),
    ...statFields(r),
    onFrontier: frontier.has(r),
    frontierLabel: frontier.has(r) ? 'yes' : 'no',
    ...(labelAt.get(r) ?? { labelX: r.avgTimeS, labelRate: r.rate }),
  }));
  const models = opts.modelDomain ? [...opts.modelDomain] : sortedUnique(rows.map((r) => r.model));
  const harnesses = sortedUnique(rows.map((r) => r.harness));
  const sweeps = sortedUnique(rows.map((r) => r.sweep));

  const description =
    `Scatter plot of ${rows.length} cells (${sweeps.length === 1 ? `sweep ${sweeps[0] as string}` : `sweeps ${listText(sweeps)}`}; ` +
    `${models.length} models, ${harnesses.length} harnesses) by mean agent time per task (log scale) and pass rate, ` +
    `coloured by model, shaped by harness. ` +
    `The Pareto frontier, where no other cell is both faster and at least as accurate, holds ${onFrontier.length} ` +
    `${onFrontier.length === 1 ? 'cell' : 'cells'}: ` +
    `${listText(onFrontier.map((r) => `${cellLabel(r)} (${r.sweep}, ${formatPasses(r.passed, r.runs)} in ${formatSeconds(r.avgTimeS)})`))}.`;

  const tooltip = [
    tip('label', 'Cell'),
    tip('sweep', 'Sweep'),
    tip('model', 'Model'),
    tip('quant', 'Quant'),
    tip('harness', 'Harness'),
    ...statTips(),
    tip('frontierLabel', 'On the frontier'),
  ];
  const x = {
    field: 'avgTimeS',
    type: 'quantitative' as const,
    title: 'Mean agent time per task (s, log scale)',
    scale: { type: 'log' as const, domain: timeDomain, nice: false },
    axis: { format: '~s', grid: true },
  };
  const y = {
    field: 'rate',
    type: 'quantitative' as const,
    title: 'Pass rate',
    scale: { domain: [...rateDomain], nice: false, zero: false },
    axis: { format: RATE_AXIS_FORMAT },
  };
  const frontierOnly = [{ filter: 'datum.onFrontier' }];

  return {
    $schema: VEGA_LITE_SCHEMA,
    title: 'Speed against accuracy per cell, with the Pareto frontier',
    description,
    width,
    height,
    data: { values },
    layer: [
      {
        transform: frontierOnly,
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 1.5, strokeDash: [4, 3] },
        encoding: { x, y, order: { field: 'avgTimeS', type: 'quantitative' }, tooltip },
      },
      {
        mark: { type: 'point', filled: true, size: POINT_SIZE, opacity: 0.85 },
        encoding: {
          x,
          y,
          color: { field: 'model', type: 'nominal' as const, title: 'Model', scale: { domain: models } },
          shape: { field: 'harness', type: 'nominal' as const, title: 'Harness', scale: { domain: harnesses } },
          tooltip,
        },
      },
      {
        transform: frontierOnly,
        mark: { type: 'point', filled: false, size: RING_SIZE, strokeWidth: 1.5 },
        encoding: { x, y, tooltip },
      },
      {
        transform: frontierOnly,
        mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: LABEL_FONT_SIZE },
        encoding: {
          x: { ...x, field: 'labelX' },
          y: { ...y, field: 'labelRate' },
          text: { field: 'label', type: 'nominal' },
          tooltip,
        },
      },
    ],
  };
}
