import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartTheme } from '../specs/theme';
import { collectingLogger } from './collecting-logger';
import { compileToVega, type CompileOptions } from './compile-to-vega';
import { vegaRuntime } from './vega-runtime';

// Vega numbers clip paths and gradients with module-wide counters; renders take turns so that
// each starts from reset counters even when callers start several at once.
let queue: Promise<unknown> = Promise.resolve();

/**
 * A standalone SVG of a Vega-Lite spec in a theme, drawn headlessly in Node (no browser, no
 * canvas: text widths are Vega's estimates, so output is the same on every machine). Text and
 * attribute values are escaped by Vega's SVG serialiser, so names in the data stay text.
 * Clip-path and gradient ids restart for every chart, so output depends only on the input,
 * not on what was drawn before in the same process.
 */
export function renderSvg(spec: TopLevelSpec, theme: ChartTheme, opts: CompileOptions = {}): Promise<string> {
  return renderVegaSvg(() => compileToVega(spec, theme, opts), opts);
}

/**
 * The SVG of the Vega spec that `compile` returns, drawn in turn with every other render (see
 * renderSvg). Compiling inside the turn keeps a compile error and a render error in one place.
 */
export function renderVegaSvg(compile: () => VegaSpec, opts: CompileOptions = {}): Promise<string> {
  const run = async (): Promise<string> => {
    const { vega } = vegaRuntime();
    const vegaSpec = compile();
    vega.resetSVGDefIds();
    const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', logger: collectingLogger(opts.warn) });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
