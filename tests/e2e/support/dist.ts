import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of the built site, as URL paths, plus the HTML of every page keyed by its URL path. */
export async function readDist(dir = 'dist'): Promise<{ pages: Map<string, string>; files: Set<string> }> {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const url = `/${relative(dir, p).split(sep).join('/')}`;
        files.add(url);
        if (url.endsWith('.html')) {
          const key = url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
          pages.set(key, await readFile(p, 'utf8'));
        }
      }
    }
  }
  await walk(dir);
  return { pages, files };
}
