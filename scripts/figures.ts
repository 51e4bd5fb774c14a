/**
 * `npm run figures`: the benchmark figures, derived tables and manifest from data/harness-bench
 * into public/figures/harness-bench. See --help; the work is in src/lib/cli/figures.ts.
 *
 * Start-up dominates a run on the shipped data, so this runs on Node's own type stripping
 * (`node scripts/figures.ts`) rather than a TypeScript loader, with V8's compile cache on. The
 * one thing Node lacks is the project's extensionless relative imports; the resolve hook below
 * adds ".ts" (or "/index.ts") when the plain specifier does not resolve. Under tsx the hook is
 * harmless: tsx resolves those imports first.
 */
import { readFileSync } from 'node:fs';
import { enableCompileCache, registerHooks } from 'node:module';

enableCompileCache();

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relativeTs = (specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.endsWith('.ts') === true;
    if (!relativeTs || /\.[cm]?[jt]sx?$|\.json$/.test(specifier)) return nextResolve(specifier, context);
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // Try the next spelling; the original error is the one to report.
        }
      }
      throw err;
    }
  },
});

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const { figuresMain } = await import('../src/lib/cli/figures');
const { nodeFiguresIo } = await import('../src/lib/cli/node-figures-io');
process.exitCode = await figuresMain(process.argv.slice(2), nodeFiguresIo(), { name: `${pkg.name} figures`, version: pkg.version });
