import type { TopLevelSpec } from 'vega-lite';
import { inSentence, listWords } from '../../reports/words';
import { z } from 'zod';
import { groupRows } from '../../aggregate/group-rows';
import { parseMeasure, summarise } from '../../aggregate/measure';
import { paretoFrontier } from '../../aggregate/pareto';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, plotSize, sortedUnique, tip } from '../../specs/common';
import { labelWidth, placeLabels } from '../../specs/place-labels';
import { linearDomain, linearX, linearXInverse, linearY, linearYInverse, logX, logXInverse, niceLogDomain } from '../../specs/pixel-scale';
import type { ChartData } from '../chart-data';
import { ChartPropError } from '../chart-data';
import { commonChartProps, type ChartKind, type ChartLayout, type ChartModel } from '../chart-kind';
import { pointLabel, templateColumns } from '../point-label';
import { decimalsOf, shownSummary, type Shown } from '../shown-summary';
import { asList, columnList, scaleOf, titleWithScale, type AxisScale } from './channels';

export const frontierProps = z
  .object({
    ...commonChartProps,
    /** The column on the horizontal axis, averaged per point ("cost_usd"). */
    x: z.string().min(1),
    /** The column on the vertical axis, averaged per point ("faithful"); a 0/1 column reads as a rate. */
    y: z.string().min(1),
    /** One point per group of these columns. */
    by: columnList,
    /** Colour points by this column (and link the chart to others coloured by it). */
    color: z.string().min(1).optional(),
    /** Mark shape by this column. */
    shape: z.string().min(1).optional(),
    /** Which end of each axis is better. Default: lower x, higher y. */
    xBetter: z.enum(['lower', 'higher']).default('lower'),
    yBetter: z.enum(['lower', 'higher']).default('higher'),
    /** Default: log when the x values span more than two orders of magnitude. */
    xScale: z.enum(['log', 'linear']).optional(),
    /** How a point is named, from its group's columns ("{model} {quant} + {harness}"). Default: the values, comma-separated. */
    pointLabel: z.string().min(1).optional(),
    /** Replace the axis titles (default: the columns' titles). */
    xTitle: z.string().min(1).optional(),
    yTitle: z.string().min(1).optional(),
  })
  .strict();
export type FrontierProps = z.output<typeof frontierProps>;

/** Symbol areas in px² of points and of the rings around frontier points, and their radii. */
const POINT_SIZE = 60;
const RING_SIZE = 220;
const POINT_RADIUS = Math.sqrt(POINT_SIZE / Math.PI);
const RING_RADIUS = Math.sqrt(RING_SIZE / Math.PI) + 1;

interface Point {
  keys: Record<string, string>;
  label: string;
  x: Shown;
  y: Shown;
}

/**
 * One point per group of `by` at the mean of x and of y, coloured and shaped by columns, with
 * the Pareto frontier (points no other point beats on both axes, with the stated better ends)
 * drawn as a step line and its points ringed and named. Builds on the write-up's speed/accuracy
 * figure: the frontier's step shape says that the best y within an x budget only changes at
 * frontier points.
 */
