import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/charts/to-csv';

describe('toCsv', () => {
  it('quotes only fields that need it and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.8125)).toBe('0.8125');
    expect(csvField(false)).toBe('false');
  });

  it('writes a header and CRLF-terminated rows', () => {
    expect(toCsv(['model', 'rate'], [['gpt-oss-120b', 0.775], ['x, y', null]])).toBe('model,rate\r\ngpt-oss-120b,0.775\r\n"x, y",\r\n');
  });

  it('rejects a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields, the header has 2/);
  });
});
