import { formatPasses, formatRate, formatRatePasses, formatSeconds } from '../format';
import type { PassStats } from '../aggregate/pass-stats';

/** The Vega-Lite schema the specs are written against (an identifier; nothing fetches it). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Size options every builder takes; the plot area in pixels, without axes and legends. */
export interface FigureOptions {
  width?: number;
  height?: number;
}

/** d3-format for rate axes: whole percentages, like the tick labels of the write-up's figures. */
export const RATE_AXIS_FORMAT = '.0%';

/** Font size of labels written next to marks; label placement assumes it. */
export const LABEL_FONT_SIZE = 11;

/**
 * The numeric fields of PassStats flattened into chart rows, plus the same numbers formatted by
 * src/lib/format so that text marks and tooltips print exactly what the tables print.
 */
export interface StatFields {
  runs: number;
  passed: number;
  rate: number;
  avgTimeS: number;
  ciLo: number;
  ciHi: number;
  passesLabel: string;
  rateLabel: string;
  timeLabel: string;
  ciLabel: string;
}

export function statFields(s: PassStats): StatFields {
  return {
    runs: s.runs,
    passed: s.passed,
    rate: s.rate,
    avgTimeS: s.avgTimeS,
    ciLo: s.ci.lo,
    ciHi: s.ci.hi,
    passesLabel: formatPasses(s.passed, s.runs),
    rateLabel: formatRatePasses(s.passed, s.runs),
    timeLabel: formatSeconds(s.avgTimeS),
    ciLabel: `${formatRate(s.ci.lo)} to ${formatRate(s.ci.hi)}`,
  };
}

/** A tooltip entry for a field that holds text (names, or numbers already formatted). */
export interface TooltipField {
  field: string;
  type: 'nominal';
  title: string;
}

export function tip(field: string, title: string): TooltipField {
  return { field, type: 'nominal', title };
}

/** Tooltip entries for the formatted StatFields, in the order the tables show them. */
export function statTips(): TooltipField[] {
  return [tip('passesLabel', 'Passed'), tip('rateLabel', 'Pass rate'), tip('ciLabel', '95% interval'), tip('timeLabel', 'Mean agent time')];
}

/** The width and height to use, checked: a bad size is a programming error, said plainly. */
export function plotSize(opts: FigureOptions, width: number, height: number): { width: number; height: number } {
  const w = opts.width ?? width;
  const h = opts.height ?? height;
  for (const [name, v] of [['width', w], ['height', h]] as const) {
    if (!Number.isFinite(v) || v <= 0) throw new RangeError(`Chart ${name} must be a positive number of pixels, got ${v}.`);
  }
  return { width: w, height: h };
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** Pass rates of several groups in total: exact counts, so the rate is passed / runs. */
export function totalRate(rows: ReadonlyArray<{ passed: number; runs: number }>): { passed: number; runs: number } {
  let passed = 0;
  let runs = 0;
  for (const r of rows) {
    passed += r.passed;
    runs += r.runs;
  }
  return { passed, runs };
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct values in code-unit order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byName);
}
