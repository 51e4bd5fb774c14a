import { describe, expect, it } from 'vitest';
import { displayTable } from '../../../src/lib/reports/display-table';
import { enforceClaimOnce } from '../../../src/lib/reports/enforce-once';
import { orderRows } from '../../../src/benchmarks/harness-bench/report/quant';
import { pointsBetween, shownStats, timesSlower } from '../../../src/benchmarks/harness-bench/report/shown-stats';
import { capitalise, countNoun, countWord, listWords, ordinalWord } from '../../../src/lib/reports/words';
import { ClaimError } from '../../../src/lib/claims/claims';

describe('words', () => {
  it('spells small counts and ordinals, keeps larger ones as digits', () => {
    expect([0, 1, 2, 12, 13, 85].map(countWord)).toEqual(['zero', 'one', 'two', 'twelve', '13', '85']);
    expect([1, 4, 12, 13, 21, 22, 23, 111].map(ordinalWord)).toEqual(['first', 'fourth', 'twelfth', '13th', '21st', '22nd', '23rd', '111th']);
    expect(() => countWord(-1)).toThrow('countWord: expected a whole number >= 0, got -1.');
    expect(countNoun(1, 'cell')).toBe('one cell');
    expect(countNoun(3, 'cell')).toBe('three cells');
    expect(capitalise('two cells')).toBe('Two cells');
  });

  it('joins lists with commas and a final conjunction', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b'])).toBe('a and b');
    expect(listWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});

describe('shown stats', () => {
  it('prints passes, rates half to even and whole seconds', () => {
    // 65/80 = 81.25% -> "81.2%", 81% whole; 581.6 s -> "582 s".
    expect(shownStats({ passed: 65, runs: 80, avgTimeS: 581.6 })).toMatchObject({ passes: '65/80', ratePct: '81.2%', percent: '81%', time: '582 s' });
    // 18/35 = 51.43% -> "51%".
    expect(shownStats({ passed: 18, runs: 35, avgTimeS: 1 }).percent).toBe('51%');
  });

  it('measures gaps in points exactly, with the sign', () => {
    expect(pointsBetween({ passed: 120, runs: 160 }, { passed: 106, runs: 160 })).toBe('8.8');
    expect(pointsBetween({ passed: 15, runs: 16 }, { passed: 102, runs: 160 })).toBe('30.0');
    expect(pointsBetween({ passed: 1, runs: 4 }, { passed: 1, runs: 2 })).toBe('-25.0');
    expect(pointsBetween({ passed: 1, runs: 2 }, { passed: 2, runs: 4 })).toBe('0.0');
  });

  it('gives speed ratios', () => {
    expect(timesSlower(207, 34)).toBe('6');
    expect(timesSlower(474, 215, 1)).toBe('2.2');
    expect(() => timesSlower(1, 0)).toThrow('timesSlower: the faster time must be positive, got 0.');
  });
});

describe('display tables', () => {
  it('copies rows and rejects a ragged row, naming it', () => {
    const t = displayTable(['a', 'b'], [['1', '2']], [['3', '4']]);
    expect(t).toEqual({ columns: ['a', 'b'], rows: [['1', '2']], foot: [['3', '4']] });
    expect(() => displayTable(['a', 'b'], [['1', '2'], ['3']])).toThrow('Table row 2 has 1 cells, but the table has 2 columns (a, b).');
  });
});

describe('orderRows', () => {
  it('puts listed models first in list order and keeps the rest in their order', () => {
    const rows = [{ model: 'c' }, { model: 'a' }, { model: 'x' }, { model: 'b' }, { model: 'y' }];
    expect(orderRows(rows, ['b', 'a', 'c', 'gone']).map((r) => r.model)).toEqual(['b', 'a', 'c', 'x', 'y']);
  });
});

describe('enforceClaimOnce', () => {
  const broken = { post: 'p', id: 'c', ok: false, detail: 'the data says otherwise' };

  it('warns once per post and claim however often the page renders', () => {
    const seen = new Set<string>();
    const warnings: string[] = [];
    for (let i = 0; i < 3; i++) enforceClaimOnce(broken, 'warn', (m) => warnings.push(m), seen);
    enforceClaimOnce({ ...broken, id: 'd' }, 'warn', (m) => warnings.push(m), seen);
    enforceClaimOnce({ post: 'p', id: 'e', ok: true }, 'warn', (m) => warnings.push(m), seen);
    expect(warnings).toEqual([
      '[claims] p: the claim "c" no longer holds: the data says otherwise.',
      '[claims] p: the claim "d" no longer holds: the data says otherwise.',
    ]);
  });

  it('throws every time in strict mode', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2; i++) expect(() => enforceClaimOnce(broken, 'strict', () => undefined, seen)).toThrow(ClaimError);
  });
});
