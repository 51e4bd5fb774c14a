import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { groupRows } from '../../aggregate/group-rows';
import { parseMeasure, summarise, type Summary } from '../../aggregate/measure';
import { formatDecimal, formatDelta, formatPasses } from '../../format';
import { inSentence, listWords } from '../../reports/words';
import { LABEL_FONT_SIZE, RATE_AXIS_FORMAT, VEGA_LITE_SCHEMA, plotSize, sortedUnique, tip } from '../../specs/common';
import { linearDomain, linearY, linearYInverse, rateDomain } from '../../specs/pixel-scale';
import { spreadLabels } from '../../specs/spread-labels';
import { ChartPropError, type ChartData } from '../chart-data';
import { commonChartProps, type ChartKind, type ChartLayout, type ChartModel } from '../chart-kind';
import { decimalsOf, shownSummary, type Shown } from '../shown-summary';
import { comparePaired, DEFAULT_SEED } from '../../aggregate/paired-comparison';
import { DEFAULT_REPLICATES } from '../../stats/bootstrap';
import { labelWidth } from '../../specs/place-labels';
import { CHART_PADDING } from '../../specs/theme';
import { alphaForLevel } from '../../stats/alpha-for-level';
import { formatLevel } from '../../stats/format-level';
import { formatP } from '../../stats/format-p';
import { formatSigned } from '../../stats/format-signed';
import { asList, columnList } from './channels';

const cellValue = z.union([z.string(), z.number(), z.boolean()]);

export const slopeProps = z
  .object({
    ...commonChartProps,
    /** One line per value of this column ("model"). */
    series: z.string().min(1),
    /** The column whose two values the lines join ("retriever", "sweep"). */
    across: z.string().min(1),
    /** The value of `across` on the left, and on the right. */
    from: cellValue,
    to: cellValue,
    /** The column averaged at each end; a 0/1 column reads as a rate. */
    value: z.string().min(1),
    /** Replaces the value column's title on the axis and in tooltips. */
    valueTitle: z.string().min(1).optional(),
    /**
     * The columns that name an item each series was measured on at both ends (["harness", "task"]):
     * each line then carries a paired test of its change, and lines whose change is within the
     * noise are muted.
     */
    pairBy: columnList.optional(),
    /** The level of the paired tests, default 95%. */
    level: z.number().gt(0).lt(1).optional(),
  })
  .strict();
export type SlopeProps = z.output<typeof slopeProps>;

/** A plot narrower than this is drawn for a phone. */
const PHONE_PLOT_WIDTH = 300;
/** The most a right-end label may take on a phone, in pixels; a longer one ends in "…". */
const PHONE_LABEL_LIMIT = 170;

interface Line {
  name: string;
  /** The paired test of the change, with pairBy. */
  test: { significant: boolean; p: string; interval: string } | undefined;
  a: Summary;
  b: Summary;
  sa: Shown;
  sb: Shown;
  /** The change as printed: passes ("+2") for rates over equal counts, else the difference. */
  delta: string;
  sign: number;
}

/** The short text at a line's end: a rate's passes ("65/80"), else the value. */
function endText(s: Summary, shown: Shown): string {
  return s.kind === 'rate' ? formatPasses(s.successes, s.n) : shown.text;
}

function change(a: Summary, b: Summary, decimals: number): { text: string; sign: number } {
  if (a.kind === 'rate' && b.kind === 'rate') {
    if (a.n === b.n) {
      const d = b.successes - a.successes;
      return { text: formatDelta(d), sign: Math.sign(d) };
    }
    const points = (b.value - a.value) * 100;
    return { text: `${points > 0 ? '+' : ''}${formatDecimal(points, 1)} points`, sign: Math.sign(points) };
  }
  const d = (b.kind === 'empty' ? 0 : b.value) - (a.kind === 'empty' ? 0 : a.value);
  const text = formatDecimal(d, decimals);
  return { text: d > 0 ? `+${text}` : text, sign: Math.sign(d) };
}

/**
 * A paired slope chart: one line per series value from its mean where `across` is `from` (left)
 * to its mean where it is `to` (right), for the series measured on both sides. Both ends carry
 * their value, the right end also the series name and the change. The value axis spans only the
 * data (plus a margin): the chart is about the differences. Builds on the write-up's Q4-to-Q8 figure.
 */
