import type { TopLevelSpec } from 'vega-lite';
import { inSentence, listWords } from '../../reports/words';
import { z } from 'zod';
import { groupRows } from '../../aggregate/group-rows';
import { parseMeasure, summarise, type Summary } from '../../aggregate/measure';
import { formatPasses, formatRatePasses } from '../../format';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, byName, plotSize, sortedUnique, tip } from '../../specs/common';
import { ChartPropError, type ChartData } from '../chart-data';
import { commonChartProps, type ChartKind, type ChartLayout, type ChartModel } from '../chart-kind';
import { decimalsOf, shownSummary, type Shown } from '../shown-summary';

export const rankingBarsProps = z
  .object({
    ...commonChartProps,
    /** One bar per value of this column. */
    by: z.string().min(1),
    /** The column averaged per bar; a 0/1 column reads as a rate. */
    value: z.string().min(1),
    /** "descending" (default): best first; "ascending": lowest first (the hardest tasks at the top). */
    sort: z.enum(['descending', 'ascending']).default('descending'),
    /** Draw each bar's 95% interval (Wilson for rates, Student t for means). Default true. */
    intervals: z.boolean().default(true),
    /** Colour bars by this column, which must hold one value per bar ("language" of a task). */
    color: z.string().min(1).optional(),
    /** Replaces the value column's title on the axis and in tooltips. */
    valueTitle: z.string().min(1).optional(),
  })
  .strict();
export type RankingBarsProps = z.output<typeof rankingBarsProps>;

interface Bar {
  name: string;
  colour: string | undefined;
  summary: Summary;
  shown: Shown;
}

/** Higher first; rates exactly on their counts. */
function descending(a: Summary, b: Summary): number {
  if (a.kind === 'rate' && b.kind === 'rate') return b.successes * a.n - a.successes * b.n;
  return (b.kind === 'empty' ? -Infinity : b.value) - (a.kind === 'empty' ? -Infinity : a.value);
}

/** "76.9% (123/160)" for a rate; the value otherwise. */
function barText(b: Bar): string {
  return b.summary.kind === 'rate' ? `${formatRatePasses(b.summary.successes, b.summary.n)} (${formatPasses(b.summary.successes, b.summary.n)})` : b.shown.text;
}

/**
 * The mean of `value` per value of `by` as horizontal bars, best first (or lowest first), each
 * with its 95% interval as a rule and its value as text. The interval is drawn by default
 * whatever the number of repeats: a rate over many rows has a binomial spread even when each
 * cell ran once, and hiding it would hide how little separates neighbours a few rows apart.
 */
