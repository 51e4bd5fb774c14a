import { describe, expect, it } from 'vitest';
import { comparePairedBinary } from '../../../src/lib/stats/compare-paired-binary';
import { comparePairedScores } from '../../../src/lib/stats/compare-paired-scores';
import { newcombePairedInterval } from '../../../src/lib/stats/newcombe-paired-interval';
import { pairByKey } from '../../../src/lib/stats/pair-by-key';
import { pairedTable } from '../../../src/lib/stats/paired-table';

// The hand computations below follow Newcombe (1998), Stat Med 17:2635, method 10, step by step
// with z = 1.959964 (a Python calculator doing the arithmetic, not this code).
describe('newcombePairedInterval', () => {
  it('reproduces Fagerland, Lydersen & Laake (2017) ch. 8, Cavo et al. (2012): -0.0621 (-0.1186 to -0.0046)', () => {
    // Table [[59, 6], [16, 80]]; R package contingencytables, Newcombe_square_and_add_CI_paired_2x2.
    const ci = newcombePairedInterval({ both: 59, onlyA: 6, onlyB: 16, neither: 80 });
    expect(ci.lo).toBeCloseTo(-0.1186, 4);
    expect(ci.hi).toBeCloseTo(-0.0046, 4);
    // By hand at 90% (z = 1.644854): -0.109745 to -0.013786.
    const ci90 = newcombePairedInterval({ both: 59, onlyA: 6, onlyB: 16, neither: 80 }, 0.9);
    expect(ci90.lo).toBeCloseTo(-0.109745, 6);
    expect(ci90.hi).toBeCloseTo(-0.013786, 6);
  });

  it('stays open when there are no discordant pairs (b + c = 0)', () => {
    // 10 both, 10 neither: pA = pB = .5, Wilson 10/20 = .5 -/+ h with h = z/1.192073 *
    // sqrt(.0125 + .002401) = 1.644164 * .122069 = .200702; phi = (100 - 10)/sqrt(10^4) = .9, so
    // each side is sqrt(2 h^2 (1 - .9)) = .447214 h = .089757.
    const ci = newcombePairedInterval({ both: 10, onlyA: 0, onlyB: 0, neither: 10 });
    expect(ci.lo).toBeCloseTo(-0.089757, 6);
    expect(ci.hi).toBeCloseTo(0.089757, 6);
  });

  it('handles n/n and 0/n on both sides: phi = 0 and the width is one Wilson tail', () => {
    // 20 of 20 both: empty margins give phi = 0; l = Wilson lower bound of 20/20 = 1 - .161125.
    for (const table of [
      { both: 20, onlyA: 0, onlyB: 0, neither: 0 },
      { both: 0, onlyA: 0, onlyB: 0, neither: 20 },
    ]) {
      const ci = newcombePairedInterval(table);
      expect(ci.lo).toBeCloseTo(-0.161125, 6);
      expect(ci.hi).toBeCloseTo(0.161125, 6);
    }
  });

  it('clamps to 1 when A passes everything B fails', () => {
    // 3 onlyA: pA = 1, pB = 0, phi = 0 (a margin is empty); Wilson 3/3 has l1 = 1 - .561497 and
    // 0/3 has u2 = .561497, so lo = 1 - sqrt(2) * .561497 = .205923.
    const ci = newcombePairedInterval({ both: 0, onlyA: 3, onlyB: 0, neither: 0 });
    expect(ci.lo).toBeCloseTo(0.205923, 6);
    expect(ci.hi).toBe(1);
    expect(() => newcombePairedInterval({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toThrow('there are no pairs');
    expect(() => newcombePairedInterval({ both: -1, onlyA: 0, onlyB: 0, neither: 3 })).toThrow(
      'newcombePairedInterval: the count both must be a whole number of at least 0, got -1.',
    );
  });
});

describe('comparePairedBinary', () => {
  it('puts the table, difference, interval and exact p together', () => {
    const r = comparePairedBinary({ both: 59, onlyA: 6, onlyB: 16, neither: 80 });
    expect(r.kind).toBe('binary');
    expect(r.n).toBe(161);
    expect(r.passDifference).toBe(-10);
    expect(r.difference).toBe(-10 / 161);
    expect(r.p).toBe(13757 / 262144);
    expect(r.interval.lo).toBeCloseTo(-0.1186, 4);
  });

  it('tallies pairs of outcomes into the table, naming a bad pair', () => {
    expect(
      pairedTable([
        [1, 1],
        [true, false],
        [0, 1],
        [false, false],
        [1, 0],
      ]),
    ).toEqual({ both: 1, onlyA: 2, onlyB: 1, neither: 1 });
    expect(() =>
      pairedTable([
        [1, 1],
        [1, 0.5],
      ]),
    ).toThrow('pairedTable: pair 2 has B = 0.5; paired outcomes must be 0/1 or true/false.');
  });
});

describe('comparePairedScores', () => {
  it('gives a zero-width interval and the sign test when every difference is the same', () => {
    // All 10 differences are +0.25: every resample's mean is 0.25; sign test 10 of 10 = 2/1024.
    const pairs = Array.from({ length: 10 }, (_, i) => [i + 0.25, i] as const);
    const r = comparePairedScores(pairs, { seed: 4, replicates: 100 });
    expect(r.meanDifference).toBe(0.25);
    expect(r.interval).toEqual({ lo: 0.25, hi: 0.25 });
    expect(r.signTest).toEqual({ higher: 10, lower: 0, equal: 0, p: 2 / 1024 });
  });

  it('is tied at zero with p = 1 for identical conditions', () => {
    const r = comparePairedScores(
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
      { seed: 4, replicates: 50 },
    );
    expect(r.meanDifference).toBe(0);
    expect(r.interval).toEqual({ lo: 0, hi: 0 });
    expect(r.signTest.p).toBe(1);
  });

  it('is reproducible from its seed, and the interval brackets the mean', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => [((i * 13) % 17) / 17, ((i * 7) % 19) / 19] as const);
    const a = comparePairedScores(pairs, { seed: 8, replicates: 500 });
    expect(comparePairedScores(pairs, { seed: 8, replicates: 500 })).toEqual(a);
    expect(comparePairedScores(pairs, { seed: 9, replicates: 500 }).interval).not.toEqual(a.interval);
    expect(a.interval.lo).toBeLessThan(a.meanDifference);
    expect(a.interval.hi).toBeGreaterThan(a.meanDifference);
    expect(() => comparePairedScores([], { seed: 1 })).toThrow('comparePairedScores: there are no pairs to compare.');
    expect(() => comparePairedScores([[1, Number.NaN]], { seed: 1 })).toThrow('pair 1 is (1, NaN)');
  });
});

describe('pairByKey', () => {
  const a = [
    { harness: 'pi', task: 'jax1', passed: 1 },
    { harness: 'pi', task: 'jax2', passed: 0 },
    { harness: 'codex', task: 'jax1', passed: 1 },
  ];
  const b = [
    { harness: 'codex', task: 'jax1', passed: 0 },
    { harness: 'pi', task: 'jax1', passed: 1 },
    { harness: 'pi', task: 'jax3', passed: 1 },
  ];

  it("pairs rows on the key fields in A's order, and fails on unmatched items by default", () => {
    expect(() => pairByKey(a, b, ['harness', 'task'])).toThrow(
      'pairByKey: pairing on harness, task left 1 item of A with no match in B (harness=pi, task=jax2) and ' +
        '1 item of B with no match in A (harness=pi, task=jax3).',
    );
    const p = pairByKey(a, b, ['harness', 'task'], { allowUnmatched: true });
    expect(p.pairs.map((x) => [x.key, x.a.passed, x.b.passed])).toEqual([
      ['harness=pi, task=jax1', 1, 1],
      ['harness=codex, task=jax1', 1, 0],
    ]);
    expect(p.onlyInA).toEqual(['harness=pi, task=jax2']);
    expect(p.onlyInB).toEqual(['harness=pi, task=jax3']);
  });

  it('refuses an item twice on one side, and a key that is missing', () => {
    const twice = [...a, { harness: 'pi', task: 'jax1', passed: 0 }];
    expect(() => pairByKey(twice, b, ['harness', 'task'])).toThrow(
      'pairByKey: rows 1 and 4 of side A are both harness=pi, task=jax1; each item must appear once per side (aggregate repeated runs first).',
    );
    expect(() => pairByKey(a, [{ harness: 'pi' }], ['harness', 'task'])).toThrow(
      'pairByKey (side B): row 1 has no field "task", not a string or number.',
    );
  });

  it('does not confuse keys whose text joins the same way', () => {
    const x = [{ h: 'a, b', t: 'c' }];
    const y = [{ h: 'a', t: 'b, c' }];
    expect(pairByKey(x, y, ['h', 't'], { allowUnmatched: true }).pairs).toEqual([]);
  });
});
