/**
 * Permalinks follow the blog this site models: /YYYY/slug/, where YYYY is the year of the
 * post's date (UTC) and slug is the file name without its folder or extension.
 */
export function postSlug(id: string): string {
  const base = id.split('/').pop() ?? id;
  return base.replace(/\.mdx?$/, '');
}

export function postYear(date: Date): string {
  return String(date.getUTCFullYear());
}

export function postPermalink(id: string, date: Date): string {
  return `/${postYear(date)}/${postSlug(id)}/`;
}

/** URL-safe slug for a tag or category name ("machine learning" -> "machine-learning"). */
export function termSlug(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
