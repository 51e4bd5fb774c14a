import { describe, expect, it } from 'vitest';
import { SLOW_PATH, countCell, fastCheckOf, nameCell, nonNegativeCell, positiveCell } from '../../../src/lib/data/csv-fields';

const TEXTS = [
  '', ' ', '0', '1', '01', '12', '007', '-1', '+1', '1.', '.5', '5.25', '1e3', '1E-2', '1e400', '1e', 'e3', '.', '..5',
  '0x10', '1_000', 'NaN', 'Infinity', ' 1', '1 ', '\t2', '٣', '999999999999999', '1000000000000000', 'q4', ' pi', 'pi ', 'a b', 'é',
];

describe('fast cell checks', () => {
  for (const [name, schema] of [
    ['nameCell', nameCell],
    ['countCell', countCell],
    ['nonNegativeCell', nonNegativeCell],
    ['positiveCell', positiveCell],
  ] as const) {
    it(`${name}: accepts exactly what its schema accepts, with the same value`, () => {
      const fast = fastCheckOf(schema);
      if (fast === undefined) throw new Error(`${name} has no fast check`);
      for (const text of TEXTS) {
        const zod = schema.safeParse(text);
        const quick = fast(text);
        if (zod.success) expect(quick, JSON.stringify(text)).toBe(zod.data);
        else expect(quick, JSON.stringify(text)).toBe(SLOW_PATH);
      }
    });
  }

  it('reads the texts a person would expect', () => {
    expect(fastCheckOf(countCell)?.('12')).toBe(12);
    expect(fastCheckOf(countCell)?.('1.5')).toBe(SLOW_PATH);
    expect(fastCheckOf(nonNegativeCell)?.('34.5')).toBe(34.5);
    expect(fastCheckOf(nonNegativeCell)?.('1e400')).toBe(SLOW_PATH);
    expect(fastCheckOf(positiveCell)?.('0')).toBe(SLOW_PATH);
    expect(fastCheckOf(nameCell)?.(' pi')).toBe(SLOW_PATH);
    expect(fastCheckOf(nameCell)?.('Qwen3.6-27B')).toBe('Qwen3.6-27B');
  });
});
