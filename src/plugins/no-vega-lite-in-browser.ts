import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STUBS: Readonly<Record<string, string>> = {
  'vega-lite': fileURLToPath(new URL('../scripts/charts/vega-lite-stub.ts', import.meta.url)),
  'vega-themes': fileURLToPath(new URL('../scripts/charts/vega-themes-stub.ts', import.meta.url)),
};

/**
 * Keeps the Vega-Lite compiler (about 250 KB gzipped) out of the readers' JavaScript. vega-embed
 * imports vega-lite unconditionally, for specs that arrive as Vega-Lite; ours arrive compiled
 * (mode 'vega'), so in the browser bundle that import resolves to a stub. The same for its
 * vega-themes import (a few KB), used only with a `theme` option the charts never pass.
 * Server-side code (the build's own compiling and drawing) is untouched, and so is any other
 * importer.
 */
export function noVegaLiteInBrowser(): Plugin {
  return {
    name: 'no-vega-lite-in-browser',
    enforce: 'pre',
    resolveId(id, importer, options) {
      const stub = STUBS[id];
      if (stub === undefined || options.ssr || importer === undefined) return null;
      const env = (this as { environment?: { config?: { consumer?: string } } }).environment;
      if (env?.config?.consumer === 'server') return null;
      return /[\\/]vega-embed[\\/]/.test(importer) ? stub : null;
    },
  };
}
