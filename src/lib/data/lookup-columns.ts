import type { Cell } from './cell-schema';
import type { Dataset, Row } from './load-dataset';
import { keyOf } from './load-table';
import type { Field } from './table-schema';

/**
 * A dataset's columns, and the columns it reaches through its foreign keys: runs whose `model`
 * refers to models.csv can be charted by the model's `family`, without a join written by hand.
 * Own columns win over looked-up ones of the same name; the first foreign key that reaches a
 * column is the one used.
 */
export function reachableFields(ds: Dataset): Map<string, { field: Field; via: Dataset['references'][number] | undefined }> {
  const out = new Map<string, { field: Field; via: Dataset['references'][number] | undefined }>();
  for (const f of ds.schema.fields) out.set(f.name, { field: f, via: undefined });
  for (const ref of ds.references) {
    for (const f of ref.dataset.schema.fields) {
      if (!out.has(f.name) && !ref.referenced.includes(f.name)) out.set(f.name, { field: f, via: ref });
    }
  }
  return out;
}

/**
 * The dataset's rows with the looked-up columns among `columns` added to each row (own columns
 * are there already). Rows are new objects only when something is added.
 */
export function rowsWithColumns(ds: Dataset, columns: readonly string[]): Row[] {
  const reach = reachableFields(ds);
  const lookups = new Map<Dataset['references'][number], string[]>();
  for (const c of new Set(columns)) {
    const via = reach.get(c)?.via;
    if (via) lookups.set(via, [...(lookups.get(via) ?? []), c]);
  }
  if (lookups.size === 0) return [...ds.rows];
  const indexes = [...lookups].map(([ref, cols]) => {
    const byKey = new Map<string, Row>();
    for (const r of ref.dataset.rows) byKey.set(keyOf(ref.referenced.map((k) => r[k] ?? null)), r);
    return { ref, cols, byKey };
  });
  return ds.rows.map((row) => {
    const extra: Record<string, Cell> = {};
    for (const { ref, cols, byKey } of indexes) {
      const target = byKey.get(keyOf(ref.fields.map((k) => row[k] ?? null)));
      for (const c of cols) extra[c] = target?.[c] ?? null;
    }
    return { ...row, ...extra };
  });
}