function build(data: ChartData, p: SlopeProps, layout: ChartLayout = {}): ChartModel {
  const m = parseMeasure(`mean(${p.value})`);
  const binary = data.binary(p.value);
  const side = (v: string | number | boolean) => data.rows.filter((r) => String(r[p.across]) === String(v));
  const left = side(p.from);
  const right = side(p.to);
  for (const [prop, v, rows] of [['from', p.from, left], ['to', p.to, right]] as const) {
    if (rows.length === 0) {
      const values = sortedUnique(data.rows.map((r) => String(r[p.across] ?? '')));
      throw new ChartPropError('Slope', prop, `${prop}="${String(v)}": no row has ${p.across} "${String(v)}"; its values are ${values.map((x) => `"${x}"`).join(', ')}.`);
    }
  }
  if (String(p.from) === String(p.to)) throw new ChartPropError('Slope', 'to', `from and to must differ, both are "${String(p.from)}".`);
  const bySeries = (rows: typeof left) => new Map(groupRows(rows, [p.series]).map((g) => [String(g.keys[p.series] ?? ''), summarise(g.rows, m, binary)]));
  const a = bySeries(left);
  const b = bySeries(right);
  const pairs = [...a].filter(([name, s]) => b.has(name) && s.kind !== 'empty' && (b.get(name) as Summary).kind !== 'empty');
  if (pairs.length === 0) throw new ChartPropError('Slope', 'series', `no ${p.series} has rows on both sides (${p.across} "${String(p.from)}" and "${String(p.to)}").`);
  const decimals = decimalsOf(pairs.flatMap(([name, s]) => [s, b.get(name) as Summary]));
  const pairBy = p.pairBy === undefined ? undefined : asList(p.pairBy);
  const level = p.level ?? 0.95;
  const alpha = alphaForLevel(level);
  /** The change of one series, paired item by item: McNemar for 0/1 outcomes, a sign test for scores. */
  const pairedTest = (name: string): Line['test'] => {
    const rows = data.rows.filter((r) => String(r[p.series] ?? '') === name);
    let result;
    try {
      result = comparePaired(rows, { value: p.value, a: { [p.across]: p.to }, b: { [p.across]: p.from }, pairBy: pairBy ?? [], level });
    } catch (e) {
      throw new ChartPropError('Slope', 'pairBy', `${p.series} "${name}": ${e instanceof Error ? e.message : String(e)}`);
    }
    const points = result.kind === 'binary';
    const { lo, hi } = result.interval;
    return {
      significant: result.kind === 'binary' ? result.p < alpha : result.signTest.p < alpha,
      p: `${result.kind === 'binary' ? 'exact McNemar' : 'sign test'} ${formatP(result.kind === 'binary' ? result.p : result.signTest.p, alpha)}`,
      interval: points ? `${formatSigned(lo * 100, 1)} to ${formatSigned(hi * 100, 1)} points` : `${formatSigned(lo, decimals)} to ${formatSigned(hi, decimals)}`,
    };
  };
  // Sorted like a ranking of the left side: highest first, then by name.
  const lines: Line[] = pairs
    .map(([name, sa]) => {
      const sb = b.get(name) as Summary;
      const c = change(sa, sb, decimals);
      return { name, a: sa, b: sb, sa: shownSummary(sa, decimals), sb: shownSummary(sb, decimals), delta: c.text, sign: c.sign, test: pairBy ? pairedTest(name) : undefined };
    })
    .sort((x, y) => y.sa.value - x.sa.value || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));

  const { width, height } = plotSize(layout.width === undefined ? {} : { width: layout.width }, 360, 380);
  const all = lines.flatMap((l) => [l.sa.value, l.sb.value]);
  const domain = binary ? rateDomain(Math.min(...all), Math.max(...all)) : linearDomain(Math.min(...all), Math.max(...all));
  const gap = LABEL_FONT_SIZE + 2;
  const spread = (pick: (l: Line) => number): number[] =>
    spreadLabels(lines.map((l) => linearY(pick(l), domain, height)), gap, 0, height).map((y) => linearYInverse(y, domain, height));
  const labelA = spread((l) => l.sa.value);
  const labelB = spread((l) => l.sb.value);
  const fromText = String(p.from);
  const toText = String(p.to);
  const valueTitle = p.valueTitle ?? data.field(p.value).title;
  const seriesTitle = data.field(p.series).title;
  const acrossTitle = data.field(p.across).title;
  const phone = layout.width !== undefined && layout.width < PHONE_PLOT_WIDTH;
  const values = lines.flatMap((l, i) => {
    const common = {
      [p.series]: l.name,
      deltaText: l.delta,
      pairText: `${l.name}: ${endText(l.a, l.sa)} to ${endText(l.b, l.sb)} (${l.delta})`,
      ...(l.test ? { muted: !l.test.significant, testText: `${l.test.p}, ${l.test.significant ? 'beyond' : 'within'} the noise`, intervalText: l.test.interval } : {}),
    };
    return [
      { ...common, side: 'a', across: fromText, value: l.sa.value, valueText: l.sa.text, labelY: labelA[i] as number, endLabel: endText(l.a, l.sa) },
      { ...common, side: 'b', across: toText, value: l.sb.value, valueText: l.sb.text, labelY: labelB[i] as number, endLabel: phone ? `${l.name} (${l.delta})` : `${endText(l.b, l.sb)} ${l.name} (${l.delta})` },
    ];
  });
  const distinct = lines.filter((l) => l.test?.significant).length;
  const up = lines.filter((l) => l.sign > 0).length;
  const down = lines.filter((l) => l.sign < 0).length;
  const totalA = summarise(left.filter((r) => b.has(String(r[p.series] ?? ''))), m, binary);
  const totalB = summarise(right.filter((r) => a.has(String(r[p.series] ?? ''))), m, binary);
  const total = change(totalA, totalB, decimals);
  const [vs, ss, as] = [inSentence(valueTitle), inSentence(seriesTitle), inSentence(acrossTitle)];
  const description =
    `Slope chart of ${vs}, one line per ${ss} (${lines.length}), from ${as} ${fromText} (left) to ${toText} (right): ` +
    `${lines.map((l) => `${l.name} ${endText(l.a, l.sa)} to ${endText(l.b, l.sb)} (${l.delta})`).join('; ')}. ` +
    `${up} up, ${down} down, ${lines.length - up - down} unchanged; in total ${shownSummary(totalA, decimals).text} to ${shownSummary(totalB, decimals).text} (${total.text}).` +
    (pairBy
      ? ` ${distinct === 0 ? `None of the ${lines.length} changes is` : `${distinct} of the ${lines.length} changes ${distinct === 1 ? 'is' : 'are'}`} distinguishable from noise ` +
        `(${binary ? 'exact McNemar test' : 'sign test'} at ${formatLevel(level)}, paired by ${listWords(pairBy.map((c) => inSentence(data.field(c).title)))}); ` +
        `${distinct === 0 ? 'all are' : 'the others are'} drawn muted.`
      : '');
  const tooltip = [
    tip(p.series, seriesTitle),
    tip('across', acrossTitle),
    tip('valueText', valueTitle),
    tip('deltaText', `Change, ${fromText} to ${toText}`),
    ...(pairBy ? [tip('intervalText', `Change, ${formatLevel(level)} interval`), tip('testText', 'Paired test')] : []),
  ];
  // A change the data cannot tell from noise is drawn muted, so the eye goes to the ones it can.
  const mutedOpacity = pairBy ? { opacity: { condition: { test: 'datum.muted', value: 0.35 }, value: 1 } } : {};
  const x = { field: 'across', type: 'ordinal' as const, sort: [fromText, toText], title: null, scale: { padding: 0.3 }, axis: { labelAngle: 0, domain: false, ticks: false, labelFontWeight: 'bold' as const } };
  // On a phone the value axis gives way to the ends' own labels (its tick labels and title would
  // sit under the left ones), and a right label names the series and its change only (the left
  // value and the change give the right one), cut to the width there is (the tooltip and the
  // Data table keep everything).
  const yAxis = { ...(binary ? { format: RATE_AXIS_FORMAT } : {}), ...(phone ? { labels: false, ticks: false, domain: false, grid: false } : {}) };
  const y = { field: 'value', type: 'quantitative' as const, title: phone ? null : valueTitle, scale: { domain: [...domain], nice: false, zero: false }, axis: yAxis };
  const colour = { field: p.series, type: 'nominal' as const, title: seriesTitle, scale: { domain: sortedUnique(lines.map((l) => l.name)) }, legend: null };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: p.title ?? `${valueTitle} per ${ss}, ${fromText} against ${toText}`,
    description,
    width,
    height,
    // Vega fits the axes into the width, not the text marks beyond the plot: on a phone, with no
    // axis on the left, the left labels need the room made for them here.
    ...(phone ? { padding: { left: CHART_PADDING + 8 + Math.max(...lines.map((l) => labelWidth(endText(l.a, l.sa), LABEL_FONT_SIZE))), right: CHART_PADDING, top: CHART_PADDING, bottom: CHART_PADDING } } : {}),
    data: { values },
    layer: [
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color: colour, detail: { field: p.series, type: 'nominal' }, ...mutedOpacity, tooltip } },
      { mark: { type: 'point', filled: true, size: 50 }, encoding: { x, y, color: colour, ...(pairBy ? mutedOpacity : { opacity: { value: 1 } }), tooltip } },
      {
        transform: [{ filter: "datum.side === 'a'" }],
        mark: { type: 'text', align: 'right', baseline: 'middle', dx: -8, fontSize: LABEL_FONT_SIZE },
        encoding: { x, y: { ...y, field: 'labelY' }, text: { field: 'endLabel', type: 'nominal' }, tooltip },
      },
      {
        transform: [{ filter: "datum.side === 'b'" }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, fontSize: LABEL_FONT_SIZE, ...(phone ? { limit: PHONE_LABEL_LIMIT } : {}) },
        encoding: { x, y: { ...y, field: 'labelY' }, text: { field: 'endLabel', type: 'nominal' }, tooltip },
      },
    ],
  } as unknown as TopLevelSpec;
  return {
    spec,
    caption: p.caption ?? `Each ${ss}'s ${vs} with ${as} ${fromText} (left) joined to its value with ${toText} (right).`,
    description: p.description ?? description,
    interactions: { legendFilter: false, highlight: p.series },
    method: pairBy
      ? `Each line's change from ${fromText} to ${toText} is tested pair by pair over ${listWords(pairBy)}, with the ${binary ? 'exact McNemar test' : 'sign test'} ` +
        `at ${formatLevel(level)} (two-sided); its interval is ${binary ? "Newcombe's for a difference of paired proportions" : `a paired bootstrap (${new Intl.NumberFormat('en-GB').format(DEFAULT_REPLICATES)} replicates, seed ${DEFAULT_SEED})`}. ` +
        `${distinct === 0 ? `None of the ${lines.length} changes is` : `${distinct} of ${lines.length} changes ${distinct === 1 ? 'is' : 'are'}`} beyond the noise; ${distinct === 0 ? 'all are' : 'the others are'} drawn muted.`
      : undefined,
    table: {
      columns: [
        { title: seriesTitle, numeric: false },
        { title: fromText, numeric: true },
        { title: toText, numeric: true },
        { title: 'Change', numeric: true },
        ...(pairBy ? [{ title: `${formatLevel(level)} interval`, numeric: true }, { title: 'Paired test', numeric: false }] : []),
      ],
      rows: lines.map((l) => [l.name, l.sa.text, l.sb.text, l.delta, ...(l.test ? [l.test.interval, `${l.test.p}, ${l.test.significant ? 'beyond' : 'within'} the noise`] : [])]),
      csv: {
        header: [p.series, `mean_${p.value}_${fromText}`, `n_${fromText}`, `mean_${p.value}_${toText}`, `n_${toText}`, 'change', ...(pairBy ? ['change_interval', 'paired_test', 'beyond_noise'] : [])],
        rows: lines.map((l) => [l.name, l.sa.value, l.sa.n, l.sb.value, l.sb.n, l.delta, ...(l.test ? [l.test.interval, l.test.p, l.test.significant] : [])]),
      },
    },
    minScale: 0.9,
  };
}

export const slopeKind: ChartKind<SlopeProps> = {
  component: 'Slope',
  props: slopeProps,
  columns: (p) => [
    { prop: 'series', column: p.series },
    { prop: 'across', column: p.across },
    { prop: 'value', column: p.value, numeric: true },
    ...(p.pairBy === undefined ? [] : asList(p.pairBy).map((column) => ({ prop: 'pairBy', column }))),
  ],
  build,
};
