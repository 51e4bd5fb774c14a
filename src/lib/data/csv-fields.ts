/**
 * Rules for single CSV cells. Each takes the raw text and yields the typed value; each message
 * completes the sentence "<file> line N, column "c": <message>, got "<value>"."
 *
 * They are written by hand rather than in zod: loading zod (some ninety modules) cost the
 * figures CLI more than reading the shipped data, and a million rows pay zod's per-call overhead
 * on every cell. Each rule answers in zod's shape (safeParse with the first issue's message), so
 * a row parser takes zod schemas and these alike; tests check each rule against the zod schema it
 * replaces: same texts accepted, same values, same first message.
 */

/** What safeParse returns: zod's result shape, first issue only. */
export type CellResult<T> = { success: true; data: T } | { success: false; error: { issues: Array<{ message: string }> } };

/** A cell schema: zod's safeParse, and optionally a fast check (see fastCheckOf). */
export interface CellSchema<T> {
  safeParse(raw: string): CellResult<T>;
}

/** The value a CellSchema yields. */
export type CellOutput<S> = S extends CellSchema<infer T> ? T : never;

/** What a fast check returns when it cannot vouch for a text: ask safeParse. */
export const SLOW_PATH: unique symbol = Symbol('slow path');
export type FastCheck<T> = (raw: string) => T | typeof SLOW_PATH;

interface CellRule<T> extends CellSchema<T> {
  readonly fast: FastCheck<T>;
}

/** The fast check of a cell schema, if it has one: the value without building a result object. */
export function fastCheckOf<T>(schema: CellSchema<T>): FastCheck<T> | undefined {
  const fast = (schema as Partial<CellRule<T>>).fast;
  return typeof fast === 'function' ? fast : undefined;
}

/**
 * A rule from a list of checks, tried in order like zod's: the first that fails gives the
 * message. `value` turns a text that passed every check into its value.
 */
function rule<T>(checks: ReadonlyArray<readonly [(s: string) => boolean, string]>, value: (s: string) => T, quick?: FastCheck<T>): CellRule<T> {
  const oks = checks.map(([ok]) => ok);
  const fast: FastCheck<T> =
    quick ??
    ((s) => {
      for (let i = 0; i < oks.length; i++) if (!(oks[i] as (s: string) => boolean)(s)) return SLOW_PATH;
      return value(s);
    });
  return {
    fast,
    safeParse(raw) {
      for (const [ok, message] of checks) if (!ok(raw)) return { success: false, error: { issues: [{ message }] } };
      return { success: true, data: value(raw) };
    },
  };
}

const same = (s: string): string => s;

/** A name (sweep, model, task...): any text, but not empty and not padded with spaces. */
export const nameCell: CellSchema<string> = rule(
  [
    [(s) => s.length >= 1, 'expected a name, not an empty value'],
    [(s) => s.trim() === s, 'expected no spaces before or after the name'],
  ],
  same,
);

const COUNT = /^\d{1,15}$/;

/** A whole number >= 0 written in plain digits ("0", "12"). */
export const countCell: CellSchema<number> = rule([[(s) => COUNT.test(s), 'expected a whole number >= 0']], Number, (s) =>
  COUNT.test(s) ? Number(s) : SLOW_PATH,
);

/** The fast check of the decimal rules: the same tests as their checks, without the loop. */
function decimalAbove(min: number, inclusive: boolean): FastCheck<number> {
  return (s) => {
    if (!DECIMAL.test(s)) return SLOW_PATH;
    const n = Number(s);
    return Number.isFinite(n) && (inclusive ? n >= min : n > min) ? n : SLOW_PATH;
  };
}

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite decimal number >= 0 ("582", "34.5", "1e3"). */
export const nonNegativeCell: CellSchema<number> = rule(
  [
    [(s) => DECIMAL.test(s), 'expected a number >= 0'],
    [(s) => Number.isFinite(Number(s)), 'expected a finite number'],
  ],
  Number,
  decimalAbove(0, true),
);

/** A finite decimal number > 0. */
export const positiveCell: CellSchema<number> = rule(
  [
    [(s) => DECIMAL.test(s), 'expected a number > 0'],
    [(s) => Number.isFinite(Number(s)) && Number(s) > 0, 'expected a finite number > 0'],
  ],
  Number,
  decimalAbove(0, false),
);

/** One of a few fixed texts, read as `value` maps them; `message` lists them ("expected 0 or 1"). */
export function oneOfCell<const V extends string, T = V>(values: readonly V[], message: string, value?: (v: V) => T): CellSchema<T> {
  const allowed = new Set<string>(values);
  const read = value ?? ((v: V) => v as unknown as T);
  return rule([[(s) => allowed.has(s), message]], (s) => read(s as V));
}
