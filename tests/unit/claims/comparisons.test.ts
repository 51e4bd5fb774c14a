import { describe, expect, it } from 'vitest';
import { comparePaired } from '../../../src/lib/aggregate/paired-comparison';
import { beats, compareIn, tied, withinNoise } from '../../../src/lib/claims/comparisons';
import { conditionResult } from '../../../src/lib/claims/claims';
import { memoryDataset } from '../support/memory-dataset';

/** Hand-made items: six questions answered under two conditions. */
const PAIRS = memoryDataset(
  'pairs',
  `question,cond,ok,score
q1,A,1,3
q2,A,1,4
q3,A,1,5
q4,A,1,5
q5,A,0,1
q6,A,0,2
q1,B,1,2
q2,B,0,4
q3,B,0,3
q4,B,0,5
q5,B,0,1
q6,B,1,2`,
);

describe('comparePaired', () => {
  it('tests 0/1 outcomes with the exact McNemar test on the discordant items', () => {
    // both q1; only A q2, q3, q4; only B q6; neither q5. b = 3, c = 1: p = 2 P(X <= 1), X ~ Bin(4, 1/2) = 2 (1 + 4) / 16 = 0.625.
    const r = comparePaired(PAIRS.rows, { value: 'ok', a: { cond: 'A' }, b: { cond: 'B' }, pairBy: ['question'] });
    expect(r.kind).toBe('binary');
    if (r.kind !== 'binary') return;
    expect(r.table).toEqual({ both: 1, onlyA: 3, onlyB: 1, neither: 1 });
    expect(r.passDifference).toBe(2);
    expect(r.p).toBe(0.625);
  });

  it('tests scores with the sign test on the per-item differences', () => {
    // Differences A - B: 1, 0, 2, 0, 0, 0: two higher, none lower, four equal; p = 2 P(X <= 0), X ~ Bin(2, 1/2) = 0.5.
    const r = comparePaired(PAIRS.rows, { value: 'score', a: { cond: 'A' }, b: { cond: 'B' }, pairBy: ['question'] });
    expect(r.kind).toBe('scores');
    if (r.kind !== 'scores') return;
    expect(r.signTest).toMatchObject({ higher: 2, lower: 0, equal: 4, p: 0.5 });
    expect(r.meanDifference).toBeCloseTo(0.5, 12);
  });

  it('refuses items that one side lacks, unless told to compare the shared ones', () => {
    const short = PAIRS.rows.filter((r) => !(r['cond'] === 'B' && r['question'] === 'q6'));
    expect(() => comparePaired(short, { value: 'ok', a: { cond: 'A' }, b: { cond: 'B' }, pairBy: ['question'] })).toThrow('question=q6');
    const shared = comparePaired(short, { value: 'ok', a: { cond: 'A' }, b: { cond: 'B' }, pairBy: ['question'], sharedOnly: true });
    expect(shared.n).toBe(5);
    expect(() => comparePaired(PAIRS.rows, { value: 'ok', a: { cond: 'C' }, b: { cond: 'B' }, pairBy: ['question'] })).toThrow('No row is cond C (condition A).');
  });
});

describe('comparison claims', () => {
  const spec = { value: 'ok', a: { cond: 'A' }, b: { cond: 'B' }, pairBy: ['question'] } as const;

  it('beats fails when the data cannot tell the two apart, and says what it shows', () => {
    const b = beats(PAIRS, spec);
    expect(typeof b === 'object' && b.ok).toBe(false);
    expect(typeof b === 'object' && b.detail).toMatch(/^A minus B: \+2 passes of 6 \(\+33\.3 percentage points, 95% interval [-+]\d+\.\d to \+\d+\.\d\), exact McNemar p = 0\.62; the difference between A and B is within the noise$/);
    expect(conditionResult('2026/post', 'a-beats-b', b)).toMatchObject({ ok: false, post: '2026/post', id: 'a-beats-b' });
  });

  it('tied and withinNoise hold for the same data, and fail for a difference beyond the noise', () => {
    expect(tied(PAIRS, spec)).toMatchObject({ ok: true });
    expect(withinNoise(PAIRS, { ...spec, value: 'score' })).toMatchObject({ ok: true });
    // Twenty items A passes and B fails: b = 20, c = 0, p = 2 / 2^20, far below 0.05.
    const many = memoryDataset('many', ['item,cond,ok', ...Array.from({ length: 20 }, (_, i) => [`i${i},A,1`, `i${i},B,0`]).flat()].join('\n'));
    expect(beats(many, { value: 'ok', a: { cond: 'A' }, b: { cond: 'B' }, pairBy: ['item'] })).toMatchObject({ ok: true });
    const noise = withinNoise(many, { value: 'ok', a: { cond: 'A' }, b: { cond: 'B' }, pairBy: ['item'] });
    expect(noise).toMatchObject({ ok: false });
    expect(typeof noise === 'object' && noise.detail).toContain('exact McNemar p < 0.001; A beats B');
  });

  it('names the conditions as the post asks, and reports the test for the prose', () => {
    const c = compareIn(PAIRS, { ...spec, names: ['Q8', 'Q4'] });
    expect(c.sentence.startsWith('Q8 minus Q4: +2 passes of 6')).toBe(true);
    expect(c.test).toBe('exact McNemar p = 0.62');
  });
});
