import { readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { FrontmatterError } from './frontmatter-error';
import { frontmatterProblems } from './frontmatter-problems';

function displayPath(root: URL, file: string): string {
  const rel = relative(fileURLToPath(root), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/**
 * Wraps a file loader so that each entry's frontmatter is checked before Astro validates it.
 * Astro's own message names the entry id rather than the file, leaves out the value and prints an
 * unknown field as "****:"; and only the file's text shows an impossible date that YAML has
 * already rolled over. This throws a FrontmatterError naming file, line, field and value instead.
 */
export function checkingFrontmatter(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const file = displayPath(context.config.root, props.filePath);
            const problems = frontmatterProblems(file, await readFile(props.filePath, 'utf8'), props.data);
            if (problems.length > 0) throw new FrontmatterError(file, problems);
          }
          return context.parseData(props);
        },
      }),
  };
}
