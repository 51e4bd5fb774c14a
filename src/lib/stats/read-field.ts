/** A data row as parsed from a CSV or built by hand: field name to value. */
export type Row = Readonly<Record<string, unknown>>;

/**
 * A row's numeric field: a finite number, or a boolean as 1/0 (a pass/fail column). Anything
 * else is an error naming the row (1-based, in the order given) and the field.
 */
export function numberField(row: Row, field: string, index: number, where: string): number {
  const v = row[field];
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new TypeError(`${where}: row ${index + 1} has ${describe(row, field)}, not a finite number or true/false.`);
}

/** A row's identifying field (a group, unit or item key): a string, or a finite number as text. */
export function keyField(row: Row, field: string, index: number, where: string): string {
  const v = row[field];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw new TypeError(`${where}: row ${index + 1} has ${describe(row, field)}, not a string or number.`);
}

function describe(row: Row, field: string): string {
  if (!(field in row)) return `no field "${field}"`;
  const v = row[field];
  return `${field} = ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`;
}
