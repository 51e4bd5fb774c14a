import type { TopLevelSpec } from 'vega-lite';
import { chartArtifacts } from '../../lib/charts/chart-artifacts';
import { buildIsland, type ChartFiles } from '../../lib/charts/chart-island';
import { chartFilePath, recordChartFile } from '../../lib/charts/chart-files';
import type { FigureTable } from '../../lib/charts/chart-kind';
import { specCsvRows, specTable } from '../../lib/charts/chart-table';
import { completeOpacity } from '../../lib/charts/complete-opacity';
import { displayValue } from '../../lib/charts/display-value';
import type { DrillCells } from '../../lib/charts/drill-cells';
import { figureId } from '../../lib/charts/figure-id';
import { slimSvg } from '../../lib/charts/slim-svg';
import { stripAria } from '../../lib/charts/strip-aria';
import { svgSize, type Size } from '../../lib/charts/svg-size';
import type { InteractionOptions } from '../../lib/charts/with-interactions';
import { scopeSvgIds } from '../../lib/mermaid/scope-svg-ids';
import { numbered, recordMethod } from '../../lib/reports/methods-note';
import { compileForPage } from '../../lib/render/compile-to-vega';
import { narrowSpec } from '../../lib/charts/narrow-spec';

/** What VegaChart.astro takes; the chart components fill in everything from their kind. */
export interface ChartInput {
  spec: TopLevelSpec;
  /** The phone layout of the chart; by default narrowSpec(spec). */
  narrow?: TopLevelSpec | undefined;
  caption: string;
  label?: string | undefined;
  number?: number | string | undefined;
  id?: string | undefined;
  description?: string | undefined;
  /** The Data table; by default read from the spec's tooltips. */
  table?: FigureTable | undefined;
  interactions?: InteractionOptions | undefined;
  /** The heatmap's rows per cell. */
  drill?: DrillCells | undefined;
  /** How the chart shows uncertainty, for the post's methods note. */
  method?: string | undefined;
  /**
   * How far the desktop layout may shrink, as a fraction of its natural width, before the phone
   * layout takes its place (1: never shrinks; the heatmap). Default 0.75.
   */
  minScale?: number | undefined;
  /** The chart kind ("Frontier"), or "VegaChart" for a spec written in the post. */
  kind?: string | undefined;
  /** The page's path ("/2026/post/"): where the chart's downloadable files and live data go. */
  page: string;
}

export interface PreparedChart {
  id: string;
  kind: string;
  /** "Figure 3." or "Figure." when the numbering plugin did not number it. */
  figureLabel: string;
  caption: string;
  description: string;
  /** The static SVG of each layout, one for both themes (charts.css restyles it for the dark one). */
  svg: { wide: string; narrow: string };
  size: { wide: Size; narrow: Size };
  /**
   * The container width (px, in steps of FIT_STEP) from which the wide layout shows, shrunk to
   * at most minScale of its natural width as it always was on a desktop column; below it the
   * phone layout does, instead of a sideways scroll (charts.css has one rule per step).
   */
  fit: number;
  columns: Array<{ title: string; numeric: boolean }>;
  rows: string[][];
  /** Where the live chart's data (its ChartIsland) is, fetched when the chart goes live. */
  islandSrc: string;
  name: string;
  files: ChartFiles;
  /** Whether the per-cell panel exists (heatmap with drill). */
  hasCells: boolean;
  /** A hint on what the reader can do with the live chart. */
  hint: string;
}

/** The Data table of a spec written in a post: its tooltip fields, printed as the tooltips format them. */
function tableOfSpec(spec: TopLevelSpec): FigureTable {
  const t = specTable(spec);
  return {
    columns: t.columns.map((c) => ({ title: c.title, numeric: c.numeric })),
    rows: t.rows.map((r) => t.columns.map((c) => displayValue(r[c.field] ?? null, c))),
    csv: specCsvRows(spec),
  };
}

/**
 * A static copy of the chart: ids made unique on the page, and hidden from assistive tech as a
 * whole (the figure's frame carries the label and the description), so Vega's per-mark labels go,
 * and so do the bytes that draw nothing (slimSvg).
 */
