/**
 * `npm run build`: build the site with Astro (every chart drawn from data/ as its page renders,
 * its files written beside the page), then index it for search. One command after a new sweep.
 */
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { CliError, exitCodeOf } from '../src/lib/cli/cli-error';
import { STRICT_SITE_URL_ENV } from '../src/plugins/site-url-check';
import { NO_CACHE_ENV } from '../src/lib/mermaid/svg-cache';
import { cleanLeftovers, stagingDir, swapIntoPlace } from '../src/lib/build/staged-dist';

const HELP = `Usage: npm run build [-- options]

Builds the site into dist/: every page with its charts (and their downloadable files) drawn
from data/, diagrams, and the search index. The site is built in a staging folder and replaces dist/ only when
every step succeeded; a failed or interrupted build leaves the previous dist/ untouched.

Options:
  --strict     for a site about to be published: fail the build when a post's claim about
               its data no longer holds (same as CLAIMS=strict), and when SITE_URL is not set
               (canonical links, og:url, the feed and the sitemap would point at the
               placeholder https://example.org); by default both are warnings
  --no-cache   draw every chart and diagram again instead of reusing the ones kept in
               node_modules/.cache/ (same as SITE_NO_CACHE=1); what is drawn is stored afresh
  --debug      print stack traces on errors
  -h, --help   show this help

Environment:
  SITE_URL     the address the site is published at, e.g. https://reports.example.org
  SITE_NO_CACHE=1   the same as --no-cache

A build prints how many charts and diagrams it drew and how many it reused from the caches.
`;

async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { strict: { type: 'boolean' }, 'no-cache': { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${HELP}`, 2);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values['no-cache']) process.env[NO_CACHE_ENV] = '1';
  if (values.strict) {
    process.env['CLAIMS'] = 'strict';
    process.env[STRICT_SITE_URL_ENV] = '1';
  }

  const root = process.cwd();
  const tidied = cleanLeftovers(root);
  if (tidied.restored) console.warn(`build: dist/ was missing after an interrupted build; restored it from ${tidied.restored}/`);
  if (tidied.removed.length) console.log(`build: removed ${tidied.removed.map((d) => `${d}/`).join(', ')} left by an interrupted build`);
  const out = stagingDir(root);
  rmSync(out, { recursive: true, force: true });
  staging = out;

  await build({ root, outDir: out });

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new CliError(`Search indexing failed: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw new CliError(`Search indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length) throw new CliError(`Search index could not be written: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`search: indexed ${added.page_count} pages`);

  swapIntoPlace(root, out);
  staging = undefined;
  console.log('build: the new site is in dist/');
}

/** The staging folder while a build is writing into it; removed on failure and on a signal. */
let staging: string | undefined;

function dropStaging(): void {
  // Retries: Astro may still be writing into the folder when a signal arrives.
  if (staging) rmSync(staging, { recursive: true, force: true, maxRetries: 5 });
  staging = undefined;
}

function interrupted(signal: NodeJS.Signals): void {
  const where = staging ? relative(process.cwd(), staging) : undefined;
  dropStaging();
  console.error(`Build interrupted by ${signal}; dist/ was left as it was${where ? ` and ${where}/ removed` : ''}.`);
  process.exit(128 + constants.signals[signal]);
}

// Installed before anything that launches a browser, so this runs first and exits; Playwright's
// own exit hook then closes Chromium.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, interrupted);

main(process.argv.slice(2)).catch((err: unknown) => {
  dropStaging();
  const debug = process.argv.includes('--debug');
  console.error(debug && err instanceof Error ? err.stack : err instanceof Error ? err.message : String(err));
  console.error('The build failed; dist/ was left as it was.');
  process.exit(exitCodeOf(err));
});
