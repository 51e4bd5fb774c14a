import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from '../../../src/lib/specs/place-labels';
import { linearY, linearYInverse, logX, logXInverse, niceLogDomain, rateDomain } from '../../../src/lib/specs/pixel-scale';
import { spreadLabels } from '../../../src/lib/specs/spread-labels';

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart alone', () => {
    expect(spreadLabels([0, 20, 40], 10)).toEqual([0, 20, 40]);
  });

  it('centres a colliding pair on where they want to be', () => {
    // Wanted 0 and 5, gap 10: the pair's first label goes to mean(0, 5 - 10) = -2.5.
    expect(spreadLabels([0, 5, 100], 10)).toEqual([-2.5, 7.5, 100]);
  });

  it('keeps labels inside the bounds', () => {
    expect(spreadLabels([0, 5], 10, 0)).toEqual([0, 10]);
    // Wanted 95 and 100 would centre at 92.5, but the second may not pass 100.
    expect(spreadLabels([95, 100], 10, 0, 100)).toEqual([90, 100]);
  });

  it('fans out equal positions around them, in input order', () => {
    // Three at 50: (50 + 40 + 30) / 3 = 40, so 40, 50, 60.
    expect(spreadLabels([50, 50, 50], 10)).toEqual([40, 50, 60]);
  });

  it('answers in input order whatever the order of positions', () => {
    expect(spreadLabels([30, 0, 5], 10)).toEqual([30, -2.5, 7.5]);
  });

  it('merges clusters that a merge pushes into each other', () => {
    // 0 and 5 become -2.5 and 7.5, whose gap to 16 is then short: all three start at
    // mean(0, 5 - 10, 16 - 20) = -3.
    expect(spreadLabels([0, 5, 16], 10)).toEqual([-3, 7, 17]);
  });

  it('rejects a negative gap', () => {
    expect(() => spreadLabels([1], -1)).toThrow(RangeError);
  });
});

describe('placeLabels', () => {
  const plot = { width: 200, height: 100 };

  it('puts a lone label right of its point, centred on it', () => {
    expect(placeLabels([{ x: 50, y: 50, r: 5, width: 40 }], plot, 10)).toEqual([{ x: 59, y: 50 }]);
  });

  it('moves a label left when the right side would leave the plot', () => {
    // Right: 190 + 5 + 4 = 199, ending at 239 > 200. Left: 190 - 5 - 4 - 50 = 131.
    expect(placeLabels([{ x: 190, y: 50, r: 5, width: 50 }], plot, 10)).toEqual([{ x: 131, y: 50 }]);
  });

  it('keeps a label off a point on its right', () => {
    const spots = placeLabels([{ x: 50, y: 50, r: 5, width: 40 }], plot, 10, [{ x: 70, y: 50, r: 5 }]);
    expect(spots).toEqual([{ x: 1, y: 50 }]);
  });

  it('does not stack the labels of two points in the same place', () => {
    const [a, b] = placeLabels(
      [
        { x: 100, y: 50, r: 5, width: 40 },
        { x: 100, y: 50, r: 5, width: 40 },
      ],
      plot,
      10,
    );
    expect(a).toEqual({ x: 109, y: 50 });
    expect(b).toEqual({ x: 51, y: 50 });
  });

  it('estimates widths at 0.58 em per character, counting code points', () => {
    expect(labelWidth('abcde', 10)).toBeCloseTo(29, 12);
    expect(labelWidth('größe', 10)).toBeCloseTo(29, 12);
  });
});

describe('pixel scales', () => {
  it('maps rates to rows, top at the high end, and back', () => {
    expect(linearY(0.5, [0, 1], 300)).toBe(150);
    expect(linearY(1, [0, 1], 300)).toBe(0);
    expect(linearYInverse(75, [0.5, 0.9], 300)).toBeCloseTo(0.8, 12);
  });

  it('maps log values to columns and back', () => {
    expect(logX(10, [1, 100], 200)).toBeCloseTo(100, 12);
    expect(logXInverse(100, [1, 100], 200)).toBeCloseTo(10, 12);
  });

  it('rounds log domains out to the 1-2-5 series with a quarter of room', () => {
    // 26 / 1.25 = 20.8 -> 20; 117 * 1.25 = 146.25 -> 200.
    expect(niceLogDomain(26, 117)).toEqual([20, 200]);
    // 34 / 1.25 = 27.2 -> 20; 1455.8 * 1.25 = 1819.8 -> 2000.
    expect(niceLogDomain(34, 1455.8)).toEqual([20, 2000]);
    expect(niceLogDomain(3, 3)).toEqual([2, 5]);
    expect(niceLogDomain(0.3, 0.3)).toEqual([0.2, 0.5]);
    expect(() => niceLogDomain(0, 5)).toThrow(RangeError);
  });

  it('pads rate domains to tenths inside [0, 1]', () => {
    // 51/80 = 0.6375 - 0.05 -> 0.5; 66/80 = 0.825 + 0.05 -> 0.9.
    expect(rateDomain(0.6375, 0.825)).toEqual([0.5, 0.9]);
    expect(rateDomain(0, 1)).toEqual([0, 1]);
    expect(rateDomain(0.5, 0.5, 0)).toEqual([0.4, 0.6]);
  });
});
