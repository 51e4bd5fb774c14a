import { byName } from '../by-name';

/** The Vega-Lite schema the specs are written against (an identifier; nothing fetches it). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** d3-format for rate axes: whole percentages, like the tick labels of the write-up's figures. */
export const RATE_AXIS_FORMAT = '.0%';

/** Font size of labels written next to marks; label placement assumes it. */
export const LABEL_FONT_SIZE = 11;

/** A tooltip entry for a field that holds text (names, or numbers already formatted). */
export interface TooltipField {
  field: string;
  type: 'nominal';
  title: string;
}

export function tip(field: string, title: string): TooltipField {
  return { field, type: 'nominal', title };
}

/** The width and height to use, checked: a bad size is a programming error, said plainly. */
export function plotSize(opts: { width?: number; height?: number }, width: number, height: number): { width: number; height: number } {
  const w = opts.width ?? width;
  const h = opts.height ?? height;
  for (const [name, v] of [['width', w], ['height', h]] as const) {
    if (!Number.isFinite(v) || v <= 0) throw new RangeError(`Chart ${name} must be a positive number of pixels, got ${v}.`);
  }
  return { width: w, height: h };
}

/** Distinct values in code-unit order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byName);
}

export { byName };
