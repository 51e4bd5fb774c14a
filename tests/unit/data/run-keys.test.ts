import { describe, expect, it } from 'vitest';
import { RunKeyLines } from '../../../src/lib/data/run-keys';

describe('RunKeyLines', () => {
  it('returns the first line of a repeated key and nothing for new ones', () => {
    const keys = new RunKeyLines();
    expect(keys.claim([0, 1, 2, 3, 4], 0, 2)).toBeUndefined();
    expect(keys.claim([0, 1, 2, 3, 4], 1, 3)).toBeUndefined(); // another seed
    expect(keys.claim([0, 1, 2, 4, 3], 0, 4)).toBeUndefined(); // ids swapped: another key
    expect(keys.claim([0, 1, 2, 3, 4], 0, 9)).toBe(2);
    expect(keys.claim([0, 1, 2, 3, 4], 0, 10)).toBe(2); // still the first line
  });

  it('keeps keys apart when ids no longer fit the packed form', () => {
    const keys = new RunKeyLines();
    // 1024 * 1024 + 0 packed would equal (1, 0) in the next field; ids >= 1024 use the string form.
    expect(keys.claim([0, 0, 0, 1, 0], 0, 2)).toBeUndefined();
    expect(keys.claim([0, 0, 0, 0, 1024], 0, 3)).toBeUndefined();
    expect(keys.claim([0, 0, 0, 0, 1024], 0, 4)).toBe(3);
    expect(keys.claim([2000, 5, 5, 5, 5], 7, 5)).toBeUndefined();
    expect(keys.claim([2000, 5, 5, 5, 5], 7, 6)).toBe(5);
  });
});
