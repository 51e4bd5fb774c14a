/**
 * `npm run build`: build the site with Astro (every chart drawn from data/ as its page renders,
 * its files written beside the page), then index it for search. One command after a new sweep.
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { CliError, exitCodeOf } from '../src/lib/cli/cli-error';

const HELP = `Usage: npm run build [-- options]

Builds the site into dist/: every page with its charts (and their downloadable files) drawn
from data/, diagrams, and the search index.

Options:
  --strict     fail the build when a post's claim about its data no longer holds
               (same as CLAIMS=strict); by default a broken claim is a warning
  --debug      print stack traces on errors
  -h, --help   show this help
`;

async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { strict: { type: 'boolean' }, debug: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n\n${HELP}`, 2);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values.strict) process.env['CLAIMS'] = 'strict';

  const root = process.cwd();
  await build({ root });

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new CliError(`Search indexing failed: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: 'dist' });
  if (added.errors.length) throw new CliError(`Search indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
  if (written.errors.length) throw new CliError(`Search index could not be written: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`search: indexed ${added.page_count} pages into dist/pagefind/`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const debug = process.argv.includes('--debug');
  console.error(debug && err instanceof Error ? err.stack : err instanceof Error ? err.message : String(err));
  process.exit(exitCodeOf(err));
});
