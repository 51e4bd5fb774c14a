import { getCollection, type CollectionEntry } from 'astro:content';
import { assertUniquePermalinks, publishedPosts } from './collection';
import { assertTermSlugs } from './term-slugs';

export type Post = CollectionEntry<'posts'>;

/** Every post a reader can see, newest first: drafts only while developing. */
export async function getPublishedPosts(): Promise<Post[]> {
  const all = await getCollection('posts');
  assertUniquePermalinks(all);
  const published = publishedPosts(all, import.meta.env.DEV);
  assertTermSlugs(published);
  return published;
}