function build(data: ChartData, p: FrontierProps, layout: ChartLayout = {}): ChartModel {
  const by = asList(p.by);
  const xMeasure = parseMeasure(`mean(${p.x})`);
  const yMeasure = parseMeasure(`mean(${p.y})`);
  const groups = groupRows(data.rows, by);
  const xs = groups.map((g) => summarise(g.rows, xMeasure, data.binary(p.x)));
  const ys = groups.map((g) => summarise(g.rows, yMeasure, data.binary(p.y)));
  const xDecimals = decimalsOf(xs);
  const yDecimals = decimalsOf(ys);
  const points: Point[] = [];
  groups.forEach((g, i) => {
    const x = shownSummary(xs[i] ?? { kind: 'empty', n: 0 }, xDecimals);
    const y = shownSummary(ys[i] ?? { kind: 'empty', n: 0 }, yDecimals);
    if (!Number.isFinite(x.value) || !Number.isFinite(y.value)) return;
    const keys = Object.fromEntries(by.map((c) => [c, String(g.keys[c] ?? '')]));
    points.push({ keys, label: pointLabel(p.pointLabel, by, g.keys), x, y });
  });
  if (points.length === 0) throw new ChartPropError('Frontier', 'data', `no group of "${data.dataset.name}" has values of both ${p.x} and ${p.y}.`);

  const { width, height } = plotSize(layout.width === undefined ? {} : { width: layout.width }, 560, 360);
  const xValues = points.map((pt) => pt.x.value);
  const scale: AxisScale = scaleOf(p.xScale, xValues);
  if (scale === 'log' && Math.min(...xValues) <= 0) throw new ChartPropError('Frontier', 'xScale', `xScale="log" needs positive x values, but the mean ${p.x} goes down to ${Math.min(...xValues)}.`);
  const rate = data.binary(p.y);
  // The live chart zooms, so Vega-Lite clips its marks to the plot; room above the top keeps the
  // ring of a point at the very top whole.
  const headroom = 1 / (1 - (RING_RADIUS + 2) / height);
  const yDomain: [number, number] = rate ? [0, headroom] : linearDomain(Math.min(...points.map((pt) => pt.y.value)), Math.max(...points.map((pt) => pt.y.value)));
  const xDomain: [number, number] = scale === 'log' ? niceLogDomain(Math.min(...xValues), Math.max(...xValues)) : linearDomain(Math.min(...xValues), Math.max(...xValues));
  const toX = (v: number) => (scale === 'log' ? logX(v, xDomain, width) : linearX(v, xDomain, width));
  const fromX = (px: number) => (scale === 'log' ? logXInverse(px, xDomain, width) : linearXInverse(px, xDomain, width));

  const onFrontier = paretoFrontier(points, { x: (pt) => pt.x.value, y: (pt) => pt.y.value, xBetter: p.xBetter, yBetter: p.yBetter });
  const frontier = new Set(onFrontier);
  const at = (pt: Point) => ({ x: toX(pt.x.value), y: linearY(pt.y.value, yDomain, height) });
  // Frontier points first, so their labels get the best spots; the other points are obstacles.
  const spots = placeLabels(
    onFrontier.map((pt) => ({ ...at(pt), r: RING_RADIUS, width: labelWidth(pt.label, LABEL_FONT_SIZE) })),
    { width, height },
    LABEL_FONT_SIZE,
    points.filter((pt) => !frontier.has(pt)).map((pt) => ({ ...at(pt), r: POINT_RADIUS })),
  );
  const labelAt = new Map(onFrontier.map((pt, i) => [pt, { labelX: fromX((spots[i] as { x: number }).x), labelY: linearYInverse((spots[i] as { y: number }).y, yDomain, height) }]));

  const xTitle = p.xTitle ?? data.field(p.x).title;
  const yTitle = p.yTitle ?? data.field(p.y).title;
  const values = points.map((pt) => ({
    ...pt.keys,
    label: pt.label,
    x: pt.x.value,
    y: pt.y.value,
    xText: pt.x.text,
    yText: pt.y.text,
    onFrontier: frontier.has(pt),
    frontierText: frontier.has(pt) ? 'yes' : 'no',
    ...(labelAt.get(pt) ?? { labelX: pt.x.value, labelY: pt.y.value }),
  }));
  const tooltip = [
    tip('label', 'Point'),
    ...by.map((c) => tip(c, data.field(c).title)),
    tip('yText', yTitle),
    tip('xText', xTitle),
    tip('frontierText', 'On the frontier'),
  ];
  const x = {
    field: 'x',
    type: 'quantitative' as const,
    title: titleWithScale(xTitle, scale),
    scale: { type: scale, domain: xDomain, nice: false, ...(scale === 'log' ? {} : { zero: false }) },
    axis: { ...(scale === 'log' ? { format: '~s' } : {}), grid: true },
  };
  const y = {
    field: 'y',
    type: 'quantitative' as const,
    title: yTitle,
    scale: { domain: [...yDomain], nice: false, zero: false },
    axis: rate ? { format: RATE_AXIS_FORMAT } : {},
  };
  const colors = p.color ? sortedUnique(points.map((pt) => pt.keys[p.color as string] ?? '')) : [];
  const shapes = p.shape ? sortedUnique(points.map((pt) => pt.keys[p.shape as string] ?? '')) : [];
  const frontierOnly = [{ filter: 'datum.onFrontier' }];
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: p.title ?? `${yTitle} against ${xTitle}, with the Pareto frontier`,
    description: '',
    width,
    height,
    data: { values },
    layer: [
      {
        transform: frontierOnly,
        mark: { type: 'line', interpolate: p.xBetter === 'lower' ? 'step-after' : 'step-before', strokeWidth: 1.5, strokeDash: [4, 3] },
        encoding: { x, y, order: { field: 'x', type: 'quantitative' }, tooltip },
      },
      {
        mark: { type: 'point', filled: true, size: POINT_SIZE, opacity: 0.85 },
        encoding: {
          x,
          y,
          ...(p.color ? { color: { field: p.color, type: 'nominal' as const, title: data.field(p.color).title, scale: { domain: colors } } } : {}),
          ...(p.shape ? { shape: { field: p.shape, type: 'nominal' as const, title: data.field(p.shape).title, scale: { domain: shapes } } } : {}),
          tooltip,
        },
      },
      { transform: frontierOnly, mark: { type: 'point', filled: false, size: RING_SIZE, strokeWidth: 1.5 }, encoding: { x, y, tooltip } },
      {
        transform: frontierOnly,
        mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: LABEL_FONT_SIZE },
        encoding: { x: { ...x, field: 'labelX' }, y: { ...y, field: 'labelY' }, text: { field: 'label', type: 'nominal' }, tooltip },
      },
    ],
  } as unknown as TopLevelSpec;

  const byText = listWords(by.map((c) => inSentence(data.field(c).title)));
  const [xWords, yWords] = [inSentence(xTitle), inSentence(yTitle)];
  const description =
    `Scatter plot of ${points.length} points, one per ${byText}: ${titleWithScale(xWords, scale)} against ${yWords}` +
    `${p.color ? `, coloured by ${inSentence(data.field(p.color).title)}` : ''}${p.shape ? `, shaped by ${inSentence(data.field(p.shape).title)}` : ''}. ` +
    `The Pareto frontier, where no other point has both a ${p.xBetter} ${xWords} and an equal or ${p.yBetter} ${yWords}, holds ${onFrontier.length} ` +
    `${onFrontier.length === 1 ? 'point' : 'points'}: ${listWords(onFrontier.map((pt) => `${pt.label} (${yWords} ${pt.y.text}; ${xWords} ${pt.x.text})`))}.`;
  (spec as { description: string }).description = description;

  const table = {
    columns: [...by.map((c) => ({ title: data.field(c).title, numeric: false })), { title: yTitle, numeric: true }, { title: xTitle, numeric: true }, { title: 'On the frontier', numeric: false }],
    rows: points.map((pt) => [...by.map((c) => pt.keys[c] ?? ''), pt.y.text, pt.x.text, frontier.has(pt) ? 'yes' : 'no']),
    csv: {
      header: [...by, `mean_${p.y}`, `mean_${p.x}`, 'n', 'on_frontier'],
      rows: points.map((pt) => [...by.map((c) => pt.keys[c] ?? ''), pt.y.value, pt.x.value, pt.y.n, frontier.has(pt)]),
    },
  };
  return {
    spec,
    caption:
      p.caption ??
      `Each ${byText} placed by its ${xWords} and ${yWords}. The dashed steps trace the Pareto frontier; its points are ringed and named.`,
    description: p.description ?? description,
    interactions: { zoom: true, legendFilter: p.color ?? false, highlight: p.color },
    table,
    minScale: 0.8,
  };
}

export const frontierKind: ChartKind<FrontierProps> = {
  component: 'Frontier',
  props: frontierProps,
  columns: (p) => {
    const by = asList(p.by);
    for (const c of templateColumns(p.pointLabel)) {
      if (!by.includes(c)) throw new ChartPropError('Frontier', 'pointLabel', `pointLabel names {${c}}, which is not one of the by columns (${by.join(', ')}).`);
    }
    for (const [prop, c] of [['color', p.color], ['shape', p.shape]] as const) {
      if (c !== undefined && !by.includes(c)) throw new ChartPropError('Frontier', prop, `${prop}="${c}" must be one of the by columns (${by.join(', ')}), since each point is one group of them.`);
    }
    return [
      { prop: 'x', column: p.x, numeric: true },
      { prop: 'y', column: p.y, numeric: true },
      ...by.map((column) => ({ prop: 'by', column })),
    ];
  },
  build,
};
