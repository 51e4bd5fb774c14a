import { cloneJson, isObject, type Json } from './json';

/** One change: set the value at `p` to `v`, or delete it when there is no `v`. */
export interface PatchOp {
  p: Array<string | number>;
  v?: Json;
}
export type JsonPatch = PatchOp[];

function equal(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The changes that turn `a` into `b`: objects are compared key by key and arrays of the same
 * length item by item, so two Vega specs that differ only in colours differ by a few small ops.
 * Keys come out in a fixed order (b's keys, then deletions), so the patch is deterministic.
 */
export function diffJson(a: Json, b: Json): JsonPatch {
  const ops: JsonPatch = [];
  const walk = (x: Json | undefined, y: Json, path: Array<string | number>): void => {
    if (equal(x, y)) return;
    if (isObject(x) && isObject(y)) {
      for (const k of Object.keys(y)) walk(x[k], y[k] as Json, [...path, k]);
      for (const k of Object.keys(x)) if (!(k in y)) ops.push({ p: [...path, k] });
      return;
    }
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
      y.forEach((item, i) => walk(x[i], item, [...path, i]));
      return;
    }
    ops.push({ p: path, v: y });
  };
  walk(a, b, []);
  return ops;
}

/** `a` with `patch` applied, as a fresh copy; `a` is not modified. */
export function applyPatch(a: Json, patch: JsonPatch): Json {
  let root = cloneJson(a);
  for (const op of patch) {
    if (op.p.length === 0) {
      root = 'v' in op ? cloneJson(op.v) : null;
      continue;
    }
    let parent: Json = root;
    for (const key of op.p.slice(0, -1)) {
      const next: Json | undefined = Array.isArray(parent) && typeof key === 'number' ? parent[key] : isObject(parent) ? parent[String(key)] : undefined;
      if (next === undefined || next === null || typeof next !== 'object') throw new Error(`applyPatch: no container at ${JSON.stringify(op.p)}.`);
      parent = next;
    }
    const last = op.p[op.p.length - 1] as string | number;
    if (Array.isArray(parent) && typeof last === 'number') {
      if ('v' in op) parent[last] = cloneJson(op.v);
      else parent.splice(last, 1);
    } else if (isObject(parent)) {
      if ('v' in op) parent[String(last)] = cloneJson(op.v);
      else delete parent[String(last)];
    } else {
      throw new Error(`applyPatch: no container at ${JSON.stringify(op.p)}.`);
    }
  }
  return root;
}
