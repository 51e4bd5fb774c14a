const LIMIT = 60;

/** A frontmatter value as an author would recognise it in a message: quoted text, a cut-off list. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().replace('T00:00:00.000Z', '');
  const json = JSON.stringify(value) ?? String(value);
  return json.length > LIMIT ? `${json.slice(0, LIMIT - 1)}…` : json;
}
