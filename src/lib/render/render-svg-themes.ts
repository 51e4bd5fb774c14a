import type { TopLevelSpec } from 'vega-lite';
import { chartConfigFrom, THEME_COLOURS, type ChartTheme, type ThemeColours } from '../specs/theme';
import { compileWithConfig, type CompileOptions } from './compile-to-vega';
import { renderSvg, renderVegaSvg } from './render-svg';

/**
 * Stand-ins for the page colours: drawn in their place, then swapped for a theme's colours.
 * Unusual values, so that a spec holding one of them (and drawn the slow way) is rare.
 */
export const STAND_IN_COLOURS: ThemeColours = { bg: '#f0e1d1', fg: '#f0e1d2', muted: '#f0e1d3', grid: '#f0e1d4', border: '#f0e1d5' };

const KEYS = Object.keys(STAND_IN_COLOURS) as Array<keyof ThemeColours>;

/** True when `text` holds a stand-in colour, so a stand-in in the output could not be told apart. */
export function holdsStandIn(text: string): boolean {
  return KEYS.some((k) => text.includes(STAND_IN_COLOURS[k]));
}

/** `svg` drawn with the stand-in colours, in the colours of `to`. */
export function recolour(svg: string, to: ThemeColours): string {
  let out = svg;
  for (const k of KEYS) out = out.replaceAll(STAND_IN_COLOURS[k], to[k]);
  return out;
}

/**
 * renderSvg of one spec in several themes, byte for byte, for the cost of one render.
 *
 * The themes differ only in page colours, and the chart config copies each colour verbatim (see
 * chartConfigFrom), so Vega draws the same picture in every theme but for those strings. This
 * draws it once with stand-in colours and swaps them for each theme's. A stand-in in the output
 * can only have come from the config unless the spec itself holds one; such a spec (say, a model
 * named "#f0e1d1") is drawn once per theme instead. Tests check the result against renderSvg.
 */
export async function renderSvgThemes<T extends ChartTheme>(
  spec: TopLevelSpec,
  themes: readonly T[],
  opts: CompileOptions = {},
): Promise<Record<T, string>> {
  const out = {} as Record<T, string>;
  if (holdsStandIn(JSON.stringify(spec))) {
    for (const theme of themes) out[theme] = await renderSvg(spec, theme, opts);
    return out;
  }
  const svg = await renderVegaSvg(() => compileWithConfig(spec, chartConfigFrom(STAND_IN_COLOURS), opts), opts);
  for (const theme of themes) out[theme] = recolour(svg, THEME_COLOURS[theme]);
  return out;
}