function build(data: ChartData, p: RankingBarsProps, layout: ChartLayout = {}): ChartModel {
  const m = parseMeasure(`mean(${p.value})`);
  const binary = data.binary(p.value);
  const groups = groupRows(data.rows, [p.by]);
  const summaries = groups.map((g) => summarise(g.rows, m, binary));
  const decimals = decimalsOf(summaries);
  const bars: Bar[] = groups
    .map((g, i) => {
      let colour: string | undefined;
      if (p.color) {
        const colours = new Set(g.rows.map((r) => String(r[p.color as string] ?? '')));
        if (colours.size > 1) {
          throw new ChartPropError('RankingBars', 'color', `color="${p.color}" must hold one value per bar, but ${p.by} "${String(g.keys[p.by])}" has ${[...colours].map((c) => `"${c}"`).join(', ')}.`);
        }
        colour = [...colours][0];
      }
      const summary = summaries[i] ?? ({ kind: 'empty', n: 0 } as const);
      return { name: String(g.keys[p.by] ?? ''), colour, summary, shown: shownSummary(summary, decimals) };
    })
    .filter((b) => Number.isFinite(b.shown.value))
    .sort((a, b) => (p.sort === 'descending' ? descending(a.summary, b.summary) : descending(b.summary, a.summary)) || byName(a.name, b.name));
  if (bars.length === 0) throw new ChartPropError('RankingBars', 'value', `no ${p.by} has a value of ${p.value}.`);

  const n = bars.length;
  const { width, height } = plotSize(layout.width === undefined ? {} : { width: layout.width }, 480, Math.max(100, n * (n > 8 ? 22 : 34)));
  const byTitle = data.field(p.by).title;
  const valueTitle = p.valueTitle ?? data.field(p.value).title;
  const intervals = p.intervals && bars.some((b) => b.shown.lo !== null);
  const values = bars.map((b) => ({
    [p.by]: b.name,
    ...(p.color ? { [p.color]: b.colour ?? '' } : {}),
    value: b.shown.value,
    valueText: b.shown.text,
    lo: b.shown.lo ?? b.shown.value,
    hi: b.shown.hi ?? b.shown.value,
    intervalText: b.shown.intervalText,
    barLabel: barText(b),
  }));
  const all = bars.flatMap((b) => [b.shown.value, b.shown.hi ?? b.shown.value, b.shown.lo ?? b.shown.value]);
  const scale = binary ? { domain: [0, 1], nice: false } : { domain: [Math.min(0, ...all), Math.max(...all) * 1.05], nice: false };
  const xAxis = { field: 'value', type: 'quantitative' as const, title: valueTitle, scale, axis: binary ? { format: RATE_AXIS_FORMAT, tickCount: 5 } : { tickCount: 5 } };
  const tooltip = [tip(p.by, byTitle), ...(p.color ? [tip(p.color, data.field(p.color).title)] : []), tip('valueText', valueTitle), ...(intervals ? [tip('intervalText', '95% interval')] : [])];
  const order = p.sort === 'descending' ? 'best first' : 'lowest first';
  const description =
    `Bar chart of ${inSentence(valueTitle)} per ${inSentence(byTitle)} (${n} bars, ${order})${intervals ? ` with 95% ${binary ? 'Wilson' : 'Student t'} intervals` : ''}: ` +
    `${listWords(bars.map((b) => `${b.name} ${barText(b)}`))}.`;
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: p.title ?? `${valueTitle} per ${inSentence(byTitle)}, ${order}`,
    description,
    width,
    height,
    data: { values },
    encoding: { y: { field: p.by, type: 'nominal' as const, sort: bars.map((b) => b.name), title: null, axis: { labelLimit: 200 } }, tooltip },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          x: xAxis,
          ...(p.color ? { color: { field: p.color, type: 'nominal' as const, title: data.field(p.color).title, scale: { domain: sortedUnique(bars.map((b) => b.colour ?? '')) } } } : {}),
        },
      },
      ...(intervals ? [{ mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { x: { ...xAxis, field: 'lo' }, x2: { field: 'hi' } } }] : []),
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: LABEL_FONT_SIZE },
        encoding: { x: { ...xAxis, field: intervals ? 'hi' : 'value' }, text: { field: 'barLabel', type: 'nominal' } },
      },
    ],
  } as unknown as TopLevelSpec;
  return {
    spec,
    caption: p.caption ?? `${valueTitle} of each ${inSentence(byTitle)}, ${order}${intervals ? ', with its 95% interval' : ''}.`,
    description: p.description ?? description,
    interactions: { legendFilter: p.color ?? false, highlight: p.by },
    method: intervals
      ? `Each bar is the mean of ${p.value} over the rows of its ${inSentence(byTitle)}; its whisker is the 95% ${binary ? 'Wilson score interval for a proportion' : 'Student t interval for a mean'}.`
      : undefined,
    table: {
      columns: [
        { title: byTitle, numeric: false },
        ...(p.color ? [{ title: data.field(p.color).title, numeric: false }] : []),
        { title: valueTitle, numeric: true },
        ...(intervals ? [{ title: '95% interval', numeric: true }] : []),
      ],
      rows: bars.map((b) => [b.name, ...(p.color ? [b.colour ?? ''] : []), b.shown.text, ...(intervals ? [b.shown.intervalText] : [])]),
      csv: {
        header: [p.by, ...(p.color ? [p.color] : []), `mean_${p.value}`, 'n', 'ci_lo', 'ci_hi'],
        rows: bars.map((b) => [b.name, ...(p.color ? [b.colour ?? ''] : []), b.shown.value, b.shown.n, b.shown.lo, b.shown.hi]),
      },
    },
    minScale: 0.8,
  };
}

export const rankingBarsKind: ChartKind<RankingBarsProps> = {
  component: 'RankingBars',
  props: rankingBarsProps,
  columns: (p) => [
    { prop: 'by', column: p.by },
    { prop: 'value', column: p.value, numeric: true },
    ...(p.color ? [{ prop: 'color', column: p.color }] : []),
  ],
  build,
};
