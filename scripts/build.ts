/**
 * `npm run build`: regenerate the figures from data/, build the site with Astro, then index it
 * for search. One command after a new sweep.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { CliError, exitCodeOf } from '../src/lib/cli/cli-error';
import { runFigures } from '../src/lib/cli/figures';
import { nodeFiguresIo } from '../src/lib/cli/node-figures-io';

/** Every benchmark under data/: a directory holding a runs.csv. Sorted, so builds log in a stable order. */
function benchmarkDirs(root: string): string[] {
  const data = join(root, 'data');
  if (!existsSync(data)) return [];
  return readdirSync(data, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(data, e.name, 'runs.csv')))
    .map((e) => e.name)
    .sort();
}

const HELP = `Usage: npm run build [-- options]

Builds the site into dist/: figures and derived tables from data/, every page, diagrams,
and the search index.

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

  // Figures first: the pages link to the files it writes, and bad data should stop the build
  // before Astro starts, with the loader's file:line:column message.
  const root = process.cwd();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  for (const name of benchmarkDirs(root)) {
    await runFigures(
      { data: join('data', name), out: join('public', 'figures', name), quiet: false, debug: values.debug === true },
      nodeFiguresIo(),
      { name: `${pkg.name} figures`, version: pkg.version },
    );
  }

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
