import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../../src/lib/charts/script-json';

describe('scriptJson', () => {
  it('cannot close the script element or open a comment, and reads back to the same value', () => {
    const value = { task: '</script><script>alert(1)</script>', note: '<!-- & -->', sep: '\u2028\u2029' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('refuses a value without a JSON form', () => {
    expect(() => scriptJson(undefined)).toThrow(TypeError);
  });
});
