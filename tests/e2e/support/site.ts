import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every HTML page of the built site as a URL path ("/2026/slug/", "/404.html"). */
export async function builtPages(dir = 'dist'): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name === 'pagefind' || e.name === '_astro') continue;
        await walk(p);
      } else if (e.name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  }
  await walk(dir);
  return out.sort();
}
