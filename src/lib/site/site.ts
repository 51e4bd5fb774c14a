/** Site-wide identity, used by the layout, the feed and link previews. */
export const SITE = {
  title: 'neuralnoise',
  description:
    'Research notes and benchmark reports on machine learning, language models and agents, with every table and figure computed from the published data.',
  author: 'Pasquale Minervini',
  locale: 'en-GB',
} as const;

export const NAV: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/', label: 'Posts' },
  { href: '/archive/', label: 'Archive' },
  { href: '/tags/', label: 'Tags' },
  { href: '/categories/', label: 'Categories' },
  { href: '/search/', label: 'Search' },
];
