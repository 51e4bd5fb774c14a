import { defineMiddleware } from 'astro:middleware';
import { inPost } from './lib/posts/post-render-error';

/**
 * A post page sets `locals.postFile` before it renders the post; an error raised while rendering
 * then names that file instead of only the URL Astro was building.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  try {
    return await next();
  } catch (error) {
    const file = context.locals.postFile;
    throw file === undefined ? error : inPost(file, error);
  }
});
