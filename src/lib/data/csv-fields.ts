import { z } from 'zod';

/**
 * Zod schemas for single CSV cells. Each takes the raw text and yields the typed value; each
 * message completes the sentence "<file> line N, column "c": <message>, got "<value>"."
 *
 * Each also has a fast check (fastCheckOf) that accepts exactly the texts its schema accepts and
 * returns the same value, without zod's per-call overhead; a million-row file runs the numeric
 * cells through it. It answers SLOW_PATH for anything else, and the caller then asks the schema,
 * whose message is the one reported: the schemas stay the one source of rules and wording.
 */

/** What a fast check returns when it cannot vouch for a text: ask the zod schema. */
export const SLOW_PATH: unique symbol = Symbol('slow path');
export type FastCheck<T> = (raw: string) => T | typeof SLOW_PATH;

const fastChecks = new WeakMap<z.ZodType, FastCheck<unknown>>();

/** The fast check registered for a cell schema, if any. */
export function fastCheckOf<S extends z.ZodType>(schema: S): FastCheck<z.output<S>> | undefined {
  return fastChecks.get(schema) as FastCheck<z.output<S>> | undefined;
}

function withFastCheck<S extends z.ZodType>(schema: S, check: FastCheck<z.output<S>>): S {
  fastChecks.set(schema, check);
  return schema;
}

/** A name (sweep, model, task...): any text, but not empty and not padded with spaces. */
export const nameCell = withFastCheck(
  z
    .string()
    .min(1, { error: 'expected a name, not an empty value' })
    .refine((s) => s.trim() === s, { error: 'expected no spaces before or after the name' }),
  (s) => (s.length >= 1 && s.trim() === s ? s : SLOW_PATH),
);

const COUNT = /^\d{1,15}$/;

/** A whole number >= 0 written in plain digits ("0", "12"). */
export const countCell = withFastCheck(
  z.string().regex(COUNT, { error: 'expected a whole number >= 0' }).transform(Number),
  (s) => (COUNT.test(s) ? Number(s) : SLOW_PATH),
);

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite decimal number >= 0 ("582", "34.5", "1e3"). */
export const nonNegativeCell = withFastCheck(
  z
    .string()
    .regex(DECIMAL, { error: 'expected a number >= 0' })
    .refine((s) => Number.isFinite(Number(s)), { error: 'expected a finite number' })
    .transform(Number),
  (s) => {
    if (!DECIMAL.test(s)) return SLOW_PATH;
    const n = Number(s);
    return Number.isFinite(n) ? n : SLOW_PATH;
  },
);

/** A finite decimal number > 0. */
export const positiveCell = withFastCheck(
  z
    .string()
    .regex(DECIMAL, { error: 'expected a number > 0' })
    .refine((s) => Number.isFinite(Number(s)) && Number(s) > 0, { error: 'expected a finite number > 0' })
    .transform(Number),
  (s) => {
    if (!DECIMAL.test(s)) return SLOW_PATH;
    const n = Number(s);
    return Number.isFinite(n) && n > 0 ? n : SLOW_PATH;
  },
);
