import type { TopLevelSpec } from 'vega-lite';
import { inSentence, listWords } from '../../reports/words';
import { z } from 'zod';
import { groupRows, type Group } from '../../aggregate/group-rows';
import { parseMeasure, summarise } from '../../aggregate/measure';
import type { Row } from '../../data/load-table';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, byName, plotSize, sortedUnique, tip } from '../../specs/common';
import { labelWidth, placeLabels, type LabelSpot } from '../../specs/place-labels';
import { linearDomain, linearX, linearXInverse, linearY, linearYInverse, logX, logXInverse, niceLogDomain } from '../../specs/pixel-scale';
import { ChartPropError, type ChartData } from '../chart-data';
import { commonChartProps, type ChartKind, type ChartLayout, type ChartModel } from '../chart-kind';
import { decimalsOf, shownSummary, type Shown } from '../shown-summary';
import { asList, columnList, scaleOf, titleWithScale } from './channels';

export const scatterProps = z
  .object({
    ...commonChartProps,
    x: z.string().min(1),
    y: z.string().min(1),
    /** One point per group of these columns, at the means of x, y and size; without it, one point per row. */
    by: columnList.optional(),
    /** Point area follows this numeric column (linear in area from 0). */
    size: z.string().min(1).optional(),
    /** Colour by this column; with `by`, it must hold one value per point. */
    color: z.string().min(1).optional(),
    xScale: z.enum(['log', 'linear']).optional(),
    /** Replace the axis titles. */
    xTitle: z.string().min(1).optional(),
    yTitle: z.string().min(1).optional(),
  })
  .strict();
export type ScatterProps = z.output<typeof scatterProps>;

/** Point areas in px² for a size of 0 and for the largest. */
const SIZE_RANGE = [30, 600] as const;
const POINT_SIZE = 70;

interface Point {
  name: string;
  keys: Record<string, string>;
  colour: string | undefined;
  x: Shown;
  y: Shown;
  size: Shown | undefined;
}

/**
 * Points at (x, y): one per row, or one per group of `by` at the means of its rows. Rows without
 * an x or a y are left out, and the description says how many. With `by`, points are named next
 * to them (labels placed clear of each other); `size` scales area, `color` colours.
 */
