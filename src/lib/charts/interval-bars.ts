import type { TopLevelSpec } from 'vega-lite';
import { arrayAt, isObject, specObject, type JsonObject } from './json';
import { channelField, unitFields, unitViews } from './vl-units';

/** Fields the spec builders put on every bar row (src/lib/specs/common.ts statFields). */
const LO = 'ciLo';
const HI = 'ciHi';
const RATE = 'rate';
const PHRASE = /,? with 95% Wilson intervals/;

function isInterval(unit: JsonObject): boolean {
  const enc = isObject(unit['encoding']) ? unit['encoding'] : {};
  return channelField(enc['x2']) === HI || channelField(enc['y2']) === HI;
}

/** The layer array holding a unit, found by identity. */
function layerHolding(node: JsonObject, unit: JsonObject): JsonObject[] | undefined {
  const layer = arrayAt(node, 'layer');
  if (layer.includes(unit)) return layer as JsonObject[];
  for (const key of ['layer', 'hconcat', 'vconcat', 'concat']) {
    for (const c of arrayAt(node, key)) {
      if (!isObject(c)) continue;
      const found = layerHolding(c, unit);
      if (found) return found;
    }
  }
  const inner = node['spec'];
  return isObject(inner) ? layerHolding(inner, unit) : undefined;
}

/**
 * A bar chart without its interval rules: rules from ciLo to ciHi are removed, and labels placed
 * at ciHi move to the end of the bar (rate). The description loses its mention of the intervals.
 * Used when every cell ran once, where the brief asks for bars alone.
 */
export function withoutIntervals(spec: TopLevelSpec): TopLevelSpec {
  const root = specObject(spec, 'Vega-Lite spec');
  for (const view of unitViews(root)) {
    if (isInterval(view.unit)) {
      const layer = layerHolding(root, view.unit);
      if (layer) layer.splice(layer.indexOf(view.unit), 1);
      continue;
    }
    const enc = view.unit['encoding'];
    if (!isObject(enc)) continue;
    for (const ch of ['x', 'y']) {
      const def = enc[ch];
      if (isObject(def) && def['field'] === HI) def['field'] = RATE;
    }
  }
  if (typeof root['description'] === 'string') root['description'] = root['description'].replace(PHRASE, '');
  return root as unknown as TopLevelSpec;
}

/**
 * A bar chart with a 95% Wilson interval rule on every bar (from the rows' ciLo and ciHi), its
 * bar-end labels moved past the rule. Unchanged when it has one already or its rows lack the
 * interval fields.
 */
export function withIntervals(spec: TopLevelSpec): TopLevelSpec {
  const root = specObject(spec, 'Vega-Lite spec');
  const views = unitViews(root);
  if (views.some((v) => isInterval(v.unit))) return root as unknown as TopLevelSpec;
  const bar = views.find((v) => v.mark === 'bar' && unitFields(v).has(LO) && unitFields(v).has(HI));
  if (!bar) return root as unknown as TopLevelSpec;
  const layer = layerHolding(root, bar.unit);
  if (!layer) return root as unknown as TopLevelSpec;
  const axis = isObject(bar.encoding['x']) && bar.encoding['x']['type'] === 'quantitative' ? 'x' : 'y';
  const value = bar.encoding[axis];
  const title = isObject(value) && 'title' in value ? { title: value['title'] } : {};
  layer.splice(layer.indexOf(bar.unit) + 1, 0, {
    mark: { type: 'rule', strokeWidth: 1.5 },
    encoding: { [axis]: { field: LO, type: 'quantitative', ...title }, [`${axis}2`]: { field: HI } },
  });
  for (const v of views) {
    if (v.mark !== 'text') continue;
    const enc = isObject(v.unit['encoding']) ? v.unit['encoding'] : (v.unit['encoding'] = {});
    enc[axis] = { field: HI, type: 'quantitative', ...title };
  }
  if (typeof root['description'] === 'string') {
    root['description'] = `${root['description']} Each bar carries its 95% Wilson interval.`.trim();
  }
  return root as unknown as TopLevelSpec;
}
