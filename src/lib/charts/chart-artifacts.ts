import type { TopLevelSpec } from 'vega-lite';
import { canonicalJson } from '../cli/canonical-json';
import { renderChartSvgs, type ChartSvgs } from '../render/render-svg-themes';
import { cachedChartSvgs } from './chart-cache';
import type { FigureTable } from './chart-kind';
import { toCsv } from './to-csv';
import { withInteractions, type AddedInteractions, type InteractionOptions } from './with-interactions';

/** One chart drawn: what the page inlines and what readers download, from a single drawing. */
export interface ChartArtifacts {
  /** The spec with the live chart's interactions, which is the one drawn and compiled. */
  live: TopLevelSpec;
  added: AddedInteractions;
  /** The page's SVG (restyled for the dark theme by CSS) and the standalone SVG of each theme. */
  svg: ChartSvgs;
  /** Downloadable files by name: `<base>.light.svg`, `<base>.dark.svg`, `<base>.vl.json`, and `<base>.csv` with a table. */
  files: Array<[string, string]>;
}

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

/**
 * Draws a chart once for the page and both themes (see renderChartSvgs) and makes its files: the SVGs, the
 * Vega-Lite spec as the author's chart states it (data inlined), and the CSV of its Data table.
 * The build's inline SVG, its download links and `npm run figures` all come from here, and so
 * does the chart cache (chart-cache.ts): a chart drawn before with the same spec, data, theme,
 * versions and chart code is read back instead of drawn (Vega-Lite's warnings, which come from
 * drawing, are then not repeated). The
 * drawing is of the spec without the live chart's interactions: they only add signals and
 * conditions that are inactive until a reader acts (so the picture is the same), and their
 * browser event sources mean nothing to a headless renderer.
 */
export async function chartArtifacts(
  spec: TopLevelSpec,
  interactions: InteractionOptions,
  table: FigureTable | undefined,
  base: string,
  warn?: (message: string) => void,
): Promise<ChartArtifacts> {
  const { spec: live, added } = withInteractions(spec, interactions);
  const svg = await cachedChartSvgs(spec, () => renderChartSvgs(spec, warn ? { warn } : {}), warn ? { warn } : {});
  const files: Array<[string, string]> = [
    [`${base}.light.svg`, withNewline(svg.light)],
    [`${base}.dark.svg`, withNewline(svg.dark)],
    [`${base}.vl.json`, canonicalJson(spec)],
  ];
  if (table) files.push([`${base}.csv`, toCsv(table.csv.header, table.csv.rows)]);
  return { live, added, svg, files };
}