function build(data: ChartData, p: ScatterProps, layout: ChartLayout = {}): ChartModel {
  const by = p.by === undefined ? [] : asList(p.by);
  const present = (r: Row) => r[p.x] !== null && r[p.y] !== null && r[p.x] !== undefined && r[p.y] !== undefined;
  const rows = data.rows.filter(present);
  const leftOut = data.rows.length - rows.length;
  if (rows.length === 0) throw new ChartPropError('Scatter', 'x', `no row of "${data.dataset.name}" has both ${p.x} and ${p.y}.`);
  const groups: Group[] = by.length > 0 ? groupRows(rows, by) : rows.map((r) => ({ keys: {}, rows: [r] }));
  const mx = parseMeasure(`mean(${p.x})`);
  const my = parseMeasure(`mean(${p.y})`);
  const ms = p.size ? parseMeasure(`mean(${p.size})`) : undefined;
  const sx = groups.map((g) => summarise(g.rows, mx, by.length > 0 && data.binary(p.x)));
  const sy = groups.map((g) => summarise(g.rows, my, by.length > 0 && data.binary(p.y)));
  const ss = groups.map((g) => (ms ? summarise(g.rows, ms, false) : undefined));
  const dx = decimalsOf(sx);
  const dy = decimalsOf(sy);
  const ds = decimalsOf(ss.flatMap((s) => (s ? [s] : [])));
  const points: Point[] = groups.map((g, i) => {
    let colour: string | undefined;
    if (p.color) {
      const colours = new Set(g.rows.map((r) => String(r[p.color as string] ?? '')));
      if (colours.size > 1) {
        throw new ChartPropError('Scatter', 'color', `color="${p.color}" must hold one value per point, but ${by.map((c) => `${c} "${String(g.keys[c])}"`).join(', ')} has ${[...colours].map((c) => `"${c}"`).join(', ')}.`);
      }
      colour = [...colours][0];
    }
    const s = ss[i];
    return {
      name: by.map((c) => String(g.keys[c] ?? '')).join(', '),
      keys: Object.fromEntries(by.map((c) => [c, String(g.keys[c] ?? '')])),
      colour,
      x: shownSummary(sx[i] ?? { kind: 'empty', n: 0 }, dx),
      y: shownSummary(sy[i] ?? { kind: 'empty', n: 0 }, dy),
      size: s ? shownSummary(s, ds) : undefined,
    };
  });

  const { width, height } = plotSize(layout.width === undefined ? {} : { width: layout.width }, 520, 340);
  const xs = points.map((pt) => pt.x.value);
  const ys = points.map((pt) => pt.y.value);
  const scale = scaleOf(p.xScale, xs);
  if (scale === 'log' && Math.min(...xs) <= 0) throw new ChartPropError('Scatter', 'xScale', `xScale="log" needs positive x values, but ${p.x} goes down to ${Math.min(...xs)}.`);
  const rate = by.length > 0 && data.binary(p.y);
  const xDomain = scale === 'log' ? niceLogDomain(Math.min(...xs), Math.max(...xs)) : linearDomain(Math.min(...xs), Math.max(...xs));
  const yDomain: [number, number] = rate ? [0, 1] : linearDomain(Math.min(...ys), Math.max(...ys));
  const toX = (v: number) => (scale === 'log' ? logX(v, xDomain, width) : linearX(v, xDomain, width));
  const fromX = (px: number) => (scale === 'log' ? logXInverse(px, xDomain, width) : linearXInverse(px, xDomain, width));
  const maxSize = Math.max(0, ...points.map((pt) => pt.size?.value ?? 0));
  const radius = (pt: Point): number =>
    Math.sqrt((pt.size && maxSize > 0 ? SIZE_RANGE[0] + ((SIZE_RANGE[1] - SIZE_RANGE[0]) * pt.size.value) / maxSize : POINT_SIZE) / Math.PI);
  const labelled = by.length > 0;
  const spots: LabelSpot[] = labelled
    ? placeLabels(
        points.map((pt) => ({ x: toX(pt.x.value), y: linearY(pt.y.value, yDomain, height), r: radius(pt), width: labelWidth(pt.name, LABEL_FONT_SIZE) })),
        { width, height },
        LABEL_FONT_SIZE,
      )
    : [];

  const xTitle = p.xTitle ?? data.field(p.x).title;
  const yTitle = p.yTitle ?? data.field(p.y).title;
  const sizeTitle = p.size ? data.field(p.size).title : '';
  const colourTitle = p.color ? data.field(p.color).title : '';
  const values = points.map((pt, i) => ({
    ...pt.keys,
    name: pt.name,
    ...(p.color ? { [p.color]: pt.colour ?? '' } : {}),
    x: pt.x.value,
    y: pt.y.value,
    xText: pt.x.text,
    yText: pt.y.text,
    ...(pt.size ? { size: pt.size.value, sizeText: pt.size.text } : {}),
    ...(labelled ? { labelX: fromX((spots[i] as LabelSpot).x), labelY: linearYInverse((spots[i] as LabelSpot).y, yDomain, height) } : {}),
  }));
  const tooltip = [
    ...(labelled ? by.map((c) => tip(c, data.field(c).title)) : []),
    ...(p.color ? [tip(p.color, colourTitle)] : []),
    tip('xText', xTitle),
    tip('yText', yTitle),
    ...(p.size ? [tip('sizeText', sizeTitle)] : []),
  ];
  const x = { field: 'x', type: 'quantitative' as const, title: titleWithScale(xTitle, scale), scale: { type: scale, domain: xDomain, nice: false, ...(scale === 'log' ? {} : { zero: false }) }, axis: { ...(scale === 'log' ? { format: '~s' } : {}), grid: true } };
  const y = { field: 'y', type: 'quantitative' as const, title: yTitle, scale: { domain: [...yDomain], nice: false, zero: false }, axis: rate ? { format: RATE_AXIS_FORMAT } : {} };
  const colours = p.color ? sortedUnique(points.map((pt) => pt.colour ?? '')) : [];
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: p.title ?? `${yTitle} against ${xTitle}`,
    description: '',
    width,
    height,
    data: { values },
    layer: [
      {
        mark: { type: 'point', filled: true, opacity: 0.8, stroke: null, ...(p.size ? {} : { size: POINT_SIZE }) },
        encoding: {
          x,
          y,
          ...(p.size ? { size: { field: 'size', type: 'quantitative' as const, title: sizeTitle, scale: { type: 'linear', domain: [0, maxSize], range: [...SIZE_RANGE] } } } : {}),
          ...(p.color ? { color: { field: p.color, type: 'nominal' as const, title: colourTitle, scale: { domain: colours } } } : {}),
          tooltip,
        },
      },
      ...(labelled
        ? [
            {
              mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: LABEL_FONT_SIZE },
              encoding: { x: { ...x, field: 'labelX' }, y: { ...y, field: 'labelY' }, text: { field: 'name', type: 'nominal' }, tooltip },
            },
          ]
        : []),
    ],
  } as unknown as TopLevelSpec;
  const sorted = [...points].sort((a, b) => b.y.value - a.y.value || byName(a.name, b.name));
  const top = sorted[0] as Point;
  const largest = [...points].sort((a, b) => b.x.value - a.x.value || byName(a.name, b.name))[0] as Point;
  const unit = labelled ? listWords(by.map((c) => inSentence(data.field(c).title))) : 'row';
  const [xWords, yWords] = [inSentence(xTitle), inSentence(yTitle)];
  const description =
    `Scatter plot of ${points.length} points, one per ${unit}: ${titleWithScale(xWords, scale)} against ${yWords}` +
    `${p.size ? `, point area by ${inSentence(sizeTitle)}` : ''}${p.color ? `, colour by ${inSentence(colourTitle)} (${listWords(colours)})` : ''}. ` +
    (labelled ? `Highest ${yWords}: ${top.name}, ${top.y.text} (${xWords} ${top.x.text}); highest ${xWords}: ${largest.name}, ${largest.x.text} (${yWords} ${largest.y.text}). ` : '') +
    (leftOut > 0 ? `${leftOut} ${leftOut === 1 ? 'row' : 'rows'} without ${p.x} or ${p.y} ${leftOut === 1 ? 'is' : 'are'} left out.` : 'No row is left out.');
  (spec as { description: string }).description = description;
  return {
    spec,
    caption: p.caption ?? `${yTitle} against ${xWords}${labelled ? ` for each ${unit}` : ''}${p.size ? `; point area follows ${inSentence(sizeTitle)}` : ''}${p.color ? `, colour the ${inSentence(colourTitle)}` : ''}.`,
    description: p.description ?? description,
    interactions: { legendFilter: p.color ?? false, highlight: labelled ? by[0] : undefined },
    table: {
      columns: [
        ...(labelled ? by.map((c) => ({ title: data.field(c).title, numeric: false })) : []),
        ...(p.color ? [{ title: colourTitle, numeric: false }] : []),
        { title: xTitle, numeric: true },
        { title: yTitle, numeric: true },
        ...(p.size ? [{ title: sizeTitle, numeric: true }] : []),
      ],
      rows: points.map((pt) => [...(labelled ? by.map((c) => pt.keys[c] ?? '') : []), ...(p.color ? [pt.colour ?? ''] : []), pt.x.text, pt.y.text, ...(pt.size ? [pt.size.text] : [])]),
      csv: {
        header: [...by, ...(p.color ? [p.color] : []), p.x, p.y, ...(p.size ? [p.size] : []), 'n'],
        rows: points.map((pt) => [...by.map((c) => pt.keys[c] ?? ''), ...(p.color ? [pt.colour ?? ''] : []), pt.x.value, pt.y.value, ...(pt.size ? [pt.size.value] : []), pt.y.n]),
      },
    },
    minScale: 0.8,
  };
}

export const scatterKind: ChartKind<ScatterProps> = {
  component: 'Scatter',
  props: scatterProps,
  columns: (p) => [
    { prop: 'x', column: p.x, numeric: true },
    { prop: 'y', column: p.y, numeric: true },
    ...(p.by === undefined ? [] : asList(p.by).map((column) => ({ prop: 'by', column }))),
    ...(p.size ? [{ prop: 'size', column: p.size, numeric: true }] : []),
    ...(p.color ? [{ prop: 'color', column: p.color }] : []),
  ],
  build,
};
