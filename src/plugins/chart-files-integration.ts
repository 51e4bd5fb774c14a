import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chartSummary, resetChartCount } from '../lib/charts/chart-cache';
import { recordedChartFiles } from '../lib/charts/chart-files';

/**
 * Writes the files of every chart the build drew (SVG in both themes, Vega-Lite spec, CSV) into
 * the output under /figures/<year>/<slug>/, where the charts' download links point. They come
 * from the drawing that made the inline SVG, so a chart is drawn at most once per build; reports
 * how many charts were drawn and how many came from the chart cache.
 */
export function chartFilesIntegration(): AstroIntegration {
  return {
    name: 'chart-files',
    hooks: {
      'astro:build:start': () => {
        resetChartCount();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = recordedChartFiles();
        for (const [path, contents] of files) {
          const target = join(root, ...path.split('/').filter((s) => s !== ''));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, contents, 'utf8');
        }
        logger.info(chartSummary());
        logger.info(`chart files: ${files.length} written under figures/`);
      },
    },
  };
}
