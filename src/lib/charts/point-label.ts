import type { Cell } from '../data/cell-schema';

/**
 * The name of a point from its group's values: a template such as "{model} {quant} + {harness}"
 * fills in columns by name; without one, the values are joined with ", ". Every column a
 * template names must be a grouping column, so a label never shows a value the point does not have.
 */
export function pointLabel(template: string | undefined, by: readonly string[], keys: Readonly<Record<string, Cell>>): string {
  if (template === undefined) return by.map((c) => String(keys[c] ?? '')).join(', ');
  return template.replace(/\{([^{}]+)\}/g, (_, column: string) => String(keys[column] ?? ''));
}

/** The columns a label template names, for checking them against the grouping columns. */
export function templateColumns(template: string | undefined): string[] {
  return template === undefined ? [] : [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);
}
