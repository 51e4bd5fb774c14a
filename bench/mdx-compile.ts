/**
 * `npm run bench:mdx`: what the site's remark and rehype plugins cost per post when a build
 * compiles MDX (part of Astro's "building static entrypoints" phase). Every post under
 * src/content/posts is compiled by Astro's own MDX pipeline (its unified() processor's
 * MDX renderer: GFM, SmartyPants, Shiki and its own plugins) first with remark-math only, then with the site's plugins from astro.config.mjs
 * added one at a time in their order, so each plugin's own share shows. Medians over --repeat
 * rounds in one warm process (a build compiles every post in one process too). Writes
 * bench/results/mdx-compile.json and prints a table.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { unified } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import config from '../astro.config.mjs';
import { markdownTable } from './lib/markdown-table';
import { median } from './lib/median';
import { readPosts } from './lib/synthetic-posts';
import { writeAtomic } from './lib/write-atomic';
import { machine } from './lib/machine';

const HELP = `Usage: npm run bench:mdx [-- options]

Compiles every post with Astro's MDX pipeline, with remark-math only and then adding the
site's remark and rehype plugins one at a time; prints the median milliseconds per post.

Options:
  --repeat N   rounds over all posts (default 5)
  --out FILE   where to write the JSON results (default bench/results/mdx-compile.json)
  -h, --help   show this help
`;

const POSTS = 'src/content/posts';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

interface Post {
  path: string;
  body: string;
  frontmatter: Record<string, unknown>;
}

/** Every post, its frontmatter split from its body as Astro's MDX loader does. */
async function postsToCompile(): Promise<Post[]> {
  return (await readPosts(POSTS)).map((f) => {
    const m = FRONTMATTER.exec(f.text);
    // The body keeps the frontmatter's lines as blank ones, so positions in errors stay right.
    const body = m ? '\n'.repeat((m[0].match(/\n/g) ?? []).length) + f.text.slice(m[0].length) : f.text;
    return { path: join(POSTS, f.path), body, frontmatter: m ? ((yaml.load(m[1] ?? '', { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>) : {} };
  });
}

function pluginName(p: PluggableList[number]): string {
  const f = Array.isArray(p) ? p[0] : p;
  return typeof f === 'function' && f.name ? f.name : 'plugin';
}

/** The plugin lists Astro's unified() takes, as astro.config.mjs passes them. */
type Options = NonNullable<Parameters<typeof unified>[0]>;
type PluggableList = NonNullable<Options['remarkPlugins'] | Options['rehypePlugins']>;
type RemarkList = NonNullable<Options['remarkPlugins']>;
type RehypeList = NonNullable<Options['rehypePlugins']>;

type Renderer = { process(content: string, path: string, frontmatter: Record<string, unknown>): Promise<unknown> };

/** Astro's own MDX pipeline (its default plugins, Shiki, then ours), with the given plugins of ours. */
async function renderer(remark: RemarkList, rehype: RehypeList): Promise<Renderer> {
  const processor = unified({ remarkPlugins: remark, rehypePlugins: rehype }) as unknown as {
    createMdxRenderer(shared: Record<string, unknown>, mdx: Record<string, unknown>): Promise<Renderer>;
  };
  const markdown = config.markdown ?? {};
  return processor.createMdxRenderer({ syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig }, { optimize: false, srcDir: new URL('../src/', import.meta.url) });
}

async function compileAll(posts: readonly Post[], r: Renderer): Promise<number> {
  const t0 = performance.now();
  for (const post of posts) await r.process(post.body, post.path, { ...post.frontmatter });
  return (performance.now() - t0) / posts.length;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { repeat: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const repeat = Number(values.repeat ?? 5);
  const outFile = values.out ?? 'bench/results/mdx-compile.json';
  const processor = config.markdown?.processor as { options?: { remarkPlugins: RemarkList; rehypePlugins: RehypeList } } | undefined;
  if (!processor?.options) throw new Error('astro.config.mjs has no unified() Markdown processor to read the plugins from.');
  const { remarkPlugins, rehypePlugins } = processor.options;
  const posts = await postsToCompile();
  // Each step: the plugins so far. Step 0 is Astro's defaults alone.
  // remark-math is in the baseline: without it the math post's braces read as MDX expressions.
  const first = remarkPlugins.findIndex((p) => pluginName(p) === 'remarkMath') + 1;
  if (first !== 1) throw new Error('astro.config.mjs no longer starts its remark plugins with remark-math; this benchmark assumes it does.');
  const steps: Array<{ added: string; remark: RemarkList; rehype: RehypeList }> = [
    { added: "Astro's MDX pipeline and remark-math", remark: remarkPlugins.slice(0, first), rehype: [] },
  ];
  for (let i = first; i < remarkPlugins.length; i++) {
    steps.push({ added: `remark: ${pluginName(remarkPlugins[i] as PluggableList[number])}`, remark: remarkPlugins.slice(0, i + 1), rehype: [] });
  }
  rehypePlugins.forEach((_, i) => steps.push({ added: `rehype: ${pluginName(rehypePlugins[i] as PluggableList[number])}`, remark: remarkPlugins, rehype: rehypePlugins.slice(0, i + 1) }));
  const renderers = await Promise.all(steps.map((s) => renderer(s.remark, s.rehype)));
  for (const r of renderers) await compileAll(posts, r); // warm-up: Shiki, citation styles, JIT
  const samples = steps.map(() => [] as number[]);
  for (let round = 0; round < repeat; round++) for (const [i, r] of renderers.entries()) samples[i]?.push(await compileAll(posts, r));
  const results = steps.map((s, i) => ({ added: s.added, msPerPost: median(samples[i] ?? []) }));
  const report = {
    machine: machine(),
    method: `Every post of ${POSTS} (${posts.length}) compiled by the MDX renderer of @astrojs/markdown-remark's unified() processor (what @astrojs/mdx runs) in one process, after one untimed round; the plugins of each row are those of the rows above plus its own; median over ${repeat} rounds of the mean ms per post.`,
    posts: posts.length,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    results,
  };
  await writeAtomic(outFile, `${JSON.stringify(report, null, 2)}\n`);
  let previous = 0;
  const rows = results.map((r) => {
    const own = r.msPerPost - previous;
    previous = r.msPerPost;
    return [r.added, r.msPerPost.toFixed(1), own.toFixed(1)];
  });
  process.stdout.write(`${markdownTable(['plugins up to', 'ms per post', 'this plugin'], rows)}\n`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
