import { z } from 'zod';
import { listWords } from '../reports/words';
import type { Field } from './table-schema';

/** A value of a dataset: text, a number, a boolean, or null for a missing value. Dates are ISO text. */
export type Cell = string | number | boolean | null;

/**
 * Text cells longer than this stop the load unless the field declares its own maxLength: a
 * megabyte name would otherwise become megabytes of every figure that prints it.
 */
export const DEFAULT_MAX_TEXT_LENGTH = 1000;

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * C0 controls and DEL, but not tab, line feed or carriage return: these break the XML of every
 * SVG that prints the text, while a line break inside quotes is ordinary CSV (a question's text).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** "U+0000" */
function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The range part of a message: " >= 0", " > 0", " from 1 to 5", " <= 10". */
function rangeText(c: Field['constraints']): string {
  const lo = c.exclusiveMinimum !== undefined ? `> ${c.exclusiveMinimum}` : c.minimum !== undefined ? `>= ${c.minimum}` : '';
  const hi = c.exclusiveMaximum !== undefined ? `< ${c.exclusiveMaximum}` : c.maximum !== undefined ? `<= ${c.maximum}` : '';
  if (c.minimum !== undefined && c.maximum !== undefined && c.exclusiveMinimum === undefined && c.exclusiveMaximum === undefined) {
    return ` from ${c.minimum} to ${c.maximum}`;
  }
  return [lo, hi].filter((s) => s !== '').map((s) => ` ${s}`).join(' and');
}

/** What a good cell of the field looks like, for messages: "expected a whole number >= 0". */
export function expectation(field: Field): string {
  const c = field.constraints;
  if (c.enum !== undefined) return `expected ${listWords(c.enum.map(String), 'or')}`;
  switch (field.type) {
    case 'integer':
      return `expected a whole number${rangeText(c)}`;
    case 'number':
      return `expected a number${rangeText(c)}`;
    case 'boolean':
      return `expected ${field.trueValues[0] ?? 'true'} or ${field.falseValues[0] ?? 'false'}`;
    case 'date':
      return `expected a date written YYYY-MM-DD${rangeText(c)}`;
    case 'string':
      return 'expected text';
  }
}

function inRange(n: number, c: Field['constraints']): boolean {
  const min = typeof c.minimum === 'number' ? c.minimum : undefined;
  const max = typeof c.maximum === 'number' ? c.maximum : undefined;
  return (
    (min === undefined || n >= min) &&
    (max === undefined || n <= max) &&
    (c.exclusiveMinimum === undefined || n > c.exclusiveMinimum) &&
    (c.exclusiveMaximum === undefined || n < c.exclusiveMaximum)
  );
}

function validDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function textSchema(field: Field): z.ZodType<string, string> {
  const c = field.constraints;
  const max = c.maxLength ?? DEFAULT_MAX_TEXT_LENGTH;
  let s = z
    .string()
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, {
      error: (iss) => {
        const input = typeof iss.input === 'string' ? iss.input : '';
        return `holds the control character ${codePoint(CONTROL.exec(input)?.[0] ?? '\u0000')}, which text may not contain`;
      },
    })
    .regex(/^(?!\s)[\s\S]*(?<!\s)$/, 'expected no spaces before or after the text')
    .max(max, {
      error: (iss) => {
        const n = typeof iss.input === 'string' ? iss.input.length : 0;
        const hint = c.maxLength === undefined ? ' (declare a larger maxLength for the field in datapackage.json if this is intended)' : '';
        return `the text is ${n} characters long, more than the ${max} allowed${hint}`;
      },
    });
  if (c.minLength !== undefined) s = s.min(c.minLength, `expected at least ${c.minLength} characters`);
  if (c.pattern !== undefined) s = s.regex(new RegExp(`^(?:${c.pattern})$`, 'u'), `expected text matching the pattern ${c.pattern}`);
  if (c.enum === undefined) return s;
  const allowed = new Set(c.enum.map(String));
  return s.refine((v) => allowed.has(v), expectation(field));
}

/*
 * Numbers and booleans are zod codecs (text in, value out) rather than transforms: bench/load.ts
 * measures a transform at about four times the cost of a codec per cell, which a million rows
 * with a column of distinct times cannot afford.
 */
function numberSchema(field: Field, pattern: RegExp): z.ZodType<number, string> {
  const c = field.constraints;
  const message = expectation(field);
  const allowed = c.enum === undefined ? undefined : new Set(c.enum.map(Number));
  const valid = (s: string): boolean => {
    if (!pattern.test(s)) return false;
    const n = Number(s);
    return Number.isFinite(n) && (field.type !== 'integer' || Number.isSafeInteger(n)) && inRange(n, c) && (allowed === undefined || allowed.has(n));
  };
  return z.codec(z.string().refine(valid, message), z.number(), { decode: Number, encode: String });
}

function booleanSchema(field: Field): z.ZodType<boolean, string> {
  const truthy = new Set(field.trueValues);
  const falsy = new Set(field.falseValues);
  return z.codec(
    z.string().refine((s) => truthy.has(s) || falsy.has(s), expectation(field)),
    z.boolean(),
    { decode: (s) => truthy.has(s), encode: (b) => (b ? (field.trueValues[0] ?? 'true') : (field.falseValues[0] ?? 'false')) },
  );
}

function dateSchema(field: Field): z.ZodType<string, string> {
  const c = field.constraints;
  const lo = typeof c.minimum === 'string' ? c.minimum : undefined;
  const hi = typeof c.maximum === 'string' ? c.maximum : undefined;
  // ISO dates compare as text.
  return z.string().refine((s) => validDate(s) && (lo === undefined || s >= lo) && (hi === undefined || s <= hi), expectation(field));
}

/**
 * The zod schema that turns one non-missing cell of `field` into its value, with every
 * per-value constraint of the field (type, enum, range, length, pattern, no control characters).
 * Missing values and the constraints across rows (required, unique, keys) are the table's to check.
 * Each message completes the sentence `<file> line N, column "c": <message>, got "<text>".`
 */
export function cellSchema(field: Field): z.ZodType<Cell, string> {
  switch (field.type) {
    case 'string':
      return textSchema(field);
    case 'integer':
      return numberSchema(field, INTEGER);
    case 'number':
      return numberSchema(field, DECIMAL);
    case 'boolean':
      return booleanSchema(field);
    case 'date':
      return dateSchema(field);
  }
}

/** Whether every text could be read as a value of `type` (for inference; no constraints). */
export function fitsType(type: 'integer' | 'number' | 'boolean' | 'date', s: string): boolean {
  switch (type) {
    case 'integer':
      return INTEGER.test(s) && Number.isSafeInteger(Number(s));
    case 'number':
      return DECIMAL.test(s) && Number.isFinite(Number(s));
    case 'boolean':
      return s === 'true' || s === 'false' || s === 'True' || s === 'False' || s === 'TRUE' || s === 'FALSE';
    case 'date':
      return validDate(s);
  }
}
