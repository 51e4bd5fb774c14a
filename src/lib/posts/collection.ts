import { postPermalink, postYear, termSlug } from './permalink';

/** The part of a content entry the site's listings need. */
export interface PostEntry {
  id: string;
  /** The post's file, relative to the project root; named in error messages. */
  filePath?: string | undefined;
  data: {
    title: string;
    date: Date;
    description: string;
    tags: string[];
    categories: string[];
    draft: boolean;
    status: 'wip' | 'final';
  };
}

export interface TermCount {
  term: string;
  slug: string;
  count: number;
}

/** Drafts are visible while writing (dev) and never in a production build. */
export function publishedPosts<T extends PostEntry>(posts: readonly T[], includeDrafts: boolean): T[] {
  return sortNewestFirst(posts.filter((p) => includeDrafts || !p.data.draft));
}

/** Newest first; ties broken by permalink so the order never depends on file-system order. */
export function sortNewestFirst<T extends PostEntry>(posts: readonly T[]): T[] {
  return [...posts].sort(
    (a, b) =>
      b.data.date.getTime() - a.data.date.getTime() ||
      permalinkOf(a).localeCompare(permalinkOf(b)),
  );
}

export function permalinkOf(p: PostEntry): string {
  return postPermalink(p.id, p.data.date);
}

/** Fails when two posts would be published at the same URL (e.g. same slug, same year). */
export function assertUniquePermalinks(posts: readonly PostEntry[]): void {
  const seen = new Map<string, string>();
  for (const p of posts) {
    const url = permalinkOf(p);
    const other = seen.get(url);
    if (other !== undefined) {
      throw new Error(`Posts "${other}" and "${p.id}" both publish at ${url}; rename one of the files.`);
    }
    seen.set(url, p.id);
  }
}

/** Tag or category counts, most used first, then alphabetical. */
export function termCounts(posts: readonly PostEntry[], kind: 'tags' | 'categories'): TermCount[] {
  const counts = new Map<string, number>();
  for (const p of posts) for (const t of new Set(p.data[kind].map((x) => x.normalize('NFC')))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([term, count]) => ({ term, slug: termSlug(term), count }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

export function postsWithTerm<T extends PostEntry>(posts: readonly T[], kind: 'tags' | 'categories', slug: string): T[] {
  return posts.filter((p) => p.data[kind].some((t) => termSlug(t) === slug));
}

/** Posts grouped by year, newest year first; posts inside a year newest first. */
export function byYear<T extends PostEntry>(posts: readonly T[]): Array<{ year: string; posts: T[] }> {
  const groups = new Map<string, T[]>();
  for (const p of sortNewestFirst(posts)) {
    const y = postYear(p.data.date);
    groups.set(y, [...(groups.get(y) ?? []), p]);
  }
  return [...groups].map(([year, ps]) => ({ year, posts: ps })).sort((a, b) => b.year.localeCompare(a.year));
}

/** Neighbours in reading order: `newer` and `older` relative to the post at `permalink`. */
export function neighbours<T extends PostEntry>(sorted: readonly T[], permalink: string): { newer?: T; older?: T } {
  const i = sorted.findIndex((p) => permalinkOf(p) === permalink);
  if (i < 0) return {};
  const out: { newer?: T; older?: T } = {};
  const newer = sorted[i - 1];
  const older = sorted[i + 1];
  if (newer) out.newer = newer;
  if (older) out.older = older;
  return out;
}
