import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyMermaidAssets } from '../lib/mermaid/copy-mermaid-assets';
import { MERMAID_ASSET_DIR } from '../lib/mermaid/fallback-assets';
import { mermaidPackage } from '../lib/mermaid/mermaid-package';
import { closeSharedRenderer, diagramStats } from '../lib/mermaid/shared-renderer';

/** One line for the build log, e.g. "diagrams: 2 rendered, 5 reused from cache". */
export function diagramSummary(stats = diagramStats()): string {
  const pending = stats.pending > 0 ? `, ${stats.pending} left to the reader's browser` : '';
  return `diagrams: ${stats.rendered} rendered, ${stats.reused} reused from cache${pending}`;
}

/**
 * Closes the headless browser remarkMermaid opened (at most one per build) once the build is done,
 * or when the dev server stops, and reports how many diagrams were drawn versus served from the
 * cache. If some diagrams were left to the reader's browser, publishes Mermaid's browser build
 * under /_mermaid/ for src/scripts/mermaid-fallback.ts (the dev server serves it from
 * node_modules). If the process dies first, Playwright kills the browser itself.
 */
export function mermaidIntegration(): AstroIntegration {
  return {
    name: 'mermaid-diagrams',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await closeSharedRenderer();
        const stats = diagramStats();
        logger.info(diagramSummary(stats));
        if (stats.pending > 0) {
          const target = await copyMermaidAssets(fileURLToPath(dir));
          logger.info(`copied Mermaid's browser build to ${target} for the pending diagrams`);
        }
      },
      'astro:server:setup': ({ server }) => {
        const { distDir } = mermaidPackage();
        server.middlewares.use(`/${MERMAID_ASSET_DIR}/`, (req, res, next) => {
          const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname));
          const file = join(distDir, path);
          if (!file.startsWith(distDir + sep) || !file.endsWith('.mjs')) return next();
          stat(file).then(
            () => {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              createReadStream(file).pipe(res);
            },
            () => next(),
          );
        });
      },
      'astro:server:done': async () => {
        await closeSharedRenderer();
      },
    },
  };
}

export default mermaidIntegration;
