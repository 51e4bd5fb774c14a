import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, getCompileCacheDir } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type * as VegaModule from 'vega';
import type * as VegaLiteModule from 'vega-lite';

export interface VegaRuntime {
  vega: typeof VegaModule;
  vegaLite: typeof VegaLiteModule;
}

let cached: VegaRuntime | undefined;

/** Scripts that ran without usable code cache, with the file their cache should go to. */
const uncached: Array<{ script: Script; file: string }> = [];

/**
 * Vega and Vega-Lite from their single-file builds rather than their ES module graphs. The
 * packages' `import` entry points pull in some forty packages file by file, and resolving and
 * linking those is most of a CLI run on small data (about three times the cost of evaluating the
 * one-file build of the same version). The one-file builds are UMD scripts; run as plain
 * scripts (no `module`, `exports` or `define` in scope, whatever loader runs this file) they
 * define `globalThis.vega` and `globalThis.vegaLite`, which is where this picks them up. Same
 * code, same version; tests check that the SVGs match those of the module builds.
 *
 * Node's compile cache does not cover scripts run through node:vm, so when it is on (the figures
 * CLI turns it on) the two builds keep V8 code caches of their own beside it, one per build
 * content; see saveVegaCodeCache.
 */
export function vegaRuntime(): VegaRuntime {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const g = globalThis as { vega?: typeof VegaModule; vegaLite?: typeof VegaLiteModule };
  const cacheDir = getCompileCacheDir();
  const run = (pkg: string, file: string): void => {
    const path = join(dirname(require.resolve(pkg)), file);
    const source = readFileSync(path, 'utf8');
    const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `${file}-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.v8cache`);
    let cachedData: Buffer | undefined;
    if (cacheFile !== undefined) {
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        // No cache yet: compile from source and offer one at the end (saveVegaCodeCache).
      }
    }
    const script = new Script(source, { filename: path, ...(cachedData === undefined ? {} : { cachedData }) });
    script.runInThisContext();
    if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) uncached.push({ script, file: cacheFile });
  };
  if (g.vega === undefined) run('vega', 'vega.min.js');
  if (g.vegaLite === undefined) run('vega-lite', 'vega-lite.min.js');
  if (g.vega === undefined || g.vegaLite === undefined) {
    throw new Error('The Vega and Vega-Lite builds did not define globalThis.vega and globalThis.vegaLite; check the installed versions.');
  }
  cached = { vega: g.vega, vegaLite: g.vegaLite };
  return cached;
}

/**
 * Writes the V8 code cache of the Vega builds that ran without one. Call it after drawing: a
 * cache made then also holds the functions compiled while drawing, which is most of what a
 * later run would otherwise compile again. Best effort: a cache that cannot be written is
 * simply not there next time.
 */
export function saveVegaCodeCache(): void {
  for (const { script, file } of uncached.splice(0)) {
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, file);
    } catch {
      // Read-only or vanished cache directory: the next run compiles from source, as this one did.
    }
  }
}
