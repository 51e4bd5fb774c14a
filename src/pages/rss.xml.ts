import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getPublishedPosts } from '../lib/posts/published';
import { permalinkOf } from '../lib/posts/collection';
import { inPost } from '../lib/posts/post-render-error';
import { absolutizeHtml } from '../lib/feed/absolutize';
import { stripScripts } from '../lib/feed/strip-scripts';
import { stripDarkCopies } from '../lib/feed/strip-dark-copies';
import { SITE } from '../lib/site/site';

/** The feed carries every published post in full, with absolute links, newest first. */
export async function GET(context: APIContext) {
  const site = context.site;
  if (!site) throw new Error('astro.config.mjs must set `site` so the feed can use absolute URLs.');
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await AstroContainer.create({ renderers });
  const posts = await getPublishedPosts();
  const items = [];
  for (const post of posts) {
    const link = new URL(permalinkOf(post), site).href;
    let html: string;
    try {
      const { Content } = await render(post);
      // The post's own address, so that its charts file their downloads where the page does.
      html = await container.renderToString(Content, { request: new Request(link) });
    } catch (error) {
      throw inPost(post.filePath ?? post.id, error);
    }
    items.push({
      title: post.data.title,
      pubDate: post.data.date,
      description: post.data.description,
      link,
      content: absolutizeHtml(stripDarkCopies(stripScripts(html)), link),
      categories: [...new Set([...post.data.categories, ...post.data.tags])],
    });
  }
  return rss({
    title: SITE.title,
    description: SITE.description,
    site,
    items,
    customData: `<language>${SITE.locale}</language>`,
    stylesheet: false,
  });
}
