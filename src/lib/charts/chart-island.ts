import { arrayAt, cloneJson, isObject, specObject, type Json, type JsonObject } from './json';
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
 * What a live chart needs, in a file beside the page (<figure data-chart-src>) that the browser
 * fetches when the chart goes live, so the page's HTML does not carry it: the one Vega spec
 * compiled at build time for both themes (the page's CSS restyles it; the reader's browser never
 * loads Vega-Lite), every inline data set stored once, and whatever downloads and interactions need.
 */
export interface ChartIsland {
  /** Version of this shape, so a stale page and a new script cannot misread each other. */
  v: 2;
  /** The Vega spec with the values of its inline data sets cut out (they are in `shared`). */
  spec: JsonObject;
  /**
   * The phone layout's Vega spec, and those of its inline data sets whose values differ from the
   * data set of the same name in `shared` (the rest are read from there).
   */
  narrow?: { spec: JsonObject; shared: Record<string, Json[]> };
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

export type Layout = 'wide' | 'narrow';

export interface IslandInput {
  spec: unknown;
  narrow?: unknown;
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
  const spec = specObject(input.spec, 'Vega spec');
  const shared: Record<string, Json[]> = {};
  for (const d of arrayAt(spec, 'data')) {
    if (!isObject(d) || typeof d['name'] !== 'string' || !Array.isArray(d['values'])) continue;
    shared[d['name']] = d['values'];
    delete d['values'];
  }
  const island: ChartIsland = { v: 2, spec, shared, added: input.added, name: input.name };
  if (input.narrow !== undefined) {
    const narrow = specObject(input.narrow, 'narrow Vega spec');
    const own: Record<string, Json[]> = {};
    for (const d of arrayAt(narrow, 'data')) {
      if (!isObject(d) || typeof d['name'] !== 'string' || !Array.isArray(d['values'])) continue;
      if (!same(shared[d['name']], d['values'])) own[d['name']] = d['values'];
      delete d['values'];
    }
    island.narrow = { spec: narrow, shared: own };
  }
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
 * The full Vega spec of a layout (the wide one when the island has no other), with its data put
 * back. A fresh copy each time: Vega tags the rows it ingests, and a view made again must start clean.
 */
export function restoreSpec(island: ChartIsland, layout: Layout = 'wide'): JsonObject {
  const narrow = layout === 'narrow' ? island.narrow : undefined;
  const spec = specObject(narrow?.spec ?? island.spec, 'Vega spec');
  for (const d of arrayAt(spec, 'data')) {
    if (!isObject(d) || typeof d['name'] !== 'string') continue;
    const values = narrow?.shared[d['name']] ?? island.shared[d['name']];
    if (values && !('values' in d)) d['values'] = cloneJson(values);
  }
  return spec;
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

/** Reads an island back from the text of its file, checking its shape. */
export function parseIsland(text: string): ChartIsland {
  const value: unknown = JSON.parse(text);
  if (!isObject(value) || value['v'] !== 2) throw new Error('The chart data of this page is not in the shape this script reads (version 2).');
  if (!isObject(value['spec'])) throw new Error('The chart data of this page has no Vega spec.');
  if (!isObject(value['shared']) || !isObject(value['added']) || typeof value['name'] !== 'string') {
    throw new Error('The chart data of this page is incomplete.');
  }
  return value as unknown as ChartIsland;
}
