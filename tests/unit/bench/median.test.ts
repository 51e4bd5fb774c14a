import { describe, expect, it } from 'vitest';
import { median } from '../../../bench/lib/median';

describe('median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([97, 94, 95])).toBe(95);
    expect(median([3])).toBe(3);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([10, 40, 20, 30])).toBe(25);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});
