import type { TopLevelSpec } from 'vega-lite';
import { compileToVega } from '../../lib/render/compile-to-vega';
import { renderSvgThemes } from '../../lib/render/render-svg-themes';
import { scopeSvgIds } from '../../lib/mermaid/scope-svg-ids';
import { buildIsland, type ChartFiles, type Theme } from '../../lib/charts/chart-island';
import { rowsTable, specCsvRows, specTable, type ChartTable, type TableValue } from '../../lib/charts/chart-table';
import { completeOpacity } from '../../lib/charts/complete-opacity';
import { displayValue } from '../../lib/charts/display-value';
import { figureId } from '../../lib/charts/figure-id';
import { packCells, type CellTasks } from '../../lib/charts/cell-tasks';
import { scriptJson } from '../../lib/charts/script-json';
import { stripAria } from '../../lib/charts/strip-aria';
import { svgSize, type Size } from '../../lib/charts/svg-size';
import { withInteractions, type InteractionOptions } from '../../lib/charts/with-interactions';

/** What VegaChart.astro takes; the figure components fill in the optional extras. */
export interface ChartInput {
  spec: TopLevelSpec;
  caption: string;
  label?: string | undefined;
  number?: number | string | undefined;
  id?: string | undefined;
  description?: string | undefined;
  data?: ChartTable | ReadonlyArray<Record<string, TableValue>> | undefined;
  interactions?: InteractionOptions | undefined;
  name?: string | undefined;
  files?: ChartFiles | undefined;
  cells?: CellTasks | undefined;
  /**
   * How far the chart may shrink on a narrow screen, as a fraction of its natural width, before
   * its box scrolls sideways instead (1: never shrinks; the heatmap). Default 0.75.
   */
  minScale?: number | undefined;
}

export interface PreparedChart {
  id: string;
  /** "Figure 3." or "Figure." when the numbering plugin did not number it. */
  figureLabel: string;
  caption: string;
  description: string;
  svg: Record<Theme, string>;
  size: Size;
  minWidth: number;
  columns: Array<{ title: string; numeric: boolean }>;
  rows: string[][];
  island: string;
  name: string;
  files: ChartFiles;
  /** Whether the per-cell panel exists (heatmap). */
  hasCells: boolean;
  /** A hint on what the reader can do with the live chart. */
  hint: string;
}

function isTable(d: ChartInput['data']): d is ChartTable {
  return d !== undefined && !Array.isArray(d) && 'columns' in d;
}

/**
 * A static copy of the chart: ids made unique on the page, and hidden from assistive tech as a
 * whole (the figure's frame carries the label and the description), so Vega's per-mark labels go.
 */
function staticSvg(svg: string, prefix: string): string {
  return stripAria(scopeSvgIds(svg, prefix)).replace(/^(\s*<svg)\b/, '$1 aria-hidden="true" focusable="false"');
}

/**
 * Everything a chart figure needs, worked out at build time: the static SVG in both themes (drawn
 * by the same builder spec the live chart uses, so the live chart replaces it without moving),
 * the Vega specs compiled for both themes, the data table, and the JSON island for the client.
 */
export async function prepareChart(input: ChartInput): Promise<PreparedChart> {
  const id = figureId({ id: input.id, label: input.label, fallback: input.name ?? 'chart' });
  const name = input.name ?? id;
  const { spec: live, added } = withInteractions(input.spec, input.interactions ?? {});
  const themes: Theme[] = ['light', 'dark'];
  // One render serves both themes (they differ only in colours); see renderSvgThemes.
  const svgs = await renderSvgThemes(live, themes);
  const [light, dark] = themes.map((theme) => ({
    svg: staticSvg(svgs[theme], `${id}-${theme}`),
    vega: completeOpacity(compileToVega(live, theme)),
  }));
  if (!light || !dark) throw new Error('prepareChart: a theme failed to render.');
  const a = svgSize(light.svg);
  const b = svgSize(dark.svg);
  const size = { width: Math.max(a.width, b.width), height: Math.max(a.height, b.height) };

  const table = isTable(input.data) ? input.data : input.data ? rowsTable(input.data) : specTable(input.spec);
  const csv = input.data ? { header: table.columns.map((c) => c.field), rows: table.rows.map((r) => table.columns.map((c) => r[c.field] ?? null)) } : specCsvRows(input.spec);
  const files = input.files ?? {};
  // The browser makes the CSV and .vl.json of exactly what the chart shows; files the build wrote
  // are the links for readers without JavaScript. Both mostly refer to data the island holds anyway.
  const island = buildIsland({
    light: light.vega,
    dark: dark.vega,
    added,
    name,
    csv,
    vl: input.spec,
    cells: input.cells ? packCells(input.cells) : undefined,
  });
  const specDescription = (input.spec as { description?: unknown }).description;
  const description = input.description ?? (typeof specDescription === 'string' ? specDescription : '');
  const hints = ['Hover or focus for details'];
  if (added.highlight) hints.push('pointing at a model highlights it in every chart on the page (arrow keys when the chart has focus)');
  if (added.legendField) hints.push('click a legend entry to show only it');
  if (added.zoom) hints.push('drag to pan, pinch or Ctrl+scroll to zoom, double-click to reset');
  if (input.cells) hints.push('click a cell (or press Enter) for its per-task results');

  return {
    id,
    figureLabel: input.number === undefined || input.number === '' ? 'Figure.' : `Figure ${input.number}.`,
    caption: input.caption,
    description,
    svg: { light: light.svg, dark: dark.svg },
    size,
    minWidth: Math.round(size.width * Math.min(1, Math.max(0, input.minScale ?? 0.75))),
    columns: table.columns.map((c) => ({ title: c.title, numeric: c.numeric })),
    rows: table.rows.map((r) => table.columns.map((c) => displayValue(r[c.field] ?? null, c))),
    island: scriptJson(island),
    name,
    files,
    hasCells: input.cells !== undefined,
    hint: `${hints.join('; ')}.`,
  };
}
