/**
 * What vega-embed gets for `import * as themes from 'vega-themes'` in the browser bundle (see
 * src/plugins/no-vega-lite-in-browser.ts): no themes. vega-embed reads one only when given a
 * `theme` option, which the charts never pass (their colours come from the site's config and CSS).
 */
export {};
