import type { TopLevelSpec } from 'vega-lite';
import { chartConfigFrom, pageChartConfig, PAGE_BACKGROUND, THEME_COLOURS, type ChartTheme, type ThemeColours } from '../specs/theme';
import { compileWithConfig, type CompileOptions } from './compile-to-vega';
import { renderSvg, renderVegaSvg } from './render-svg';

/**
 * Stand-ins for the page colours: drawn in their place, then swapped for a theme's colours.
 * Unusual values, so that a spec holding one of them (and drawn the slow way) is rare.
 */
export const STAND_IN_COLOURS: ThemeColours = { bg: '#f0e1d1', fg: '#f0e1d2', muted: '#f0e1d3', grid: '#f0e1d4', border: '#f0e1d5' };
/** The stand-in of the chart's background, apart from `bg` (which also strokes heatmap cells). */
export const STAND_IN_BACKGROUND = '#f0e1d6';

const KEYS = Object.keys(STAND_IN_COLOURS) as Array<keyof ThemeColours>;

/** True when `text` holds a stand-in colour, so a stand-in in the output could not be told apart. */
export function holdsStandIn(text: string): boolean {
  return text.includes(STAND_IN_BACKGROUND) || KEYS.some((k) => text.includes(STAND_IN_COLOURS[k]));
}

/** `svg` drawn with the stand-in colours, in the colours of `to` on `background` (by default to.bg). */
export function recolour(svg: string, to: ThemeColours, background: string = to.bg): string {
  let out = svg.replaceAll(STAND_IN_BACKGROUND, background);
  for (const k of KEYS) out = out.replaceAll(STAND_IN_COLOURS[k], to[k]);
  return out;
}

/**
 * Vega's SVG of a chart on a transparent background: the same drawing without the background
 * rectangle, which Vega writes first and only when there is a background (so the result is what
 * Vega draws with PAGE_BACKGROUND itself; tests check it).
 */
function withoutBackground(svg: string, background: string): string {
  return svg.replace(new RegExp(`^(<svg\\b[^>]*>)<rect width="[\\d.]+" height="[\\d.]+" fill="${background}"(?:/>|></rect>)`), '$1');
}

/** A chart drawn once, in the forms the site uses. */
export interface ChartSvgs {
  /** For the page: the light colours on a transparent background, restyled for the dark theme by CSS. */
  page: string;
  /** Standalone files, each on its theme's background. */
  light: string;
  dark: string;
}

/**
 * The page's SVG of a chart and the standalone SVG of each theme, byte for byte what Vega draws
 * with each config, for the cost of one render.
 *
 * The three differ only in page colours and background, and the chart config copies each colour
 * verbatim (see chartConfigFrom), so Vega draws the same picture in every one but for those
 * strings. This draws it once with stand-in colours and swaps them. A stand-in in the output can
 * only have come from the config unless the spec itself holds one; such a spec (say, a model
 * named "#f0e1d1") is drawn once per form instead. Tests check the result against renderSvg.
 */
export async function renderChartSvgs(spec: TopLevelSpec, opts: CompileOptions = {}): Promise<ChartSvgs> {
  if (holdsStandIn(JSON.stringify(spec))) {
    return {
      page: await renderVegaSvg(() => compileWithConfig(spec, pageChartConfig(), opts), opts),
      light: await renderSvg(spec, 'light', opts),
      dark: await renderSvg(spec, 'dark', opts),
    };
  }
  const svg = await renderVegaSvg(() => compileWithConfig(spec, chartConfigFrom(STAND_IN_COLOURS, STAND_IN_BACKGROUND), opts), opts);
  return {
    page: withoutBackground(recolour(svg, THEME_COLOURS.light, PAGE_BACKGROUND), PAGE_BACKGROUND),
    light: recolour(svg, THEME_COLOURS.light),
    dark: recolour(svg, THEME_COLOURS.dark),
  };
}

/** The standalone SVG of each of `themes` (see renderChartSvgs). */
export async function renderSvgThemes<T extends ChartTheme>(spec: TopLevelSpec, themes: readonly T[], opts: CompileOptions = {}): Promise<Record<T, string>> {
  const all = await renderChartSvgs(spec, opts);
  const out = {} as Record<T, string>;
  for (const theme of themes) out[theme] = all[theme];
  return out;
}
