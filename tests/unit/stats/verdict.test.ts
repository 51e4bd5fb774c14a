import { describe, expect, it } from 'vitest';
import { alphaForLevel } from '../../../src/lib/stats/alpha-for-level';
import { comparePairedBinary } from '../../../src/lib/stats/compare-paired-binary';
import type { PairedScoresComparison } from '../../../src/lib/stats/compare-paired-scores';
import { formatLevel } from '../../../src/lib/stats/format-level';
import { formatP } from '../../../src/lib/stats/format-p';
import { formatSigned, formatSignedPercentPoints } from '../../../src/lib/stats/format-signed';
import { verdict } from '../../../src/lib/stats/verdict';

describe('verdict on paired 0/1 outcomes', () => {
  it('calls a 6-pass difference on 560 items within the noise, and says why', () => {
    // 27 vs 33 discordant: binom.test(27, 60) p = 0.51896 (exact sum); -6/560 = -1.071 points;
    // Newcombe method 10 by hand (phi = (62500 - 891 - 280)/sqrt(277 * 283 * 283 * 277) = .782347):
    // -0.037918 to +0.016538.
    const r = comparePairedBinary({ both: 250, onlyA: 27, onlyB: 33, neither: 250 });
    expect(verdict(r, { a: 'Q8', b: 'Q4' })).toEqual({
      outcome: 'within-noise',
      significant: false,
      sentence:
        'Q8 minus Q4: -6 passes of 560 (-1.1 percentage points, 95% interval -3.8 to +1.7), exact McNemar p = 0.52',
      conclusion: 'the difference between Q8 and Q4 is within the noise',
    });
  });

  it('follows the level: Cavo et al. (p = 0.052479) is noise at 95% and a difference at 90%', () => {
    const at95 = verdict(comparePairedBinary({ both: 59, onlyA: 6, onlyB: 16, neither: 80 }), { a: 'A', b: 'B' });
    expect(at95.outcome).toBe('within-noise');
    expect(at95.sentence).toBe(
      'A minus B: -10 passes of 161 (-6.2 percentage points, 95% interval -11.9 to -0.5), exact McNemar p = 0.052',
    );
    // 90%: Newcombe by hand -0.109745 to -0.013786.
    const at90 = verdict(comparePairedBinary({ both: 59, onlyA: 6, onlyB: 16, neither: 80 }, 0.9), { a: 'A', b: 'B' });
    expect(at90).toEqual({
      outcome: 'b-better',
      significant: true,
      sentence:
        'A minus B: -10 passes of 161 (-6.2 percentage points, 90% interval -11.0 to -1.4), exact McNemar p = 0.052',
      conclusion: 'B beats A',
    });
  });

  it('calls equal pass counts tied, and uses the singular for one pass', () => {
    // 5 both, 5 neither: phi = (25 - 5)/25 = .8; Wilson 5/10 half h = .263404, side = h sqrt(.4) = .166593.
    const tied = verdict(comparePairedBinary({ both: 5, onlyA: 0, onlyB: 0, neither: 5 }), { a: 'x', b: 'y' });
    expect(tied.outcome).toBe('tied');
    expect(tied.sentence).toBe(
      'x minus y: 0 passes of 10 (0.0 percentage points, 95% interval -16.7 to +16.7), exact McNemar p = 1.00',
    );
    expect(tied.conclusion).toBe('x and y are tied');
    // 1 onlyA, 9 neither: by hand -0.189428 to +0.404150; binom.test(1, 1) = 1.
    const one = verdict(comparePairedBinary({ both: 0, onlyA: 1, onlyB: 0, neither: 9 }), {
      a: 'x',
      b: 'y',
      unit: { one: 'task solved', many: 'tasks solved' },
    });
    expect(one.sentence).toBe(
      'x minus y: +1 task solved of 10 (+10.0 percentage points, 95% interval -18.9 to +40.4), exact McNemar p = 1.00',
    );
  });

  it('says A beats B when the test rejects in its favour', () => {
    // 20 vs 2 discordant: binom.test(2, 22) = 2 * (1 + 22 + 231) / 2^22 = 508/4194304 = 0.000121.
    const v = verdict(comparePairedBinary({ both: 30, onlyA: 20, onlyB: 2, neither: 48 }), { a: 'pi', b: 'codex' });
    expect(v.outcome).toBe('a-better');
    expect(v.conclusion).toBe('pi beats codex');
    expect(v.sentence).toMatch(
      /^pi minus codex: \+18 passes of 100 \(\+18\.0 percentage points, 95% interval .*\), exact McNemar p < 0\.001$/,
    );
  });

  it('refuses to judge at a level other than the one the interval was computed at', () => {
    const r = comparePairedBinary({ both: 1, onlyA: 1, onlyB: 1, neither: 1 });
    expect(() => verdict(r, { a: 'a', b: 'b', level: 0.9 })).toThrow(
      'verdict: the comparison was computed at the 95% level; compute it at 90% to judge it there.',
    );
  });
});

