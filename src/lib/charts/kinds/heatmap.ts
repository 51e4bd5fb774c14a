import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { groupRows } from '../../aggregate/group-rows';
import { parseMeasure, summarise, type Summary } from '../../aggregate/measure';
import { formatPasses } from '../../format';
import { inSentence } from '../../reports/words';
import { VEGA_LITE_SCHEMA, byName, plotSize, tip } from '../../specs/common';
import { HEATMAP_DARK_TEXT_FROM, HEATMAP_TEXT } from '../../specs/theme';
import { ChartPropError, type ChartData } from '../chart-data';
import { commonChartProps, type ChartKind, type ChartLayout, type ChartModel } from '../chart-kind';
import { drillCells } from '../drill-cells';
import { decimalsOf, shownSummary, type Shown } from '../shown-summary';

export const heatmapProps = z
  .object({
    ...commonChartProps,
    /** One row of cells per value of this column. */
    row: z.string().min(1),
    /** One column of cells per value of this column. */
    column: z.string().min(1),
    /** The column averaged in each cell; a 0/1 column reads as a rate. */
    value: z.string().min(1),
    /** When set, a click on a cell lists that cell's rows, sorted by this column. */
    drill: z.string().min(1).optional(),
    /** Replaces the value column's title in the legend and tooltips. */
    valueTitle: z.string().min(1).optional(),
  })
  .strict();
export type HeatmapProps = z.output<typeof heatmapProps>;

interface Ranked {
  name: string;
  summary: Summary;
}

/** Values of a column ranked by the mean of `value` over all their rows, best first, then by name. */
function ranked(data: ChartData, column: string, value: string): Ranked[] {
  const m = parseMeasure(`mean(${value})`);
  return groupRows(data.rows, [column])
    .map((g) => ({ name: String(g.keys[column] ?? ''), summary: summarise(g.rows, m, data.binary(value)) }))
    .sort((a, b) => rankOrder(a.summary, b.summary) || byName(a.name, b.name));
}

/** Higher first; rates compared exactly on their counts, so 55/80 and 11/16 tie as they should. */
function rankOrder(a: Summary, b: Summary): number {
  if (a.kind === 'rate' && b.kind === 'rate') return b.successes * a.n - a.successes * b.n;
  const av = a.kind === 'empty' ? -Infinity : a.value;
  const bv = b.kind === 'empty' ? -Infinity : b.value;
  return bv - av;
}

/**
 * The mean of `value` in every (row, column) cell as a heatmap, rows and columns sorted best
 * first by their pooled mean; each cell prints its value (a rate prints its count, "15/16").
 * Colour is the theme's sequential scheme; cell text switches from light to dark where the
 * scheme turns light (see theme.ts). With `drill`, each cell's rows go with the chart.
 */
