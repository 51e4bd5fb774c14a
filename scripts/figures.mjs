/**
 * `npm run figures`: the benchmark figures, derived tables and manifest from data/harness-bench
 * into public/figures/harness-bench. See --help; the work is in src/lib/cli/figures.ts.
 *
 * Start-up dominates a run on the shipped data. This entry is plain JavaScript, not TypeScript:
 * Node strips the types of a .ts entry before any of its code runs, so before the compile cache
 * can be switched on, and that means loading the type stripper (a WebAssembly module, about a
 * third of a second) on every run. From here on V8's compile cache is on, and it keeps the
 * stripped source of every .ts file it has seen, so a warm run never loads the stripper at all.
 * The one thing Node lacks is the project's extensionless relative imports; the resolve hook
 * below adds ".ts" (or "/index.ts") when the plain specifier does not resolve.
 */
import { readFileSync } from 'node:fs';
import { enableCompileCache, registerHooks } from 'node:module';

enableCompileCache();

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relativeTs = (specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.endsWith('.ts') === true;
    if (!relativeTs || /\.[cm]?[jt]sx?$|\.json$/.test(specifier)) return nextResolve(specifier, context);
    // Every project import is extensionless, so "<specifier>.ts" is tried first: a failed
    // resolution costs a file-system miss and an error with a stack trace, some sixty times a run.
    try {
      return nextResolve(`${specifier}.ts`, context);
    } catch {
      // Not a .ts file: resolve it as written, or as a directory's index.ts.
    }
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      try {
        return nextResolve(`${specifier}/index.ts`, context);
      } catch {
        throw err; // The error for the specifier as written is the one to report.
      }
    }
  },
});

/** @type {{ name: string; version: string }} */
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { figuresMain } = await import('../src/lib/cli/figures.ts');
const { nodeFiguresIo } = await import('../src/lib/cli/node-figures-io.ts');
process.exitCode = await figuresMain(process.argv.slice(2), nodeFiguresIo(), { name: `${pkg.name} figures`, version: pkg.version });
