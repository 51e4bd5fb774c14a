import { arrayAt, isObject, specObject, type Json, type JsonObject } from './json';

/**
 * Vega keeps a mark property at its last value when none of its conditions match and there is
 * no fallback. Vega-Lite leaves out the fallback for marks whose default opacity is 1 (text,
 * lines, rules), so a mark dimmed once by a highlight would stay dimmed after the highlight
 * clears. This gives every conditional opacity of a compiled Vega spec an explicit fallback.
 * Returns a copy; the input is not modified.
 */
export function completeOpacity<T>(vegaSpec: T): T {
  const root = specObject(vegaSpec, 'Vega spec');
  const visit = (node: JsonObject): void => {
    for (const mark of arrayAt(node, 'marks')) {
      if (!isObject(mark)) continue;
      const encode = mark['encode'];
      if (isObject(encode)) {
        for (const set of Object.values(encode)) {
          if (!isObject(set)) continue;
          const rules = set['opacity'];
          if (Array.isArray(rules) && rules.length > 0 && rules.every(hasTest)) rules.push({ value: 1 });
        }
      }
      visit(mark);
    }
  };
  visit(root);
  return root as unknown as T;
}

function hasTest(rule: Json): boolean {
  return isObject(rule) && 'test' in rule;
}
