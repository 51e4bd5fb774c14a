import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

/**
 * Grows a copy of the site by cloning its posts under new slugs, so a 10x or 100x build renders
 * the same mix of prose, math, diagrams and charts as the real site, only more of it.
 */

export interface SourceFile {
  /** Path relative to the posts directory, e.g. "2026/harness-bench-wip.mdx". */
  path: string;
  text: string;
}

/** Whether an MDX post renders charts: it imports one of the chart components. */
export function usesCharts(mdx: string): boolean {
  return /^import\s[^\n]*components\/charts\//m.test(mdx);
}

function isDraft(mdx: string): boolean {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? '';
  return /^draft:\s*true\s*$/m.test(fm);
}

/** The post with " (copy k)" appended to its title, keeping the YAML quoting valid. */
export function retitle(mdx: string, k: number): string {
  const suffix = ` (copy ${k})`;
  return mdx.replace(/^(---\r?\n[\s\S]*?)^title:[ \t]*(.*)$/m, (_all, before: string, value: string) => {
    const v = value.trimEnd();
    if (v.startsWith('"') && v.endsWith('"')) return `${before}title: ${v.slice(0, -1)}${suffix}"`;
    if (v.startsWith("'") && v.endsWith("'")) return `${before}title: ${v.slice(0, -1)}${suffix}'`;
    return `${before}title: ${JSON.stringify(v + suffix)}`;
  });
}

/** The clones a factor asks for: factor - 1 copies of every published post (so 1x is the site itself). */
export function clonePlan(posts: readonly SourceFile[], factor: number): SourceFile[] {
  const out: SourceFile[] = [];
  for (let k = 1; k < factor; k++) {
    for (const p of posts) {
      if (isDraft(p.text)) continue;
      const slug = basename(p.path, '.mdx');
      out.push({ path: join(dirname(p.path), `${slug}-copy-${k}.mdx`), text: retitle(p.text, k) });
    }
  }
  return out;
}

export async function readPosts(postsDir: string): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  async function walk(d: string): Promise<void> {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.mdx')) out.push({ path: relative(postsDir, p), text: await readFile(p, 'utf8') });
    }
  }
  await walk(postsDir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Writes the clones for `factor` into the posts directory of a site copy; returns what it wrote. */
export async function growSite(siteDir: string, factor: number): Promise<{ posts: number; chartPosts: number; added: number }> {
  const postsDir = join(siteDir, 'src', 'content', 'posts');
  const posts = await readPosts(postsDir);
  const clones = clonePlan(posts, factor);
  for (const c of clones) {
    await mkdir(join(postsDir, dirname(c.path)), { recursive: true });
    await writeFile(join(postsDir, c.path), c.text);
  }
  const all = [...posts, ...clones].filter((p) => !isDraft(p.text));
  return { posts: all.length, chartPosts: all.filter((p) => usesCharts(p.text)).length, added: clones.length };
}