function staticSvg(svg: string, prefix: string): string {
  return slimSvg(stripAria(scopeSvgIds(svg, prefix))).replace(/^(\s*<svg)\b/, '$1 aria-hidden="true" focusable="false"');
}

/** Steps of the container widths that charts.css switches layouts at, and their range. */
export const FIT_STEP = 25;
export const FIT_MIN = 300;
export const FIT_MAX = 1200;

/** The first step at or above `width`, within the range charts.css covers. */
export function fitStep(width: number): number {
  return Math.min(FIT_MAX, Math.max(FIT_MIN, Math.ceil(width / FIT_STEP) * FIT_STEP));
}

/**
 * Everything a chart figure needs, worked out at build time: the static SVG of each layout
 * (desktop and phone, each drawn by the same spec its live chart uses, so the live chart replaces
 * it without moving), their Vega specs compiled once for both themes, the data table, the file
 * from which the client brings the chart to life, and the downloadable files (of the desktop
 * layout), all recorded for the end of the build.
 */
export async function prepareChart(input: ChartInput): Promise<PreparedChart> {
  const id = figureId({ id: input.id, label: input.label, fallback: input.kind ?? 'chart' });
  const kind = input.kind ?? 'VegaChart';
  const table = input.table ?? tableOfSpec(input.spec);
  const art = await chartArtifacts(input.spec, input.interactions ?? {}, table, id);
  const { live, added } = art;
  // The phone layout is drawn for the page only: the downloads are of the desktop one.
  const phone = await chartArtifacts(input.narrow ?? narrowSpec(input.spec), input.interactions ?? {}, undefined, id);
  const svg = { wide: staticSvg(art.svg.page, id), narrow: staticSvg(phone.svg.page, `${id}-n`) };
  const size = { wide: svgSize(svg.wide), narrow: svgSize(svg.narrow) };

  if (input.method !== undefined) {
    recordMethod(input.page, { subject: input.number === undefined ? 'A figure' : `Figure ${input.number}`, order: numbered('figure', input.number), text: input.method });
  }
  const files: ChartFiles = {};
  for (const [name, contents] of art.files) {
    const ext = name.slice(id.length + 1);
    const path = chartFilePath(input.page, id, ext);
    recordChartFile(path, contents);
    if (ext === 'light.svg') files.svg = path;
    else if (ext === 'vl.json') files.vl = path;
    else if (ext === 'csv') files.csv = path;
  }
  // The browser makes the CSV and .vl.json of exactly what the chart shows; files the build wrote
  // are the links for readers without JavaScript.
  const island = buildIsland({
    spec: completeOpacity(compileForPage(live)),
    narrow: completeOpacity(compileForPage(phone.live)),
    added,
    name: id,
    csv: table.csv,
    vl: input.spec,
    cells: input.drill,
  });
  const islandSrc = chartFilePath(input.page, id, 'chart.json');
  recordChartFile(islandSrc, `${JSON.stringify(island)}\n`);
  const specDescription = (input.spec as { description?: unknown }).description;
  const description = input.description ?? (typeof specDescription === 'string' ? specDescription : '');
  const hints = ['Hover or focus for details'];
  if (added.highlight) hints.push(`pointing at a ${added.highlight} highlights it in every chart on the page linked by it (arrow keys when the chart has focus)`);
  if (added.legendField) hints.push('click a legend entry to show only it');
  if (added.zoom) hints.push('drag to pan, pinch or Ctrl+scroll to zoom, double-click to reset');
  if (input.drill) hints.push('click a cell (or press Enter) for its rows');

  return {
    id,
    kind,
    figureLabel: input.number === undefined || input.number === '' ? 'Figure.' : `Figure ${input.number}.`,
    caption: input.caption,
    description,
    svg,
    size,
    fit: fitStep(size.wide.width * Math.min(1, Math.max(0, input.minScale ?? 0.75))),
    columns: table.columns,
    rows: table.rows,
    islandSrc,
    name: id,
    files,
    hasCells: input.drill !== undefined,
    hint: `${hints.join('; ')}.`,
  };
}
