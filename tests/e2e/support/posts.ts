import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SourcePost { file: string; permalink: string; title: string; draft: boolean }

/**
 * Reads the posts' frontmatter straight from src/content/posts (independently of the site's
 * own code), so tests compare the build against the sources rather than against itself.
 */
export async function sourcePosts(dir = 'src/content/posts'): Promise<SourcePost[]> {
  const out: SourcePost[] = [];
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.mdx')) {
        const src = await readFile(p, 'utf8');
        const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(src)?.[1] ?? '';
        const field = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(fm)?.[1]?.trim().replace(/^['"]|['"]$/g, '') ?? '';
        const year = field('date').slice(0, 4);
        out.push({
          file: p,
          permalink: `/${year}/${e.name.replace(/\.mdx$/, '')}/`,
          title: field('title'),
          draft: field('draft') === 'true',
        });
      }
    }
  }
  await walk(dir);
  return out.sort((a, b) => a.permalink.localeCompare(b.permalink));
}
