import { describe, expect, it } from 'vitest';
import { inPost, PostRenderError } from '../../../src/lib/posts/post-render-error';

const FILE = 'src/content/posts/2026/broken.mdx';

describe('inPost', () => {
  it('prefixes the post file to the message and keeps the original as cause, with its stack frames', () => {
    const original = new TypeError('Cannot read properties of undefined (reading "rate")');
    const e = inPost(FILE, original);
    expect(e).toBeInstanceOf(PostRenderError);
    expect(e.message).toBe(`${FILE}: Cannot read properties of undefined (reading "rate")`);
    expect(e.cause).toBe(original);
    expect(e.stack?.split('\n')[0]).toBe(`PostRenderError: ${FILE}: Cannot read properties of undefined (reading "rate")`);
    expect(e.stack?.split('\n').slice(1)).toEqual(original.stack?.split('\n').filter((l) => /^\s+at /.test(l)));
  });
  it('takes anything thrown, not only errors', () => {
    expect(inPost(FILE, 'a string').message).toBe(`${FILE}: a string`);
  });
  it('prefixes only once, and leaves alone an error that already names the file', () => {
    const once = inPost(FILE, new Error('boom'));
    expect(inPost(FILE, once)).toBe(once);
    const located = new Error(`${FILE}:12:3: KaTeX cannot render the inline formula`);
    expect(inPost(FILE, located)).toBe(located);
  });
});
