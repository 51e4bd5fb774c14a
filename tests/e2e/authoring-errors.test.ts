import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/quality/link-check';
import { launchBrowser, newContext, watchPage } from './support/browser';
import { buildFailure, buildIn, copyRepo, type BuildResult, type RepoCopy } from './support/build-copy';
import { readDist } from './support/dist';
import { startServer } from './support/server';

/**
 * Mistakes an author makes stop the build where they can be fixed: real builds in a temp copy,
 * each with the posts of one mistake added. The messages are written out by hand.
 */

const POSTS = 'src/content/posts/2026';

let copy: RepoCopy;
beforeAll(async () => {
  copy = await copyRepo({ prefix: 'authoring-errors-' });
});
afterAll(async () => {
  await copy?.remove();
});

/** Builds the copy with `files` (path -> text) added, then takes them away again. */
async function buildWith(files: Record<string, string>): Promise<BuildResult> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(copy.dir, path)), { recursive: true });
    await writeFile(join(copy.dir, path), text);
  }
  try {
    return await buildIn(copy.dir, { timeoutMs: 10 * 60_000 });
  } finally {
    for (const path of Object.keys(files)) await rm(join(copy.dir, path));
  }
}

const post = (title: string, extra: string, body = 'Text.') =>
  `---\ntitle: ${title}\n${extra}\ndescription: A post with a mistake in it.\n---\n\n${body}\n`;

describe('frontmatter mistakes', () => {
  it('an impossible date, an unknown field and a bad value stop the build with file, line, field, value and what is allowed', async () => {
    const r = await buildWith({
      [`${POSTS}/bad-frontmatter.mdx`]: post('Bad frontmatter', 'date: 2026-02-30\nupdated: 2026-13-45\ntitel: oops\nstatus: done'),
    });
    expect(r.code).toBe(65);
    const file = `${POSTS}/bad-frontmatter.mdx`;
    expect(r.output).toContain(
      [
        `${file}:3: field "date" is "2026-02-30"; it must be a real day written YYYY-MM-DD, such as 2026-04-28 (February 2026 has 28 days).`,
        `${file}:4: field "updated" is "2026-13-45"; it must be a real day written YYYY-MM-DD, such as 2026-04-28 (there is no month 13).`,
        `${file}:5: the frontmatter has no field "titel" (set to "oops"); its fields are title, date, updated, description, tags, categories, draft, status, bibliography, csl and eval.`,
        `${file}:6: field "status" is "done"; it must be "wip" or "final".`,
      ].join('\n'),
    );
    expect(r.output).not.toContain('****');
  }, 11 * 60_000);
});

describe('tags and categories without an address of their own', () => {
  it('two tags with one slug, or a tag with none, stop the build naming the posts and the tags', async () => {
    const r = await buildWith({
      [`${POSTS}/about-c-plus-plus.mdx`]: post('About C++', 'date: 2026-05-01\ntags: [C++, "!!!"]'),
      [`${POSTS}/about-c-sharp.mdx`]: post('About C#', 'date: 2026-05-02\ntags: [C#]'),
    });
    expect(r.code).toBe(65);
    expect(r.output).toContain(
      [
        `${POSTS}/about-c-plus-plus.mdx: the tag "!!!" has no letter or digit to make its address under /tags/ from; rename it.`,
        `${POSTS}/about-c-sharp.mdx: the tag "C#" would share the page /tags/c/ with the tag "C++" in ${POSTS}/about-c-plus-plus.mdx; rename one of them.`,
      ].join('\n'),
    );
  }, 11 * 60_000);
});

describe('an error while rendering a post', () => {
  it('names the post file, not only the route being built', async () => {
    const r = await buildWith({
      'src/components/ThrowsWhileRendering.astro': "---\nthrow new Error('the component could not find its data');\n---\n<p>Never shown.</p>\n",
      [`${POSTS}/component-throws.mdx`]: post(
        'Component throws',
        'date: 2026-05-01',
        "import ThrowsWhileRendering from '../../../components/ThrowsWhileRendering.astro';\n\n<ThrowsWhileRendering />",
      ),
    });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`${POSTS}/component-throws.mdx: the component could not find its data`);
  }, 11 * 60_000);
});

describe('tags in any script', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('get pages whose links, sitemap entries and search results work', async () => {
    const file = join(copy.dir, POSTS, 'tags-in-any-script.mdx');
    await writeFile(file, post('Tags in any script', 'date: 2026-05-01\ntags: [ünïcødé 标签]\ncategories: [Übersicht]'));
    const r = await buildIn(copy.dir, { timeoutMs: 10 * 60_000 });
    await rm(file);
    if (r.code !== 0) throw buildFailure('The build with non-Latin tags', r);

    const dist = join(copy.dir, 'dist');
    const { pages, files } = await readDist(dist);
    expect(pages.has('/tags/ünïcødé-标签/')).toBe(true);
    expect(pages.has('/categories/übersicht/')).toBe(true);
    expect(checkLinks(pages, files)).toEqual([]);
    // UTF-8, percent-encoded: ü C3 BC, ï C3 AF, ø C3 B8, é C3 A9, 标 E6 A0 87, 签 E7 AD BE.
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/tags/%C3%BCn%C3%AFc%C3%B8d%C3%A9-%E6%A0%87%E7%AD%BE/</loc>');
    expect(sitemap).toContain('<loc>https://example.org/categories/%C3%BCbersicht/</loc>');

    const server = await startServer(dist);
    try {
      browser = await launchBrowser();
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      const { errors } = watchPage(page);
      await page.goto(`${server.url}/2026/tags-in-any-script/`);
      await Promise.all([page.waitForURL('**/tags/**'), page.getByRole('link', { name: '#ünïcødé 标签' }).click()]);
      expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/tags/ünïcødé-标签/');
      expect(await page.locator('h1').innerText()).toContain('ünïcødé 标签');
      await page.goto(`${server.url}/search/`);
      await page.fill('[data-search-root] input', 'Übersicht');
      const first = page.locator('.pagefind-ui__result-link').first();
      await first.waitFor({ timeout: 15_000 });
      expect(await first.getAttribute('href')).toContain('/2026/tags-in-any-script/');
      expect(errors).toEqual([]);
      await ctx.close();
    } finally {
      await server.close();
    }
  }, 11 * 60_000);
});
