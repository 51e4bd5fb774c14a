import { describe, expect, it } from 'vitest';
import { postPermalink, postSlug, termSlug } from '../../../src/lib/posts/permalink';
import { readingMinutes } from '../../../src/lib/posts/reading-time';
import { assertTermSlugs, TermSlugError } from '../../../src/lib/posts/term-slugs';
import { assertUniquePermalinks, byYear, neighbours, publishedPosts, termCounts, postsWithTerm, type PostEntry } from '../../../src/lib/posts/collection';
import { tableOfContents } from '../../../src/lib/posts/toc';
import { formatLongDate, isoDay } from '../../../src/lib/posts/format-date';

function post(id: string, date: string, extra: Partial<PostEntry['data']> = {}): PostEntry {
  return { id, data: { title: id, date: new Date(`${date}T00:00:00Z`), description: 'd', tags: [], categories: [], draft: false, status: 'final', ...extra } };
}

describe('permalinks', () => {
  it('are /YYYY/slug/ from the date and the file name', () => {
    expect(postPermalink('2026/harness-bench-wip', new Date('2026-04-28T00:00:00Z'))).toBe('/2026/harness-bench-wip/');
    expect(postPermalink('postdoc', new Date('2022-11-01T00:00:00Z'))).toBe('/2022/postdoc/');
    expect(postSlug('2024/nov-research.mdx')).toBe('nov-research');
  });
  it('use the UTC year even for a post dated just after midnight on 1 January', () => {
    expect(postPermalink('x', new Date('2025-01-01T00:30:00+01:00'))).toBe('/2024/x/');
  });
  it('slug tags and categories as GitHub slugs headings: lower case, spaces to hyphens, punctuation dropped, letters of every script kept', () => {
    expect(termSlug('machine learning')).toBe('machine-learning');
    expect(termSlug('Vision-Language Models')).toBe('vision-language-models');
    expect(termSlug('Café & Résumé')).toBe('café--résumé');
    expect(termSlug('ünïcødé 标签')).toBe('ünïcødé-标签');
    expect(termSlug('A/B testing')).toBe('ab-testing');
    // "é" as e + combining acute (NFD) and as one code point (NFC) is one slug.
    expect(termSlug('e\u0301t\u00e9')).toBe('\u00e9t\u00e9');
  });
});

describe('post collection', () => {
  const posts = [
    post('a', '2024-06-01', { tags: ['x', 'y'], categories: ['research'] }),
    post('b', '2026-04-28', { tags: ['x'], categories: ['research'] }),
    post('c', '2026-03-29', { draft: true, tags: ['z'] }),
    post('d', '2022-11-01', { tags: ['y'] }),
  ];
  it('leave drafts out of production and sort newest first', () => {
    expect(publishedPosts(posts, false).map((p) => p.id)).toEqual(['b', 'a', 'd']);
    expect(publishedPosts(posts, true).map((p) => p.id)).toEqual(['b', 'c', 'a', 'd']);
  });
  it('count terms, most used first then alphabetical', () => {
    const pub = publishedPosts(posts, false);
    expect(termCounts(pub, 'tags')).toEqual([
      { term: 'x', slug: 'x', count: 2 },
      { term: 'y', slug: 'y', count: 2 },
    ]);
    expect(postsWithTerm(pub, 'tags', 'y').map((p) => p.id)).toEqual(['a', 'd']);
  });
  it('group by year, newest year first', () => {
    expect(byYear(publishedPosts(posts, false)).map((g) => [g.year, g.posts.map((p) => p.id)])).toEqual([
      ['2026', ['b']], ['2024', ['a']], ['2022', ['d']],
    ]);
  });
  it('find the newer and older neighbour', () => {
    const pub = publishedPosts(posts, false);
    const n = neighbours(pub, '/2024/a/');
    expect(n.newer?.id).toBe('b');
    expect(n.older?.id).toBe('d');
    expect(neighbours(pub, '/2026/b/').newer).toBeUndefined();
  });
  it('refuse two posts at one URL', () => {
    expect(() => assertUniquePermalinks([post('2024/postdoc', '2024-06-01'), post('other/postdoc', '2024-01-01')])).toThrow(
      'Posts "2024/postdoc" and "other/postdoc" both publish at /2024/postdoc/',
    );
    expect(() => assertUniquePermalinks([post('2024/postdoc', '2024-06-01'), post('2022/postdoc', '2022-11-01')])).not.toThrow();
  });
});

describe('tag and category addresses', () => {
  const tagged = (file: string, tags: string[], categories: string[] = []) => ({ id: file, filePath: `src/content/posts/2026/${file}.mdx`, data: { tags, categories } });
  const failure = (posts: Parameters<typeof assertTermSlugs>[0]): string => {
    try {
      assertTermSlugs(posts);
    } catch (e) {
      expect(e).toBeInstanceOf(TermSlugError);
      return (e as Error).message;
    }
    throw new Error('expected assertTermSlugs to throw');
  };

  it('accept distinct names, the same name in many posts, and one name typed in two Unicode forms', () => {
    expect(() => assertTermSlugs([tagged('a', ['ünïcødé 标签', 'agents'], ['benchmarks']), tagged('b', ['agents', 'e\u0301t\u00e9']), tagged('c', ['\u00e9t\u00e9'])])).not.toThrow();
  });
  it('refuse two tags that would share a page, naming both posts and both tags', () => {
    expect(failure([tagged('b', ['C#']), tagged('a', ['C++'])])).toBe(
      'src/content/posts/2026/b.mdx: the tag "C#" would share the page /tags/c/ with the tag "C++" in src/content/posts/2026/a.mdx; rename one of them.',
    );
    expect(failure([tagged('a', ['Machine Learning', 'machine learning'])])).toBe(
      'src/content/posts/2026/a.mdx: the tag "machine learning" would share the page /tags/machine-learning/ with the tag "Machine Learning" in the same post; rename one of them.',
    );
  });
  it('refuse a tag or category with no letter or digit (it would be /tags//, /tags/./ or /tags/../)', () => {
    expect(failure([tagged('a', ['!!!', '.'], ['..'])])).toBe(
      [
        'src/content/posts/2026/a.mdx: the tag "!!!" has no letter or digit to make its address under /tags/ from; rename it.',
        'src/content/posts/2026/a.mdx: the tag "." has no letter or digit to make its address under /tags/ from; rename it.',
        'src/content/posts/2026/a.mdx: the category ".." has no letter or digit to make its address under /categories/ from; rename it.',
      ].join('\n'),
    );
  });
  it('keep tags and categories apart: a tag and a category may share a slug', () => {
    expect(() => assertTermSlugs([tagged('a', ['agents'], ['Agents'])])).not.toThrow();
  });
});

describe('reading time', () => {
  it('counts prose words at 220 a minute, ignoring code and display math', () => {
    const words = Array.from({ length: 660 }, () => 'word').join(' ');
    const code = '```\n' + Array.from({ length: 2000 }, () => 'tok').join(' ') + '\n```';
    expect(readingMinutes(`${words}\n\n${code}\n\n$$\n${'x + '.repeat(500)}\n$$`)).toBe(3);
    expect(readingMinutes('short')).toBe(1);
  });
});

describe('table of contents', () => {
  it('nests h3 under the preceding h2 and ignores deeper headings', () => {
    expect(tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ])).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('dates', () => {
  it('print in UTC whatever the machine time zone', () => {
    const d = new Date('2026-04-28T00:00:00Z');
    expect(formatLongDate(d)).toBe('28 April 2026');
    expect(isoDay(d)).toBe('2026-04-28');
  });
});
