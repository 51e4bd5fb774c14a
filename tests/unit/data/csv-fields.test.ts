import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  SLOW_PATH,
  countCell,
  fastCheckOf,
  nameCell,
  nonNegativeCell,
  oneOfCell,
  positiveCell,
  type CellSchema,
} from '../../../src/lib/data/csv-fields';

/**
 * The zod schemas the hand-written rules replaced, as the loader first defined them: the rules
 * must accept the same texts, give the same values and the same first message.
 */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ZOD = {
  nameCell: z
    .string()
    .min(1, { error: 'expected a name, not an empty value' })
    .refine((s) => s.trim() === s, { error: 'expected no spaces before or after the name' }),
  countCell: z.string().regex(/^\d{1,15}$/, { error: 'expected a whole number >= 0' }).transform(Number),
  nonNegativeCell: z
    .string()
    .regex(DECIMAL, { error: 'expected a number >= 0' })
    .refine((s) => Number.isFinite(Number(s)), { error: 'expected a finite number' })
    .transform(Number),
  positiveCell: z
    .string()
    .regex(DECIMAL, { error: 'expected a number > 0' })
    .refine((s) => Number.isFinite(Number(s)) && Number(s) > 0, { error: 'expected a finite number > 0' })
    .transform(Number),
  passed: z.enum(['0', '1'], { error: 'expected 0 or 1' }).transform((v) => v === '1'),
  access: z.enum(['none', 'ran', 'read'], { error: 'expected none, ran or read' }),
};

const RULES: Array<[string, CellSchema<unknown>, z.ZodType]> = [
  ['nameCell', nameCell, ZOD.nameCell],
  ['countCell', countCell, ZOD.countCell],
  ['nonNegativeCell', nonNegativeCell, ZOD.nonNegativeCell],
  ['positiveCell', positiveCell, ZOD.positiveCell],
  ['passed', oneOfCell(['0', '1'], 'expected 0 or 1', (v) => v === '1'), ZOD.passed],
  ['grader_access', oneOfCell(['none', 'ran', 'read'], 'expected none, ran or read'), ZOD.access],
];

const TEXTS = [
  '', ' ', '0', '1', '01', '12', '007', '-1', '+1', '1.', '.5', '5.25', '1e3', '1E-2', '1e400', '1e', 'e3', '.', '..5', '0.0',
  '0x10', '1_000', 'NaN', 'Infinity', ' 1', '1 ', '\t2', '٣', '999999999999999', '1000000000000000', 'q4', ' pi', 'pi ', 'a b',
  'é', 'none', 'ran', 'read', 'Read', 'true', '__proto__', 'constructor',
];

describe('cell rules', () => {
  for (const [name, rule, zod] of RULES) {
    it(`${name}: accepts what the zod schema accepts, with the same value or the same first message`, () => {
      const fast = fastCheckOf(rule);
      if (fast === undefined) throw new Error(`${name} has no fast check`);
      for (const text of TEXTS) {
        const expected = zod.safeParse(text);
        const got = rule.safeParse(text);
        const label = `${name} ${JSON.stringify(text)}`;
        if (expected.success) {
          expect(got, label).toEqual({ success: true, data: expected.data });
          expect(fast(text), label).toBe(expected.data);
        } else {
          expect(got.success, label).toBe(false);
          if (!got.success) expect(got.error.issues[0]?.message, label).toBe(expected.error.issues[0]?.message);
          expect(fast(text), label).toBe(SLOW_PATH);
        }
      }
    });
  }

  it('reads the texts a person would expect', () => {
    expect(fastCheckOf(countCell)?.('12')).toBe(12);
    expect(countCell.safeParse('1.5')).toEqual({ success: false, error: { issues: [{ message: 'expected a whole number >= 0' }] } });
    expect(fastCheckOf(nonNegativeCell)?.('34.5')).toBe(34.5);
    expect(nonNegativeCell.safeParse('1e400')).toEqual({ success: false, error: { issues: [{ message: 'expected a finite number' }] } });
    expect(positiveCell.safeParse('0')).toEqual({ success: false, error: { issues: [{ message: 'expected a finite number > 0' }] } });
    expect(nameCell.safeParse(' pi')).toEqual({ success: false, error: { issues: [{ message: 'expected no spaces before or after the name' }] } });
    expect(nameCell.safeParse('Qwen3.6-27B')).toEqual({ success: true, data: 'Qwen3.6-27B' });
  });
});
