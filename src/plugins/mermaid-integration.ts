import type { AstroIntegration } from 'astro';
import { closeSharedRenderer, diagramStats } from '../lib/mermaid/shared-renderer';

/** One line for the build log, e.g. "diagrams: 2 rendered, 5 reused from cache". */
export function diagramSummary(stats = diagramStats()): string {
  const pending = stats.pending > 0 ? `, ${stats.pending} left to the reader's browser` : '';
  return `diagrams: ${stats.rendered} rendered, ${stats.reused} reused from cache${pending}`;
}

/**
 * Closes the headless browser remarkMermaid opened (at most one per build) once the build is done,
 * or when the dev server stops, and reports how many diagrams were drawn versus served from the
 * cache. If the process dies first, Playwright kills the browser itself.
 */
export function mermaidIntegration(): AstroIntegration {
  return {
    name: 'mermaid-diagrams',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        await closeSharedRenderer();
        logger.info(diagramSummary());
      },
      'astro:server:done': async () => {
        await closeSharedRenderer();
      },
    },
  };
}

export default mermaidIntegration;
