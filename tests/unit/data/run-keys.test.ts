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

describe('RunKeyLines with many and scattered seeds', () => {
  it('finds the first line of every repeated seed, dense or far apart', () => {
    const keys = new RunKeyLines();
    const cell = [1, 2, 3, 4, 5] as const;
    // Far seeds first (they cannot sit in a small array), then a dense run that grows past them.
    const seeds = [5000, 1e12, 70, ...Array.from({ length: 6000 }, (_, i) => i)];
    const firstLine = new Map<number, number>();
    seeds.forEach((seed, i) => {
      const line = i + 2;
      expect(keys.claim(cell, seed, line), `seed ${seed}`).toBe(firstLine.get(seed));
      if (!firstLine.has(seed)) firstLine.set(seed, line);
    });
    // 5000 and 70 came first, on lines 2 and 4; the dense run met them again on lines 5005 and 75.
    expect(keys.claim(cell, 5000, 99_999)).toBe(2);
    expect(keys.claim(cell, 70, 99_999)).toBe(4);
    expect(keys.claim(cell, 1e12, 99_999)).toBe(3);
    expect(keys.claim(cell, 5999, 99_999)).toBe(6004);
    expect(keys.claim([1, 2, 3, 4, 6], 5999, 7)).toBeUndefined();
  });
});
