import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { postSchema } from './lib/posts/frontmatter';
import { checkingFrontmatter } from './lib/posts/frontmatter-loader';

const posts = defineCollection({
  loader: checkingFrontmatter(glob({ pattern: '**/*.mdx', base: './src/content/posts' })),
  schema: postSchema,
});

export const collections = { posts };
