import { describe, expect, it } from 'vitest';
import { groupRows } from '../../../src/lib/aggregate/group-rows';

describe('groupRows', () => {
  it('groups by every column, groups in order of first appearance, keys as the cells hold them', () => {
    const rows = [
      { m: 'b', t: 1, v: 1 },
      { m: 'a', t: 1, v: 2 },
      { m: 'b', t: 2, v: 3 },
      { m: 'b', t: 1, v: 4 },
    ];
    const g = groupRows(rows, ['m', 't']);
    expect(g.map((x) => [x.keys, x.rows.map((r) => r.v)])).toEqual([
      [{ m: 'b', t: 1 }, [1, 4]],
      [{ m: 'a', t: 1 }, [2]],
      [{ m: 'b', t: 2 }, [3]],
    ]);
  });

  it('keeps 1, "1" and a missing value apart, and never merges values across columns', () => {
    const rows = [{ c: 1 }, { c: '1' }, { c: null }, {}, { c: 1 }];
    expect(groupRows(rows, ['c']).map((x) => [x.keys['c'], x.rows.length])).toEqual([
      [1, 2],
      ['1', 1],
      [null, 2],
    ]);
    // ("a,b", "c") and ("a", "b,c") are two groups.
    expect(groupRows([{ x: 'a,b', y: 'c' }, { x: 'a', y: 'b,c' }], ['x', 'y'])).toHaveLength(2);
  });

  it('makes one group of every row without columns, and none of no rows', () => {
    expect(groupRows([{ a: 1 }, { a: 2 }], [])).toEqual([{ keys: {}, rows: [{ a: 1 }, { a: 2 }] }]);
    expect(groupRows([], ['a'])).toEqual([]);
    expect(groupRows([], [])).toEqual([]);
  });
});
