import { describe, expect, it } from 'vitest';
import {
  divRoundHalfEven,
  formatDecimal,
  formatDelta,
  formatPasses,
  formatPercentInt,
  formatPercentIntPasses,
  formatRate,
  formatRatePasses,
  formatSeconds,
} from '../../src/lib/format';

// Every rate printed in the published harness-bench tables, with the exact percentage it rounds
// from (worked by hand: passed * 100 / runs).
const PUBLISHED_RATES: Array<[number, number, string]> = [
  [66, 80, '82.5%'], // 6600/80 = 82.5 exactly
  [65, 80, '81.2%'], // 6500/80 = 81.25, a tie: 2 is even, so down
  [64, 80, '80.0%'], // 80 exactly
  [62, 80, '77.5%'], // 77.5 exactly
  [56, 80, '70.0%'], // 70 exactly
  [55, 80, '68.8%'], // 68.75, a tie: 7 is odd, so up to 8
  [45, 80, '56.2%'], // 56.25, a tie: 2 is even, so down
  [27, 80, '33.8%'], // 33.75, a tie: 7 is odd, so up
  [123, 160, '76.9%'], // 12300/160 = 76.875: 0.025 from 76.9, 0.075 from 76.8, so 76.9
  [120, 160, '75.0%'], // 75 exactly
  [106, 160, '66.2%'], // 66.25, a tie: down to even
  [102, 160, '63.8%'], // 63.75, a tie: up to even
  [100, 160, '62.5%'], // 62.5 exactly
  [89, 160, '55.6%'], // 8900/160 = 55.625: 0.025 from 55.6, 0.075 from 55.7, so 55.6
];

describe('formatRatePasses (exact, from the counts)', () => {
  it.each(PUBLISHED_RATES)('%i/%i prints as %s', (passed, runs, expected) => {
    expect(formatRatePasses(passed, runs)).toBe(expected);
  });

  it('prints the 15/16 and 16/16 cells', () => {
    // 1500/16 = 93.75 -> tie -> 93.8 (7 is odd); 100 exactly.
    expect(formatRatePasses(15, 16)).toBe('93.8%');
    expect(formatRatePasses(16, 16)).toBe('100.0%');
    expect(formatRatePasses(0, 16)).toBe('0.0%');
  });

  it('rejects counts that are not whole or runs of zero', () => {
    expect(() => formatRatePasses(1, 0)).toThrow(RangeError);
    expect(() => formatRatePasses(1.5, 4)).toThrow(RangeError);
    expect(() => formatRatePasses(-1, 4)).toThrow(RangeError);
  });
});

describe('formatRate (from a float fraction)', () => {
  it.each(PUBLISHED_RATES)('%i/%i as a float prints as %s', (passed, runs, expected) => {
    expect(formatRate(passed / runs)).toBe(expected);
  });

  it('does not fall for float error when scaling', () => {
    // 0.0725 * 100 is 7.249999999999999 in floats; the decimal 7.25 is a tie -> 7.2.
    expect(formatRate(0.0725)).toBe('7.2%');
    // 0.0735 -> 7.35, tie -> 7.4 (3 is odd).
    expect(formatRate(0.0735)).toBe('7.4%');
    expect(formatRate(1 / 3)).toBe('33.3%');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(1e-7)).toBe('0.0%');
  });

  it('rejects non-finite input', () => {
    expect(() => formatRate(Number.NaN)).toThrow(RangeError);
    expect(() => formatRate(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatPercentInt / formatPercentIntPasses', () => {
  it('prints the pt7 shares of the write-up', () => {
    // 1800/35 = 51.43 -> 51; 2100/50 = 42 exactly.
    expect(formatPercentIntPasses(18, 35)).toBe('51%');
    expect(formatPercentIntPasses(21, 50)).toBe('42%');
    expect(formatPercentInt(18 / 35)).toBe('51%');
    expect(formatPercentInt(21 / 50)).toBe('42%');
  });

  it('rounds ties to even', () => {
    // 15/16 = 93.75 -> 94 (not a tie at 0 decimals); 1/8 = 12.5 -> 12; 3/8 = 37.5 -> 38.
    expect(formatPercentIntPasses(15, 16)).toBe('94%');
    expect(formatPercentIntPasses(1, 8)).toBe('12%');
    expect(formatPercentIntPasses(3, 8)).toBe('38%');
    expect(formatPercentInt(0.125)).toBe('12%');
  });
});

describe('formatPasses', () => {
  it('joins the counts with a slash', () => {
    expect(formatPasses(65, 80)).toBe('65/80');
    expect(formatPasses(406, 560)).toBe('406/560');
    expect(formatPasses(0, 5)).toBe('0/5');
  });
});

describe('formatSeconds', () => {
  it('prints whole seconds with a unit', () => {
    expect(formatSeconds(582)).toBe('582 s');
    expect(formatSeconds(581.6)).toBe('582 s');
    expect(formatSeconds(34.4)).toBe('34 s');
    expect(formatSeconds(0)).toBe('0 s');
  });

  it('rounds half-second ties to even', () => {
    // 206.5 -> 206 (even), 207.5 -> 208 (even).
    expect(formatSeconds(206.5)).toBe('206 s');
    expect(formatSeconds(207.5)).toBe('208 s');
    expect(formatSeconds(1234567.5)).toBe('1234568 s');
  });
});

describe('formatDelta', () => {
  it('signs changes with ASCII plus and hyphen-minus', () => {
    expect(formatDelta(2)).toBe('+2');
    expect(formatDelta(7)).toBe('+7');
    expect(formatDelta(-6)).toBe('-6');
    expect(formatDelta(-1)).toBe('-1');
    expect(formatDelta(0)).toBe('0');
    expect(formatDelta(-0)).toBe('0');
  });

  it('rejects fractions', () => {
    expect(() => formatDelta(0.5)).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it('rounds the written decimal half to even', () => {
    expect(formatDecimal(5.1, 1)).toBe('5.1');
    expect(formatDecimal(0.25, 1)).toBe('0.2');
    expect(formatDecimal(0.35, 1)).toBe('0.4');
    // 2.675 is stored as 2.67499999...; its shortest decimal is 2.675, a tie -> 2.68 (7 odd).
    expect(formatDecimal(2.675, 2)).toBe('2.68');
    expect(formatDecimal(117, 0)).toBe('117');
    expect(formatDecimal(3.6, 2)).toBe('3.60');
  });

  it('handles negatives and never prints -0', () => {
    expect(formatDecimal(-1.25, 1)).toBe('-1.2');
    expect(formatDecimal(-1.35, 1)).toBe('-1.4');
    expect(formatDecimal(-0.04, 1)).toBe('0.0');
  });

  it('reads exponent notation', () => {
    expect(formatDecimal(1.5e21, 0)).toBe('1500000000000000000000');
    expect(formatDecimal(2.5e-7, 7)).toBe('0.0000002');
  });
});

describe('divRoundHalfEven', () => {
  it('rounds ties to the even neighbour', () => {
    expect(divRoundHalfEven(5n, 2n)).toBe(2n); // 2.5 -> 2
    expect(divRoundHalfEven(7n, 2n)).toBe(4n); // 3.5 -> 4
    expect(divRoundHalfEven(7n, 3n)).toBe(2n); // 2.33 -> 2
    expect(divRoundHalfEven(8n, 3n)).toBe(3n); // 2.67 -> 3
    expect(divRoundHalfEven(-5n, 2n)).toBe(-2n);
    expect(divRoundHalfEven(-7n, 2n)).toBe(-4n);
  });
});
