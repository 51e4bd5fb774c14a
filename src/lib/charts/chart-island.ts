import { arrayAt, cloneJson, isObject, specObject, type Json, type JsonObject } from './json';
import { applyPatch, diffJson, type JsonPatch } from './json-patch';
import type { AddedInteractions } from './with-interactions';
import type { DrillCells } from './drill-cells';

export type Theme = 'light' | 'dark';

/** Where a download comes from when the build wrote a file for it. */
export interface ChartFiles {
  csv?: string;
  svg?: string;
  vl?: string;
}

/** Rows for a CSV made in the browser: inline, or the named data set of the spec, projected on `header`. */
export type IslandCsv = { header: string[]; rows: Json[][] } | { header: string[]; dataset: string };

/**
 * What a chart's JSON island carries to the browser: the Vega spec compiled at build time for the
 * light theme plus the few changes that make the dark one (the reader's browser never loads
 * Vega-Lite), every inline data set stored once, and whatever downloads and interactions need.
 */
export interface ChartIsland {
  /** Version of this shape, so a stale page and a new script cannot misread each other. */
  v: 1;
  /** The light Vega spec with the values of its inline data sets cut out (they are in `shared`). */
  light: JsonObject;
  /** Turns the light spec (with its data) into the dark one. */
  dark: JsonPatch;
  /** Inline data sets by name. */
  shared: Record<string, Json[]>;
  added: AddedInteractions;
  /** Base name for downloaded files ("harness-bench-speed_vs_accuracy"). */
  name: string;
  csv?: IslandCsv;
  /** The Vega-Lite spec for a .vl.json download; its data values are shared[vlData] when vlData is set. */
  vl?: JsonObject;
  vlData?: string;
  /** The heatmap's rows per cell, printed. */
  cells?: DrillCells;
}

export interface IslandInput {
  light: unknown;
  dark: unknown;
  added: AddedInteractions;
  name: string;
  csv?: { header: string[]; rows: Json[][] } | undefined;
  vl?: unknown;
  cells?: DrillCells | undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A data set's rows projected on `header`, the way a CSV row lists them. */
function project(rows: readonly Json[], header: readonly string[]): Json[][] {
  return rows.map((r) => header.map((h) => (isObject(r) && r[h] !== undefined ? (r[h] as Json) : null)));
}

/** Builds a chart's island, storing each inline data set once and referring to it wherever it recurs. */
export function buildIsland(input: IslandInput): ChartIsland {
  const light = specObject(input.light, 'light Vega spec');
  const dark = specObject(input.dark, 'dark Vega spec');
  const patch = diffJson(light, dark);
  const shared: Record<string, Json[]> = {};
  for (const d of arrayAt(light, 'data')) {
    if (!isObject(d) || typeof d['name'] !== 'string' || !Array.isArray(d['values'])) continue;
    shared[d['name']] = d['values'];
    delete d['values'];
  }
  const island: ChartIsland = { v: 1, light, dark: patch, shared, added: input.added, name: input.name };
  if (input.csv) {
    const { header, rows } = input.csv;
    const match = Object.entries(shared).find(([, values]) => values.length === rows.length && same(project(values, header), rows));
    island.csv = match ? { header: [...header], dataset: match[0] } : { header: [...header], rows };
  }
  if (input.vl !== undefined) {
    const vl = specObject(input.vl, 'Vega-Lite spec');
    const data = vl['data'];
    const values = isObject(data) ? data['values'] : undefined;
    const match = Array.isArray(values) ? Object.entries(shared).find(([, v]) => same(v, values)) : undefined;
    if (match && isObject(data)) {
      delete data['values'];
      island.vlData = match[0];
    }
    island.vl = vl;
  }
  if (input.cells) island.cells = input.cells;
  return island;
}

/**
 * The full Vega spec of one theme, with its data put back. A fresh copy each time: Vega tags the
 * rows it ingests, and a view made after a theme switch must start clean.
 */
export function restoreSpec(island: ChartIsland, theme: Theme): JsonObject {
  const spec = specObject(island.light, 'light Vega spec');
  for (const d of arrayAt(spec, 'data')) {
    if (!isObject(d) || typeof d['name'] !== 'string') continue;
    const values = island.shared[d['name']];
    if (values && !('values' in d)) d['values'] = cloneJson(values);
  }
  if (theme === 'light') return spec;
  const dark = applyPatch(spec, island.dark);
  if (!isObject(dark)) throw new Error('The dark theme of this chart is not a spec.');
  return dark;
}

/** The header and rows of the chart's CSV download, if the island has them. */
export function islandCsv(island: ChartIsland): { header: string[]; rows: Json[][] } | undefined {
  const csv = island.csv;
  if (!csv) return undefined;
  if ('rows' in csv) return csv;
  return { header: csv.header, rows: project(island.shared[csv.dataset] ?? [], csv.header) };
}

/** The Vega-Lite spec of the chart's .vl.json download, with its data, if the island has it. */
export function islandVegaLite(island: ChartIsland): JsonObject | undefined {
  if (!island.vl) return undefined;
  const vl = specObject(island.vl, 'Vega-Lite spec');
  const data = vl['data'];
  if (island.vlData !== undefined && isObject(data)) data['values'] = cloneJson(island.shared[island.vlData] ?? []);
  return vl;
}

/** Reads an island back from the text of its <script type="application/json">, checking its shape. */
export function parseIsland(text: string): ChartIsland {
  const value: unknown = JSON.parse(text);
  if (!isObject(value) || value['v'] !== 1) throw new Error('The chart data on this page is not in the shape this script reads (version 1).');
  if (!isObject(value['light']) || !Array.isArray(value['dark'])) throw new Error('The chart data on this page has no light and dark specs.');
  if (!isObject(value['shared']) || !isObject(value['added']) || typeof value['name'] !== 'string') {
    throw new Error('The chart data on this page is incomplete.');
  }
  return value as unknown as ChartIsland;
}
