import { slug } from 'github-slugger';

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

/**
 * The URL segment of a tag or category: GitHub's heading slugs ("machine learning" ->
 * "machine-learning"), which keep letters of every script ("ünïcødé 标签" -> "ünïcødé-标签")
 * and drop punctuation. NFC first, so one name typed two ways gets one page. Two names can share
 * a slug ("C++" and "C#" are both "c"); assertTermSlugs() refuses that.
 */
export function termSlug(term: string): string {
  return slug(term.normalize('NFC'));
}
