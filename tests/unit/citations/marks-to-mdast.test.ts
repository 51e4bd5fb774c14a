import { describe, expect, it } from 'vitest';
import { marksToMdast, mergeText } from '../../../src/lib/citations/marks-to-mdast';

describe('marksToMdast', () => {
  it('shows italics and bold as emphasis and strong, other styles as elements the stylesheet knows', () => {
    const nodes = marksToMdast([
      { kind: 'style', style: 'italic', children: [{ kind: 'text', value: 'J' }] },
      { kind: 'style', style: 'bold', children: [{ kind: 'text', value: 'B' }] },
      { kind: 'style', style: 'sup', children: [{ kind: 'text', value: '2' }] },
      { kind: 'style', style: 'small-caps', children: [{ kind: 'text', value: 'Sc' }] },
    ]);
    expect(nodes).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'J' }] },
      { type: 'strong', children: [{ type: 'text', value: 'B' }] },
      { type: 'emphasis', children: [{ type: 'text', value: '2' }], data: { hName: 'sup' } },
      { type: 'emphasis', children: [{ type: 'text', value: 'Sc' }], data: { hName: 'span', hProperties: { className: ['small-caps'] } } },
    ]);
  });

  it('makes cites links to their reference-list entry and keeps links as given', () => {
    expect(marksToMdast([{ kind: 'cite', key: 'w1992', children: [{ kind: 'text', value: 'W' }] }, { kind: 'link', href: 'https://doi.org/10.1/x', children: [{ kind: 'text', value: 'd' }] }])).toEqual([
      { type: 'link', url: '#ref-w1992', children: [{ type: 'text', value: 'W' }], data: { hProperties: { className: ['citation'] } } },
      { type: 'link', url: 'https://doi.org/10.1/x', children: [{ type: 'text', value: 'd' }] },
    ]);
  });

  it('joins neighbouring text and drops empty text', () => {
    expect(mergeText([{ type: 'text', value: '(' }, { type: 'text', value: '' }, { type: 'text', value: 'a' }, { type: 'emphasis', children: [] }, { type: 'text', value: ')' }])).toEqual([
      { type: 'text', value: '(a' },
      { type: 'emphasis', children: [] },
      { type: 'text', value: ')' },
    ]);
  });
});
