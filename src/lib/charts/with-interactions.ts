import type { TopLevelSpec } from 'vega-lite';
import { arrayAt, isObject, specObject, type Json, type JsonObject } from './json';
import { channelField, unitFields, unitViews, type UnitView } from './vl-units';

/**
 * The Vega signal of the value the reader points at in some chart of the page, or null; the
 * page sets it in every chart linked by the same column (see highlight below).
 */
export const HIGHLIGHT_SIGNAL = 'highlight';
/** The point selection bound to the colour legend (click an entry to keep only it). */
export const LEGEND_PARAM = 'legend_filter';
/** The interval selection bound to the x and y scales (zoom and pan). */
export const ZOOM_PARAM = 'zoom_pan';

/** Opacity of marks of other models while one is highlighted, and of marks the legend filters out. */
export const DIM_OPACITY = 0.2;
export const FILTERED_OPACITY = 0.06;

/**
 * Wheel events zoom only with a modifier (trackpad pinches arrive as ctrl+wheel), so a reader
 * scrolling the page past a chart scrolls the page instead of zooming the chart.
 */
export const ZOOM_EVENTS = 'wheel![event.ctrlKey || event.metaKey || event.shiftKey]';

export interface InteractionOptions {
  /**
   * The column that links this chart to the others of the page: pointing at a mark publishes
   * its value of this column, and marks holding another value are dimmed while one is
   * published (linked views). Undefined or false: no linking.
   */
  highlight?: string | false | undefined;
  /**
   * Field of a nominal colour legend whose entries filter the chart when clicked. Undefined:
   * the field of the first discrete colour encoding that has a legend; false: none.
   */
  legendFilter?: string | false;
  /** Zoom and pan the quantitative x and y scales of the first unit that has both. Default false. */
  zoom?: boolean;
}

/** What withInteractions() added, so the client knows which signals exist. */
export interface AddedInteractions {
  /** The column the chart is linked by, or null. */
  highlight: string | null;
  legendField: string | null;
  zoom: boolean;
}

function hasParam(spec: JsonObject, name: string): boolean {
  return arrayAt(spec, 'params').some((p) => isObject(p) && p['name'] === name);
}

function addParam(node: JsonObject, param: JsonObject): void {
  node['params'] = [...arrayAt(node, 'params'), param];
}

function isDiscrete(def: Json | undefined): boolean {
  return isObject(def) && (def['type'] === 'nominal' || def['type'] === 'ordinal');
}

/** The first unit whose colour (or fill) is a discrete field with a legend, and that field. */
function legendSource(views: UnitView[], field: string | undefined): { view: UnitView; field: string } | undefined {
  for (const view of views) {
    for (const channel of ['color', 'fill']) {
      const def = view.encoding[channel];
      const f = channelField(def);
      if (!f || !isDiscrete(def) || (isObject(def) && def['legend'] === null)) continue;
      if (field === undefined || f === field) return { view, field: f };
    }
  }
  return undefined;
}

function isQuantitative(def: Json | undefined): boolean {
  return isObject(def) && def['type'] === 'quantitative' && typeof def['field'] === 'string';
}

/** Marks that draw one shape through many rows (a frontier line) belong to a value only when grouped by its column. */
const CONNECTED_MARKS = new Set(['line', 'area', 'trail']);

function carries(view: UnitView, field: string): boolean {
  if (!CONNECTED_MARKS.has(view.mark)) return unitFields(view).has(field);
  for (const channel of ['color', 'stroke', 'fill', 'detail', 'strokeDash']) {
    const def = view.encoding[channel];
    for (const d of Array.isArray(def) ? def : [def]) if (channelField(d) === field) return true;
  }
  return false;
}

/**
 * Prepends dimming conditions to a unit's opacity. Conditions come first so that they win over
 * whatever opacity the builder set; without a match the builder's own opacity (or the mark's
 * default) applies, so the chart looks the same until the reader interacts with it.
 */
function dimUnit(unit: JsonObject, conditions: JsonObject[]): void {
  if (conditions.length === 0) return;
  const encoding = isObject(unit['encoding']) ? unit['encoding'] : (unit['encoding'] = {});
  const existing = encoding['opacity'];
  if (isObject(existing)) {
    const prior = existing['condition'];
    const rest = prior === undefined ? [] : Array.isArray(prior) ? prior : [prior];
    existing['condition'] = [...conditions, ...rest];
  } else {
    encoding['opacity'] = { condition: conditions };
  }
}

/**
 * Returns a copy of a Vega-Lite spec with the interactions the live charts use: a `highlight`
 * signal that dims the marks of other values of the linking column (linked views: the page sets
 * it in every chart linked by that column), a legend that filters on click, and zoom and pan on
 * the scales. The marks of a value are the units whose data or encoding has the column (lines
 * and areas only when grouped by it, so a frontier line through many values stays). The input
 * is not modified.
 */
export function withInteractions(spec: TopLevelSpec, opts: InteractionOptions = {}): { spec: TopLevelSpec; added: AddedInteractions } {
  const root = specObject(spec, 'Vega-Lite spec');
  const views = unitViews(root);
  const added: AddedInteractions = { highlight: null, legendField: null, zoom: false };
  const conditions = new Map<JsonObject, JsonObject[]>();
  const push = (unit: JsonObject, c: JsonObject) => conditions.set(unit, [...(conditions.get(unit) ?? []), c]);

  if (opts.legendFilter !== false) {
    const source = legendSource(views, opts.legendFilter);
    if (source && !hasParam(source.view.unit, LEGEND_PARAM)) {
      addParam(source.view.unit, { name: LEGEND_PARAM, select: { type: 'point', fields: [source.field] }, bind: 'legend' });
      added.legendField = source.field;
      for (const view of views) {
        if (unitFields(view).has(source.field)) {
          push(view.unit, { test: { not: { param: LEGEND_PARAM, empty: true } }, value: FILTERED_OPACITY });
        }
      }
    }
  }

  const link = opts.highlight;
  if (typeof link === 'string') {
    const linked = views.filter((v) => carries(v, link));
    if (linked.length > 0) {
      if (!hasParam(root, HIGHLIGHT_SIGNAL)) addParam(root, { name: HIGHLIGHT_SIGNAL, value: null });
      added.highlight = link;
      // A quoted member name: columns may hold any characters.
      for (const view of linked) push(view.unit, { test: `${HIGHLIGHT_SIGNAL} != null && datum[${JSON.stringify(link)}] !== ${HIGHLIGHT_SIGNAL}`, value: DIM_OPACITY });
    }
  }

  if (opts.zoom) {
    const target = views.find((v) => isQuantitative(v.encoding['x']) && isQuantitative(v.encoding['y']));
    if (target && !hasParam(target.unit, ZOOM_PARAM)) {
      addParam(target.unit, {
        name: ZOOM_PARAM,
        select: { type: 'interval', encodings: ['x', 'y'], zoom: ZOOM_EVENTS },
        bind: 'scales',
      });
      added.zoom = true;
    }
  }

  for (const [unit, cs] of conditions) dimUnit(unit, cs);
  return { spec: root as unknown as TopLevelSpec, added };
}
