import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { EnvironmentModuleNode, ViteDevServer } from 'vite';
// Static on purpose: the config's modules are loaded by a Vite instance that is closed once the
// config is read, so a dynamic import() from here would fail later, in the dev server.
import { datasetName, loadDatasetNow } from '../lib/data/dataset';

/**
 * The dev-server half of "edit a CSV, see the page change". Pages read data/ with fs through
 * src/lib/data, not through Vite imports, so Vite has no idea a CSV matters. On a change under
 * data/ this integration forgets every server module that depends on the data loader (so any
 * memoised benchmark is loaded again), bumps dataVersion(), checks the edited benchmark and
 * prints what is wrong with it, and reloads the open pages. A bad CSV then fails the page render,
 * which Astro shows in its error overlay; saving a fixed file reloads again and recovers.
 *
 * The modules are forgotten at once, on the first event, not after the quiet period: while a page
 * is in error Astro itself reloads it on any file change, and that render must not find the
 * module that memoised the old error. They are forgotten again before our own reload, in case a
 * render in between read a half-written file.
 */

/** Shared through globalThis: the config and the pages are separate module instances in dev. */
const VERSION_KEY = Symbol.for('research-site.data-version');
type VersionHolder = { [VERSION_KEY]?: number };

/** Increases each time a file under data/ changes while the dev server runs; 0 in a build. Caches can key on it. */
export function dataVersion(): number {
  return (globalThis as VersionHolder)[VERSION_KEY] ?? 0;
}

function bumpDataVersion(): number {
  const g = globalThis as VersionHolder;
  g[VERSION_KEY] = (g[VERSION_KEY] ?? 0) + 1;
  return g[VERSION_KEY];
}

const QUIET_MS = 150;

export interface WatchDataOptions {
  /** Directory of the CSVs, relative to the project root. Default "data". */
  dataDir?: string;
  /** Source directories whose modules read data/; they and their importers are re-evaluated on a change. */
  loaderDirs?: readonly string[];
}

interface RunnableEnvironment {
  moduleGraph: { idToModuleMap: Map<string, EnvironmentModuleNode>; invalidateModule(m: EnvironmentModuleNode, seen: Set<EnvironmentModuleNode>, timestamp: number, isHmr: boolean): void };
  runner?: { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(node: never): void } };
}

/** Forgets the loader modules and everything importing them in every server-side environment. Returns how many modules went. */
function invalidateLoaders(server: ViteDevServer, loaderDirs: readonly string[]): number {
  let count = 0;
  const timestamp = Date.now();
  for (const [name, env] of Object.entries(server.environments)) {
    if (name === 'client') continue;
    const e = env as unknown as RunnableEnvironment;
    const seen = new Set<EnvironmentModuleNode>();
    for (const mod of e.moduleGraph.idToModuleMap.values()) {
      if (mod.file && loaderDirs.some((d) => mod.file?.startsWith(d))) e.moduleGraph.invalidateModule(mod, seen, timestamp, true);
    }
    // The module runner keeps evaluated modules (and their module-level caches) apart from the graph.
    for (const mod of seen) {
      const node = mod.id ? e.runner?.evaluatedModules.getModuleById(mod.id) : undefined;
      if (node) e.runner?.evaluatedModules.invalidateModule(node as never);
    }
    count += seen.size;
  }
  return count;
}

/** Loads the dataset of a changed CSV (with its package), to report a problem in the terminal as soon as the file is saved. */
async function checkDataset(file: string, dataDir: string): Promise<string | null> {
  if (!existsSync(file)) return null;
  try {
    await loadDatasetNow(datasetName(file, dataDir), dataDir);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export function watchData(options: WatchDataOptions = {}): AstroIntegration {
  return {
    name: 'watch-data',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const dataDir = resolve(root, options.dataDir ?? 'data');
        const loaderDirs = (options.loaderDirs ?? ['src/lib/data']).map((d) => resolve(root, d) + sep);
        server.watcher.add(dataDir);
        const isDataCsv = (file: string) => {
          const abs = resolve(root, file);
          return abs.startsWith(dataDir + sep) && abs.endsWith('.csv');
        };
        /** Makes the next render load the data afresh. */
        const forget = () => ({ version: bumpDataVersion(), dropped: invalidateLoaders(server, loaderDirs) });
        const onChange = async (file: string) => {
          const abs = resolve(root, file);
          const shown = relative(root, abs);
          try {
            const { version, dropped } = forget();
            const problem = await checkDataset(abs, dataDir);
            if (problem) logger.error(`${shown} changed and is now invalid: ${problem}`);
            else logger.info(`${shown} changed (data version ${version}, ${dropped} modules reloaded)`);
          } finally {
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          }
        };
        // Saving a file often arrives as several events (truncate, write, rename); acting on the first
        // would read a half-written file and report it empty. Wait until the file has been quiet briefly.
        const pending = new Map<string, NodeJS.Timeout>();
        const handle = (file: string) => {
          if (!isDataCsv(file)) return;
          try {
            forget();
          } catch (err) {
            logger.error(`forgetting the old data failed: ${err instanceof Error ? err.message : String(err)}`);
          }
          clearTimeout(pending.get(file));
          pending.set(
            file,
            setTimeout(() => {
              pending.delete(file);
              onChange(file).catch((err: unknown) => logger.error(`reloading after a data change failed: ${err instanceof Error ? err.message : String(err)}`));
            }, QUIET_MS),
          );
        };
        server.watcher.on('change', handle);
        server.watcher.on('add', handle);
        server.watcher.on('unlink', handle);
      },
    },
  };
}

export default watchData;
