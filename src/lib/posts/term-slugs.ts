import { termSlug } from './permalink';

/** The part of a post the tag and category pages are made from. */
export interface TermSource {
  id: string;
  filePath?: string | undefined;
  data: { tags: readonly string[]; categories: readonly string[] };
}

const KINDS = [
  { key: 'tags', noun: 'tag' },
  { key: 'categories', noun: 'category' },
] as const;

/** Two tags (or categories) that would be one page, or one that would have no page at all. */
export class TermSlugError extends Error {
  readonly exitCode = 65;
  constructor(message: string) {
    super(message);
    this.name = 'TermSlugError';
  }
}

/**
 * Fails when a tag or category has no URL of its own: its slug has no letter or digit ("!!!",
 * ".", ".."), or it shares its slug with another ("C++" and "C#"), which would merge their pages
 * or let one overwrite the other. The message names the post (and the other post) and both names.
 */
export function assertTermSlugs(posts: readonly TermSource[]): void {
  const fileOf = (p: TermSource) => p.filePath ?? p.id;
  const sorted = [...posts].sort((a, b) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0));
  const problems: string[] = [];
  for (const { key, noun } of KINDS) {
    const owners = new Map<string, { term: string; file: string }>();
    for (const post of sorted) {
      const file = fileOf(post);
      for (const term of post.data[key]) {
        const slug = termSlug(term);
        if (!/[\p{L}\p{N}]/u.test(slug)) {
          problems.push(`${file}: the ${noun} "${term}" has no letter or digit to make its address under /${key}/ from; rename it.`);
          continue;
        }
        const owner = owners.get(slug);
        if (owner === undefined) owners.set(slug, { term, file });
        // One name typed in two Unicode forms is one tag: termSlug() and termCounts() normalise it.
        else if (owner.term.normalize('NFC') !== term.normalize('NFC')) {
          const where = owner.file === file ? 'in the same post' : `in ${owner.file}`;
          problems.push(`${file}: the ${noun} "${term}" would share the page /${key}/${slug}/ with the ${noun} "${owner.term}" ${where}; rename one of them.`);
        }
      }
    }
  }
  if (problems.length > 0) throw new TermSlugError(problems.join('\n'));
}
