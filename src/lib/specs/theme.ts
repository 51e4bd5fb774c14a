import type { Config } from 'vega-lite';

export type ChartTheme = 'light' | 'dark';

/** The site's page colours (src/styles/global.css), so a standalone SVG matches the page around it. */
export const THEME_COLOURS = {
  light: { bg: '#ffffff', fg: '#1b1f24', muted: '#57606a', grid: '#e4e8ec', border: '#d0d7de' },
  dark: { bg: '#0f1419', fg: '#e6edf3', muted: '#9da7b3', grid: '#262c33', border: '#30363d' },
} as const satisfies Record<ChartTheme, Record<string, string>>;

/** The page colours a chart config is built from: one string per THEME_COLOURS key. */
export type ThemeColours = { readonly [K in keyof (typeof THEME_COLOURS)['light']]: string };

/**
 * Categorical colours for both themes: Okabe-Ito hues (distinguishable with the common
 * colour-vision deficiencies, orange and sky blue darkened), ordered so that the first few
 * categories get the most different hues, then grey, olive and brown; every colour
 * keeps at least 3:1 contrast against both page backgrounds (tests check this), so one palette
 * serves both themes and a model keeps its colour when the reader switches. Ten categories cannot
 * all be told apart by colour alone, which is why the charts also use shape and labels.
 */
export const CATEGORY_PALETTE = [
  '#0072B2',
  '#C17D00',
  '#009E73',
  '#CC79A7',
  '#7F7F7F',
  '#D55E00',
  '#8F6CC2',
  '#999933',
  '#3D8FCB',
  '#9C755F',
] as const;

/**
 * The heatmap's sequential scheme. Its lightness rises with the value: the heatmap spec picks dark
 * text for cells at or above HEATMAP_DARK_TEXT_FROM (where black and white contrast equally with
 * viridis, about 4.5:1) and light text below, which only works for a
 * scheme that runs dark to light. Viridis does, is perceptually uniform and colour-blind safe,
 * and reads on both backgrounds.
 */
export const HEATMAP_SCHEME = 'viridis';
export const HEATMAP_DARK_TEXT_FROM = 0.435;
export const HEATMAP_TEXT = { dark: '#000000', light: '#ffffff' } as const;

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Vega-Lite config for a theme: colours, fonts and scheme only. The specs themselves stay
 * theme-neutral, so the same spec renders in either theme by swapping this config.
 */
export function chartConfig(theme: ChartTheme): Config {
  return chartConfigFrom(THEME_COLOURS[theme]);
}

/**
 * The config of the charts on a page: the light theme's colours on a transparent background.
 * One drawing and one compiled spec serve both themes: src/styles/charts.css maps each of these
 * colour strings to the page's custom property of the same role, so the dark theme is a matter
 * of CSS (no second SVG, no second spec, no redraw on a theme switch), and a copy read without
 * the site's CSS (a feed reader) shows the light chart on whatever white it is given.
 */
export function pageChartConfig(): Config {
  return chartConfigFrom(THEME_COLOURS.light, PAGE_BACKGROUND);
}

/** The background of a chart on a page: none, the page's own shows through. */
export const PAGE_BACKGROUND = 'transparent';

/** The space around every chart, in pixels. */
export const CHART_PADDING = 8;

/**
 * The chart config for any set of page colours (and a background, by default the page colour). Each colour is only ever copied into the config
 * as it is (never mixed, interpolated or used as a scale range), so a chart drawn with stand-in
 * colours becomes the chart of a theme by swapping the strings (see render-svg-themes.ts).
 */
export function chartConfigFrom(c: ThemeColours, background: string = c.bg): Config {
  return {
    background,
    font: FONT_STACK,
    padding: CHART_PADDING,
    view: { stroke: null },
    title: { color: c.fg, subtitleColor: c.muted, fontSize: 14, fontWeight: 600, anchor: 'start', offset: 10 },
    axis: {
      domainColor: c.border,
      gridColor: c.grid,
      tickColor: c.border,
      labelColor: c.muted,
      titleColor: c.fg,
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 500,
    },
    legend: {
      labelColor: c.muted,
      titleColor: c.fg,
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 500,
      labelLimit: 280,
      titleLimit: 280,
      // Symbols of legends that do not encode colour (point size) take the text colour, not black.
      symbolFillColor: c.muted,
    },
    header: { labelColor: c.fg, titleColor: c.fg },
    range: { category: [...CATEGORY_PALETTE], heatmap: { scheme: HEATMAP_SCHEME } },
    mark: { color: CATEGORY_PALETTE[0] },
    bar: { color: CATEGORY_PALETTE[0] },
    text: { color: c.fg },
    rule: { color: c.fg },
    line: { color: c.muted },
    point: { color: c.fg },
    rect: { stroke: c.bg, strokeWidth: 1 },
  };
}