describe('verdict on paired scores', () => {
  const scores = (over: Partial<PairedScoresComparison>): PairedScoresComparison => ({
    kind: 'scores',
    level: 0.95,
    n: 25,
    meanDifference: 0.123,
    interval: { lo: -0.034, hi: 0.271 },
    // 18 of 23 non-zero differences positive: binom.test(5, 23) = 0.010622 (exact sum).
    signTest: { higher: 18, lower: 5, equal: 2, p: 0.010622024536132812 },
    replicates: 2000,
    seed: 1,
    ...over,
  });

  it('reports the mean difference, its bootstrap interval and the sign test', () => {
    expect(verdict(scores({}), { a: 'A', b: 'B' })).toEqual({
      outcome: 'a-better',
      significant: true,
      sentence:
        'A minus B: mean difference +0.12 (95% interval -0.03 to +0.27, paired bootstrap over 25 items), ' +
        'sign test p = 0.011 (18 higher, 5 lower, 2 equal)',
      conclusion: 'A beats B',
    });
  });

  it('is within the noise when p >= alpha, and mixed when the mean and the majority disagree', () => {
    // binom.test(9, 23) = 0.404873.
    const noise = verdict(scores({ signTest: { higher: 14, lower: 9, equal: 2, p: 0.4048728942871094 } }), {
      a: 'A',
      b: 'B',
      decimals: 3,
    });
    expect(noise.outcome).toBe('within-noise');
    expect(noise.sentence).toBe(
      'A minus B: mean difference +0.123 (95% interval -0.034 to +0.271, paired bootstrap over 25 items), ' +
        'sign test p = 0.40 (14 higher, 9 lower, 2 equal)',
    );
    const mixed = verdict(
      scores({ meanDifference: 0.2, signTest: { higher: 5, lower: 18, equal: 2, p: 0.010622024536132812 } }),
      {
        a: 'A',
        b: 'B',
      },
    );
    expect(mixed.outcome).toBe('mixed');
    expect(mixed.significant).toBe(true);
    const tied = verdict(
      scores({ meanDifference: 0, interval: { lo: 0, hi: 0 }, signTest: { higher: 0, lower: 0, equal: 25, p: 1 } }),
      {
        a: 'A',
        b: 'B',
      },
    );
    expect(tied.outcome).toBe('tied');
    expect(tied.sentence).toContain('mean difference 0.00 (95% interval 0.00 to 0.00');
  });
});

describe('formatting for claims', () => {
  it('formatP: two significant digits, never on the wrong side of alpha', () => {
    expect(formatP(0.5189580031896518)).toBe('p = 0.52');
    expect(formatP(1)).toBe('p = 1.00');
    expect(formatP(0.052478790283203125)).toBe('p = 0.052');
    expect(formatP(0.0123)).toBe('p = 0.012');
    expect(formatP(0.00123)).toBe('p = 0.0012');
    expect(formatP(0.0004)).toBe('p < 0.001');
    // 0.0496 would print as 0.050 and 0.0996 as 0.10: more digits instead.
    expect(formatP(0.0496)).toBe('p = 0.0496');
    expect(formatP(0.0504)).toBe('p = 0.050');
    expect(formatP(0.0996, 0.1)).toBe('p = 0.0996');
    // With alpha as small as 0.001 small p-values keep their digits.
    expect(formatP(0.00012, 0.001)).toBe('p = 0.00012');
    expect(() => formatP(1.2)).toThrow('formatP: expected a p-value from 0 to 1, got 1.2.');
  });

  it('formatSigned and formatSignedPercentPoints: explicit signs, exact half-even rounding', () => {
    expect(formatSigned(1.8, 1)).toBe('+1.8');
    expect(formatSigned(-3.9, 1)).toBe('-3.9');
    expect(formatSigned(0.04, 1)).toBe('0.0');
    expect(formatSigned(-0.04, 1)).toBe('0.0');
    expect(formatSignedPercentPoints(-6, 560)).toBe('-1.1');
    expect(formatSignedPercentPoints(1, 8)).toBe('+12.5');
    // 7/400 = 1.75 points exactly: half-even gives 1.8; 5/400 = 1.25 gives 1.2.
    expect(formatSignedPercentPoints(7, 400)).toBe('+1.8');
    expect(formatSignedPercentPoints(-5, 400)).toBe('-1.2');
    expect(formatSignedPercentPoints(1, 4000)).toBe('0.0');
    expect(formatSignedPercentPoints(0, 10)).toBe('0.0');
  });

  it('formatLevel and alphaForLevel', () => {
    expect(formatLevel(0.95)).toBe('95%');
    expect(formatLevel(0.995)).toBe('99.5%');
    expect(formatLevel(0.57)).toBe('57%');
    expect(alphaForLevel(0.95)).toBe(0.05);
    expect(alphaForLevel(0.9)).toBe(0.1);
  });
});
