import type { Config, TopLevelSpec } from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';
import { chartConfig, pageChartConfig, type ChartTheme } from '../specs/theme';
import { collectingLogger } from './collecting-logger';
import { vegaRuntime } from './vega-runtime';

export interface CompileOptions {
  /** Called with each warning Vega-Lite reports (an ignored channel, a dropped scale property...). */
  warn?: (message: string) => void;
}

/**
 * The Vega spec of a Vega-Lite spec in a theme, with the theme's config compiled in. The browser
 * ships only the Vega runtime, so pages embed this rather than the Vega-Lite spec.
 */
export function compileToVega(spec: TopLevelSpec, theme: ChartTheme, opts: CompileOptions = {}): VegaSpec {
  return compileWithConfig(spec, chartConfig(theme), opts);
}

/**
 * The Vega spec a page runs: one for both themes, in the light colours on a transparent
 * background, which the page's CSS restyles for the dark theme (see pageChartConfig).
 */
export function compileForPage(spec: TopLevelSpec, opts: CompileOptions = {}): VegaSpec {
  return compileWithConfig(spec, pageChartConfig(), opts);
}

/** The Vega spec of a Vega-Lite spec under any chart config. */
export function compileWithConfig(spec: TopLevelSpec, config: Config, opts: CompileOptions = {}): VegaSpec {
  return vegaRuntime().vegaLite.compile(spec, { config, logger: collectingLogger(opts.warn) }).spec;
}
