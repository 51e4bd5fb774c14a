/**
 * An error raised while a post was being rendered, prefixed with the post's file. Astro reports
 * such errors against the route being built (often /rss.xml, which renders every post), so the
 * author would otherwise have to guess which post threw. The original stays as `cause`, and its
 * stack is kept so --debug still shows where it was thrown.
 */
export class PostRenderError extends Error {
  readonly file: string;

  constructor(file: string, cause: unknown) {
    const original = cause instanceof Error ? cause.message : String(cause);
    super(`${file}: ${original}`, { cause });
    this.name = 'PostRenderError';
    this.file = file;
    if (cause instanceof Error && cause.stack) {
      const frames = cause.stack.split('\n').filter((l) => /^\s+at /.test(l));
      this.stack = [`${this.name}: ${this.message}`, ...frames].join('\n');
    }
  }
}

/** `error` as raised while rendering the post in `file`: prefixed once with the file, whatever was thrown. */
export function inPost(file: string, error: unknown): Error {
  if (error instanceof PostRenderError) return error;
  if (error instanceof Error && error.message.startsWith(`${file}:`)) return error;
  return new PostRenderError(file, error);
}
