import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type * as VegaModule from 'vega';
import type * as VegaLiteModule from 'vega-lite';

export interface VegaRuntime {
  vega: typeof VegaModule;
  vegaLite: typeof VegaLiteModule;
}

let cached: VegaRuntime | undefined;

/**
 * Vega and Vega-Lite from their single-file builds rather than their ES module graphs. The
 * packages' `import` entry points pull in some forty packages file by file, and resolving and
 * linking those is most of a CLI run on small data (about three times the cost of evaluating the
 * one-file build of the same version). The one-file builds are UMD scripts; run as plain
 * scripts (no `module`, `exports` or `define` in scope, whatever loader runs this file) they
 * define `globalThis.vega` and `globalThis.vegaLite`, which is where this picks them up. Same
 * code, same version; tests check that the SVGs match those of the module builds.
 */
export function vegaRuntime(): VegaRuntime {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const g = globalThis as { vega?: typeof VegaModule; vegaLite?: typeof VegaLiteModule };
  const run = (pkg: string, file: string): void => {
    const path = join(dirname(require.resolve(pkg)), file);
    runInThisContext(readFileSync(path, 'utf8'), { filename: path });
  };
  if (g.vega === undefined) run('vega', 'vega.min.js');
  if (g.vegaLite === undefined) run('vega-lite', 'vega-lite.min.js');
  if (g.vega === undefined || g.vegaLite === undefined) {
    throw new Error('The Vega and Vega-Lite builds did not define globalThis.vega and globalThis.vegaLite; check the installed versions.');
  }
  cached = { vega: g.vega, vegaLite: g.vegaLite };
  return cached;
}
