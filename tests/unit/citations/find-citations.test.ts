import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/lib/citations/find-citations';

const item = (key: string, extra: Partial<{ prefix: string; locator: string; suppressAuthor: boolean }> = {}) => ({
  key,
  prefix: '',
  locator: '',
  suppressAuthor: false,
  ...extra,
});

describe('findCitations', () => {
  it('finds bracketed citations with several keys, prefixes, locators and suppressed names', () => {
    expect(findCitations('A [@williams1992]. B [see @a; -@b, p. 3].', false)).toEqual([
      { kind: 'parenthetical', start: 2, end: 17, items: [item('williams1992')] },
      { kind: 'parenthetical', start: 21, end: 40, items: [item('a', { prefix: 'see' }), item('b', { locator: 'p. 3', suppressAuthor: true })] },
    ]);
  });

  it('keeps keys with inner punctuation and drops trailing punctuation from narrative keys', () => {
    expect(findCitations('[@doi:10.1/x-y]', false)[0]?.items).toEqual([item('doi:10.1/x-y')]);
    expect(findCitations('As @kool2019, then @mnih2016.', true).map((c) => [c.kind, c.start, c.end, c.items[0]?.key])).toEqual([
      ['narrative', 3, 12, 'kool2019'],
      ['narrative', 19, 28, 'mnih2016'],
    ]);
  });

  it('finds narrative citations only when asked, and never inside e-mail addresses', () => {
    expect(findCitations('As @kool2019 says', false)).toEqual([]);
    expect(findCitations('mail jo@kool2019.org or x.y@z', true)).toEqual([]);
  });

  it('leaves brackets that are not citation lists alone', () => {
    expect(findCitations('[an @ sign] [a@b @c] [no at]', false)).toEqual([]);
  });
});
