import { arrayAt, cloneJson, isObject, specObject, type Json, type JsonObject } from './json';
import type { AddedInteractions } from './with-interactions';
import type { CellTasks } from './cell-tasks';

export type Theme = 'light' | 'dark';

/** Where a download comes from: a file the build wrote, or nothing (the client makes a Blob). */
export interface ChartFiles {
  csv?: string;
  svg?: string;
  vl?: string;
}

/**
 * What a chart's JSON island carries to the browser: the Vega specs compiled at build time for
 * each theme (the reader's browser never loads Vega-Lite), with data sets that both themes share
 * stored once, plus whatever the chart's interactions need.
 */
export interface ChartIsland {
  /** Version of this shape, so a stale page and a new script cannot misread each other. */
  v: 1;
  specs: Record<Theme, JsonObject>;
  /** Inline data sets identical in both specs, by data set name; cut out of `specs`. */
  shared: Record<string, Json[]>;
  added: AddedInteractions;
  /** Base name for downloaded files ("harness-bench-frontier"). */
  name: string;
  /** The chart's data for a CSV made in the browser; only when no CSV file was written. */
  csv?: { header: string[]; rows: Json[][] };
  /** The Vega-Lite spec for a .vl.json made in the browser; only when no file was written. */
  vl?: JsonObject;
  /** The heatmap's runs per cell. */
  cells?: CellTasks;
}

export interface IslandInput {
  light: unknown;
  dark: unknown;
  added: AddedInteractions;
  name: string;
  csv?: { header: string[]; rows: Json[][] } | undefined;
  vl?: unknown;
  cells?: CellTasks | undefined;
}

/** Builds a chart's island, storing once every inline data set the two themes' specs share. */
export function buildIsland(input: IslandInput): ChartIsland {
  const light = specObject(input.light, 'light Vega spec');
  const dark = specObject(input.dark, 'dark Vega spec');
  const darkData = new Map<string, JsonObject>();
  for (const d of arrayAt(dark, 'data')) if (isObject(d) && typeof d['name'] === 'string') darkData.set(d['name'], d);
  const shared: Record<string, Json[]> = {};
  for (const d of arrayAt(light, 'data')) {
    if (!isObject(d) || typeof d['name'] !== 'string' || !Array.isArray(d['values'])) continue;
    const twin = darkData.get(d['name']);
    if (!twin || !Array.isArray(twin['values'])) continue;
    if (JSON.stringify(twin['values']) !== JSON.stringify(d['values'])) continue;
    shared[d['name']] = d['values'];
    delete d['values'];
    delete twin['values'];
  }
  return {
    v: 1,
    specs: { light, dark },
    shared,
    added: input.added,
    name: input.name,
    ...(input.csv ? { csv: input.csv } : {}),
    ...(input.vl !== undefined ? { vl: specObject(input.vl, 'Vega-Lite spec') } : {}),
    ...(input.cells ? { cells: input.cells } : {}),
  };
}

/**
 * The full Vega spec of one theme, with the shared data sets put back. A fresh copy each time:
 * Vega tags the rows it ingests, and a view made after a theme switch must start clean.
 */
export function restoreSpec(island: ChartIsland, theme: Theme): JsonObject {
  const spec = specObject(island.specs[theme], `${theme} Vega spec`);
  for (const d of arrayAt(spec, 'data')) {
    if (!isObject(d) || typeof d['name'] !== 'string') continue;
    const values = island.shared[d['name']];
    if (values && !('values' in d)) d['values'] = cloneJson(values);
  }
  return spec;
}

/** Reads an island back from the text of its <script type="application/json">, checking its shape. */
export function parseIsland(text: string): ChartIsland {
  const value: unknown = JSON.parse(text);
  if (!isObject(value) || value['v'] !== 1) throw new Error('The chart data on this page is not in the shape this script reads (version 1).');
  const specs = value['specs'];
  if (!isObject(specs) || !isObject(specs['light']) || !isObject(specs['dark'])) throw new Error('The chart data on this page has no light and dark specs.');
  if (!isObject(value['shared']) || !isObject(value['added']) || typeof value['name'] !== 'string') {
    throw new Error('The chart data on this page is incomplete.');
  }
  return value as unknown as ChartIsland;
}
