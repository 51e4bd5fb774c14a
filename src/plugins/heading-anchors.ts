import type { Options } from 'rehype-autolink-headings';

/**
 * rehype-autolink-headings' options for the site: a "#" permalink after each h2-h4 that has an
 * id (rehypeHeadingIds runs first), so readers can copy a link to a section. The link is hidden
 * from screen readers and out of the tab order because the heading already names the section.
 */
export const HEADING_ANCHORS: Options = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4'],
  properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
  content: { type: 'text', value: '#' },
};
