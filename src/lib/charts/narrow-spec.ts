import type { TopLevelSpec } from 'vega-lite';
import { isObject, specObject, type Json, type JsonObject } from './json';

/**
 * The width a chart is drawn at for phones: the 320 px of the narrowest common screen less the
 * page's 1 rem margins on each side. Drawn no wider, a chart shows at its natural size (its text
 * at the 11 px and more it was set in) on any phone, and only grows on wider ones.
 */
export const NARROW_WIDTH = 288;
/** The plot width a kind is asked for when built for NARROW_WIDTH, for its own label placement; autosize then fits the whole chart into NARROW_WIDTH. */
export const NARROW_PLOT_WIDTH = 200;
/** The most an axis label may take on a phone; a longer one ends in "…" (the tooltip and the Data table keep the whole name). */
export const NARROW_LABEL_LIMIT = 96;

/**
 * The config a narrow chart is compiled with, on top of the site's (a spec's own config wins over
 * the one given to the compiler). Legends go below the plot, stacked one above the other, in two
 * columns; labels and titles are limited to the width there is.
 */
const NARROW_CONFIG: JsonObject = {
  axis: { labelLimit: NARROW_LABEL_LIMIT },
  // Column names of a heatmap or bar chart would run into each other upright.
  axisXBand: { labelAngle: -45 },
  legend: {
    orient: 'bottom',
    direction: 'horizontal',
    columns: 2,
    labelLimit: 104,
    titleLimit: NARROW_WIDTH - 16,
    layout: { bottom: { anchor: 'start', direction: 'vertical', margin: 8 } },
  },
  // Over the plot rather than the whole chart: Vega places a 'bounds' title before autosize fits the chart, and it can start off the left edge.
  title: { limit: NARROW_WIDTH - 16, frame: 'group', fontSize: 13 },
};

/**
 * Axis settings a spec makes itself that a phone cannot afford, overriding the config: label
 * limits above NARROW_LABEL_LIMIT (a kind may allow long names on a wide chart), and upright
 * names along a discrete x axis (a heatmap's columns would run into each other).
 */
function narrowAxes(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) narrowAxes(item);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'axis' && isObject(value)) {
      const limit = value['labelLimit'];
      if (typeof limit !== 'number' || limit > NARROW_LABEL_LIMIT) value['labelLimit'] = NARROW_LABEL_LIMIT;
    }
    if (key === 'x' && isObject(value) && (value['type'] === 'nominal' || value['type'] === 'ordinal') && isObject(value['axis'])) {
      value['axis']['labelAngle'] = -45;
    }
    if (key !== 'data') narrowAxes(value);
  }
}

/** Characters per line of a title on a phone: the title starts over the plot, after the y axis. */
const TITLE_LINE = 20;

/** A title's text in lines of at most TITLE_LINE characters, broken between words (Vega draws an array as lines). */
export function wrapTitle(text: string, width = TITLE_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function wrapTitleOf(root: JsonObject): void {
  const title = root['title'];
  if (typeof title === 'string') root['title'] = wrapTitle(title);
  else if (isObject(title) && typeof title['text'] === 'string') title['text'] = wrapTitle(title['text']);
}

function merge(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isObject(b) && isObject(v) ? merge(b, v) : v;
  }
  return out;
}

/**
 * The phone layout of a chart: the whole chart (axes, legends and title included) fitted into
 * NARROW_WIDTH by Vega's autosize, legends below the plot, the title on several lines and long
 * labels shortened. A copy; the
 * input is not modified. Kinds build their spec for NARROW_PLOT_WIDTH first, so their labels
 * are placed for about the plot they get.
 */
export function narrowSpec(spec: TopLevelSpec): TopLevelSpec {
  const root = specObject(spec, 'Vega-Lite spec');
  narrowAxes(root['encoding'] ?? null);
  narrowAxes(root['layer'] ?? null);
  wrapTitleOf(root);
  root['width'] = NARROW_WIDTH;
  root['autosize'] = { type: 'fit-x', contains: 'padding' };
  root['config'] = merge(isObject(root['config']) ? root['config'] : {}, NARROW_CONFIG);
  return root as unknown as TopLevelSpec;
}
