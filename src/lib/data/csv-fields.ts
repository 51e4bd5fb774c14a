import { z } from 'zod';

/**
 * Zod schemas for single CSV cells. Each takes the raw text and yields the typed value; each
 * message completes the sentence "<file> line N, column "c": <message>, got "<value>"."
 */

/** A name (sweep, model, task...): any text, but not empty and not padded with spaces. */
export const nameCell = z
  .string()
  .min(1, { error: 'expected a name, not an empty value' })
  .refine((s) => s.trim() === s, { error: 'expected no spaces before or after the name' });

/** A whole number >= 0 written in plain digits ("0", "12"). */
export const countCell = z
  .string()
  .regex(/^\d{1,15}$/, { error: 'expected a whole number >= 0' })
  .transform(Number);

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite decimal number >= 0 ("582", "34.5", "1e3"). */
export const nonNegativeCell = z
  .string()
  .regex(DECIMAL, { error: 'expected a number >= 0' })
  .refine((s) => Number.isFinite(Number(s)), { error: 'expected a finite number' })
  .transform(Number);

/** A finite decimal number > 0. */
export const positiveCell = z
  .string()
  .regex(DECIMAL, { error: 'expected a number > 0' })
  .refine((s) => Number.isFinite(Number(s)) && Number(s) > 0, { error: 'expected a finite number > 0' })
  .transform(Number);
