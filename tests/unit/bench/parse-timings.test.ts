import { describe, expect, it } from 'vitest';
import { parsePeakRss, parseTimings } from '../../../bench/lib/parse-timings';

describe('parseTimings', () => {
  it('reads each phase line and ignores other stderr output', () => {
    const stderr = [
      'figures: timing: start Node and load modules 0.338 s',
      'figures: warning: q4_vs_q8: something odd',
      'figures: timing: draw q4_vs_q8 0.176 s',
      'figures: timing: total 2 s',
      '',
    ].join('\n');
    expect(parseTimings(stderr)).toEqual({ 'start Node and load modules': 0.338, 'draw q4_vs_q8': 0.176, total: 2 });
  });

  it('gives nothing for output without timings', () => {
    expect(parseTimings('figures: wrote 25 files\n')).toEqual({});
  });
});

describe('parsePeakRss', () => {
  it('reads the peak RSS line in KiB as bytes', () => {
    expect(parsePeakRss('figures: timing: total 2 s\nfigures: memory: peak RSS 119104 KiB\n')).toBe(119104 * 1024);
  });

  it('gives 0 without one', () => {
    expect(parsePeakRss('figures: timing: total 2 s\n')).toBe(0);
  });
});
