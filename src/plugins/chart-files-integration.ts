import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordedChartFiles } from '../lib/charts/chart-files';

/**
 * Writes the files of every chart the build drew (SVG in both themes, Vega-Lite spec, CSV) into
 * the output under /figures/<year>/<slug>/, where the charts' download links point. They come
 * from the drawing that made the inline SVG, so a chart is drawn once per build.
 */
export function chartFilesIntegration(): AstroIntegration {
  return {
    name: 'chart-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = recordedChartFiles();
        for (const [path, contents] of files) {
          const target = join(root, ...path.split('/').filter((s) => s !== ''));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, contents, 'utf8');
        }
        logger.info(`chart files: ${files.length} written under figures/`);
      },
    },
  };
}
