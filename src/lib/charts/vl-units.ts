import { arrayAt, isObject, objectAt, type Json, type JsonObject } from './json';

/** One single-view ("unit") spec of a Vega-Lite spec, with what it inherits from its parents. */
export interface UnitView {
  /** The unit spec itself: rewriting it rewrites the spec it came from. */
  unit: JsonObject;
  /** Its inline rows (own data, or the nearest parent's), or undefined when they are not inline. */
  rows: JsonObject[] | undefined;
  /** Its encoding merged over the encodings of the layers it sits in. */
  encoding: JsonObject;
  /** The mark type ("point", "rect", ...). */
  mark: string;
}

/** The children of a composed view: layers, concatenations, and the inner spec of facet and repeat. */
function children(node: JsonObject): JsonObject[] {
  const out: JsonObject[] = [];
  for (const key of ['layer', 'hconcat', 'vconcat', 'concat']) {
    for (const c of arrayAt(node, key)) if (isObject(c)) out.push(c);
  }
  const inner = objectAt(node, 'spec');
  if (inner) out.push(inner);
  return out;
}

function inlineRows(data: Json | undefined, datasets: JsonObject | undefined): JsonObject[] | undefined {
  if (!isObject(data)) return undefined;
  const values = data['values'];
  if (Array.isArray(values)) return values.filter(isObject);
  const name = data['name'];
  if (typeof name === 'string' && datasets) {
    const named = datasets[name];
    if (Array.isArray(named)) return named.filter(isObject);
  }
  return undefined;
}

/** The mark type of a unit spec: `mark: "point"` or `mark: { type: "point", ... }`. */
export function markType(unit: JsonObject): string {
  const m = unit['mark'];
  if (typeof m === 'string') return m;
  if (isObject(m) && typeof m['type'] === 'string') return m['type'];
  return '';
}

/** Every unit spec in `spec`, depth first in document order. */
export function unitViews(spec: JsonObject): UnitView[] {
  const datasets = objectAt(spec, 'datasets');
  const out: UnitView[] = [];
  const visit = (node: JsonObject, rows: JsonObject[] | undefined, encoding: JsonObject): void => {
    const own = 'data' in node ? inlineRows(node['data'], datasets) : rows;
    const enc = { ...encoding, ...(objectAt(node, 'encoding') ?? {}) };
    if ('mark' in node) {
      out.push({ unit: node, rows: own, encoding: enc, mark: markType(node) });
      return;
    }
    // Concatenated views do not share encodings; layers do.
    const inherits = 'layer' in node;
    for (const c of children(node)) visit(c, own, inherits ? enc : {});
  };
  visit(spec, undefined, {});
  return out;
}

/** The field a channel definition reads, if it is a field definition. */
export function channelField(def: Json | undefined): string | undefined {
  if (isObject(def) && typeof def['field'] === 'string') return def['field'];
  return undefined;
}

/** Fields a unit reads or carries: fields its encoding names, and the keys of its first inline row. */
export function unitFields(view: UnitView): Set<string> {
  const fields = new Set<string>();
  for (const def of Object.values(view.encoding)) {
    for (const d of Array.isArray(def) ? def : [def]) {
      const f = channelField(d);
      if (f) fields.add(f);
    }
  }
  const first = view.rows?.[0];
  if (first) for (const k of Object.keys(first)) fields.add(k);
  return fields;
}
