/**
 * What vega-embed gets for `import * as vegaLite from 'vega-lite'` in the browser bundle (see
 * src/plugins/no-vega-lite-in-browser.ts). The pages embed Vega specs compiled at build time
 * (mode 'vega'), so vega-embed never calls the compiler; it only reads its version for messages.
 */
export const version = 'not in this bundle';

export function compile(): never {
  throw new Error('Charts are compiled to Vega at build time; the Vega-Lite compiler is not part of the page.');
}
