/**
 * Vega-Lite and Vega specs are JSON. Their TypeScript types are deep unions that are awkward to
 * walk generically, so the helpers here read and rewrite specs as plain JSON values, checked at
 * every step, and hand typed specs back only at their boundaries.
 */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A deep copy of a JSON value; functions, undefined and other non-JSON values are dropped. */
export function cloneJson<T>(x: T): Json {
  return JSON.parse(JSON.stringify(x)) as Json;
}

/** A copy of a spec as a JSON object; throws a TypeError if the spec is not one. */
export function specObject(spec: unknown, what = 'spec'): JsonObject {
  const copy = cloneJson(spec);
  if (!isObject(copy)) throw new TypeError(`The ${what} must be a JSON object, got ${Array.isArray(spec) ? 'an array' : typeof spec}.`);
  return copy;
}

/** The array at obj[key], or an empty one. */
export function arrayAt(obj: JsonObject, key: string): Json[] {
  const v = obj[key];
  return Array.isArray(v) ? v : [];
}

/** The object at obj[key], or undefined. */
export function objectAt(obj: JsonObject, key: string): JsonObject | undefined {
  const v = obj[key];
  return isObject(v) ? v : undefined;
}