function build(data: ChartData, p: HeatmapProps, layout: ChartLayout = {}): ChartModel {
  const m = parseMeasure(`mean(${p.value})`);
  const rate = data.binary(p.value);
  const cells = groupRows(data.rows, [p.row, p.column]).map((g) => ({
    row: String(g.keys[p.row] ?? ''),
    column: String(g.keys[p.column] ?? ''),
    summary: summarise(g.rows, m, rate),
  }));
  const rowOrder = ranked(data, p.row, p.value);
  const colOrder = ranked(data, p.column, p.value);
  const decimals = decimalsOf(cells.map((c) => c.summary));
  const shown = cells.map((c) => ({ ...c, shown: shownSummary(c.summary, decimals) })).filter((c) => Number.isFinite(c.shown.value));
  if (shown.length === 0) throw new ChartPropError('Heatmap', 'value', `no cell has a value of ${p.value}.`);
  const values = shown.map((c) => c.shown.value);
  const domain: [number, number] = rate ? [0, 1] : [Math.min(...values), Math.max(...values)];
  const shade = (v: number) => (domain[1] === domain[0] ? 1 : (v - domain[0]) / (domain[1] - domain[0]));
  const cellText = (c: { summary: Summary; shown: Shown }) => (c.summary.kind === 'rate' ? formatPasses(c.summary.successes, c.summary.n) : c.shown.text);

  const rowTitle = data.field(p.row).title;
  const colTitle = data.field(p.column).title;
  const valueTitle = p.valueTitle ?? data.field(p.value).title;
  const { width, height } = plotSize(layout.width === undefined ? {} : { width: layout.width }, Math.max(200, colOrder.length * 64), Math.max(100, rowOrder.length * 26));
  const rows = shown.map((c) => ({
    [p.row]: c.row,
    [p.column]: c.column,
    value: c.shown.value,
    shade: shade(c.shown.value),
    valueText: c.shown.text,
    cellText: cellText(c),
    n: c.shown.n,
  }));
  const sorted = [...shown].sort((a, b) => rankOrder(a.summary, b.summary) || byName(a.row, b.row) || byName(a.column, b.column));
  const best = sorted[0] as (typeof shown)[number];
  const worst = sorted[sorted.length - 1] as (typeof shown)[number];
  const overall = summarise(data.rows, m, rate);
  const describe = (r: Ranked) => `${r.name} ${shownSummary(r.summary, decimals).text}`;
  const [vs, rs, cs] = [inSentence(valueTitle), inSentence(rowTitle), inSentence(colTitle)];
  const description =
    `Heatmap of ${vs} by ${rs} (${rowOrder.length} rows, best first: ${rowOrder.map(describe).join('; ')}) ` +
    `and ${cs} (${colOrder.length} columns, best first: ${colOrder.map(describe).join('; ')}). ` +
    `Best cell: ${best.row} with ${best.column} at ${best.shown.text}; worst: ${worst.row} with ${worst.column} at ${worst.shown.text}. ` +
    `Overall ${shownSummary(overall, decimals).text}.`;
  const tooltip = [tip(p.row, rowTitle), tip(p.column, colTitle), tip('valueText', valueTitle)];
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: p.title ?? `${valueTitle} per ${rs} and ${cs}`,
    description,
    width,
    height,
    data: { values: rows },
    encoding: {
      x: { field: p.column, type: 'nominal', sort: colOrder.map((r) => r.name), title: colTitle, axis: { orient: 'top', labelAngle: 0 } },
      y: { field: p.row, type: 'nominal', sort: rowOrder.map((r) => r.name), title: null, axis: { labelLimit: 240 } },
      tooltip,
    },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          color: {
            field: 'value',
            type: 'quantitative',
            title: valueTitle,
            scale: { domain },
            legend: { ...(rate ? { format: '.0%' } : {}), direction: 'vertical', gradientLength: Math.min(160, height) },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', fontSize: 11 },
        encoding: {
          text: { field: 'cellText', type: 'nominal' },
          color: { condition: { test: `datum.shade >= ${HEATMAP_DARK_TEXT_FROM}`, value: HEATMAP_TEXT.dark }, value: HEATMAP_TEXT.light },
        },
      },
    ],
  } as unknown as TopLevelSpec;

  // The table lists cells as the chart reads: rows top to bottom, then columns left to right.
  const rowAt = new Map(rowOrder.map((r, i) => [r.name, i]));
  const colAt = new Map(colOrder.map((r, i) => [r.name, i]));
  const reading = [...shown].sort((a, b) => (rowAt.get(a.row) ?? 0) - (rowAt.get(b.row) ?? 0) || (colAt.get(a.column) ?? 0) - (colAt.get(b.column) ?? 0));
  const drill = p.drill
    ? drillCells(
        data.rows,
        [p.row, p.column],
        p.drill,
        Object.keys(data.rows[0] ?? {}).map((name) => ({ name, title: data.field(name).title, binary: data.binary(name) })),
      )
    : undefined;
  return {
    spec,
    caption:
      p.caption ??
      `${valueTitle} of each ${rs} with each ${cs}, strongest rows and columns first; every cell prints its value${rate ? ' as a count out of its rows' : ''}.`,
    description: p.description ?? description,
    interactions: { legendFilter: false, highlight: p.row },
    table: {
      columns: [
        { title: rowTitle, numeric: false },
        { title: colTitle, numeric: false },
        { title: valueTitle, numeric: true },
      ],
      rows: reading.map((c) => [c.row, c.column, c.shown.text]),
      csv: { header: [p.row, p.column, `mean_${p.value}`, 'n'], rows: reading.map((c) => [c.row, c.column, c.shown.value, c.shown.n]) },
    },
    drill,
    minScale: 1,
  };
}

export const heatmapKind: ChartKind<HeatmapProps> = {
  component: 'Heatmap',
  props: heatmapProps,
  columns: (p) => [
    { prop: 'row', column: p.row },
    { prop: 'column', column: p.column },
    { prop: 'value', column: p.value, numeric: true },
    ...(p.drill ? [{ prop: 'drill', column: p.drill }] : []),
  ],
  build,
};
