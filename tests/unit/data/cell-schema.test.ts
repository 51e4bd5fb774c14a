import { describe, expect, it } from 'vitest';
import { cellSchema, DEFAULT_MAX_TEXT_LENGTH, expectation } from '../../../src/lib/data/cell-schema';
import { inferTableSchema } from '../../../src/lib/data/infer-schema';
import { parseCsv } from '../../../src/lib/data/read-csv';
import { resolveTableSchema, tableSchemaSchema, type Field } from '../../../src/lib/data/table-schema';

/** inferTableSchema over CSV text made of these unquoted values. */
function infer(header: readonly string[], records: ReadonlyArray<readonly string[]>) {
  return inferTableSchema(parseCsv('t.csv', [header, ...records].map((r) => r.join(',')).join('\n')));
}

/** A field as datapackage.json would declare it, with the standard's defaults applied. */
function field(descriptor: Record<string, unknown>): Field {
  const schema = resolveTableSchema(tableSchemaSchema.parse({ fields: [{ name: 'c', ...descriptor }] }), 'test');
  return schema.fields[0] as Field;
}

function parse(f: Field, raw: string): unknown {
  const r = cellSchema(f).safeParse(raw);
  return r.success ? r.data : `error: ${r.error.issues[0]?.message ?? ''}`;
}

describe('cellSchema', () => {
  it('reads integers, and says what it expected when a cell is not one', () => {
    const f = field({ type: 'integer', constraints: { minimum: 0 } });
    expect(parse(f, '12')).toBe(12);
    expect(parse(f, '+3')).toBe(3);
    expect(parse(f, '1.5')).toBe('error: expected a whole number >= 0');
    expect(parse(f, '-1')).toBe('error: expected a whole number >= 0');
    expect(parse(f, '1e3')).toBe('error: expected a whole number >= 0');
    // 2^53 + 1 cannot be held exactly.
    expect(parse(f, '9007199254740993')).toBe('error: expected a whole number >= 0');
  });

  it('reads decimal numbers with exponents, rejects infinities and text', () => {
    const f = field({ type: 'number' });
    expect(parse(f, '34.5')).toBe(34.5);
    expect(parse(f, '.5')).toBe(0.5);
    expect(parse(f, '7.')).toBe(7);
    expect(parse(f, '1e3')).toBe(1000);
    expect(parse(f, '-2.5e-1')).toBe(-0.25);
    expect(parse(f, '1e999')).toBe('error: expected a number');
    expect(parse(f, 'NaN')).toBe('error: expected a number');
    expect(parse(f, '1,5')).toBe('error: expected a number');
  });

  it('words ranges as the constraints state them', () => {
    expect(expectation(field({ type: 'number', constraints: { minimum: 1, maximum: 5 } }))).toBe('expected a number from 1 to 5');
    expect(expectation(field({ type: 'number', constraints: { exclusiveMinimum: 0 } }))).toBe('expected a number > 0');
    expect(expectation(field({ type: 'number', constraints: { maximum: 10 } }))).toBe('expected a number <= 10');
    expect(parse(field({ type: 'number', constraints: { minimum: 1, maximum: 5 } }), '5.5')).toBe('error: expected a number from 1 to 5');
    expect(parse(field({ type: 'number', constraints: { exclusiveMinimum: 0 } }), '0')).toBe('error: expected a number > 0');
  });

  it('holds an integer or string column to its enum', () => {
    const binary = field({ type: 'integer', constraints: { enum: [0, 1] } });
    expect(parse(binary, '1')).toBe(1);
    expect(parse(binary, '2')).toBe('error: expected 0 or 1');
    const access = field({ type: 'string', constraints: { enum: ['none', 'ran', 'read'] } });
    expect(parse(access, 'ran')).toBe('ran');
    expect(parse(access, 'peeked')).toBe('error: expected none, ran or read');
  });

  it("reads booleans with the standard's default texts, or the field's own", () => {
    const f = field({ type: 'boolean' });
    expect([parse(f, 'true'), parse(f, 'False'), parse(f, '1'), parse(f, '0')]).toEqual([true, false, true, false]);
    expect(parse(f, 'yes')).toBe('error: expected true or false');
    const own = field({ type: 'boolean', trueValues: ['yes'], falseValues: ['no'] });
    expect([parse(own, 'yes'), parse(own, 'no')]).toEqual([true, false]);
    expect(parse(own, 'true')).toBe('error: expected yes or no');
  });

  it('reads ISO dates as text and rejects impossible ones', () => {
    const f = field({ type: 'date' });
    expect(parse(f, '2026-04-28')).toBe('2026-04-28');
    expect(parse(f, '2024-02-29')).toBe('2024-02-29');
    expect(parse(f, '2026-02-29')).toBe('error: expected a date written YYYY-MM-DD');
    expect(parse(f, '2026-13-45')).toBe('error: expected a date written YYYY-MM-DD');
    expect(parse(f, '28/04/2026')).toBe('error: expected a date written YYYY-MM-DD');
  });

  it('keeps text as text, but not control characters, padding or more than the allowed length', () => {
    const f = field({ type: 'string' });
    expect(parse(f, 'Tiny "Llama", 3B')).toBe('Tiny "Llama", 3B');
    expect(parse(f, '<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(parse(f, 'two\nlines')).toBe('two\nlines');
    expect(parse(f, 'tab\there')).toBe('tab\there');
    expect(parse(f, 'ai\u0000der')).toBe('error: holds the control character U+0000, which text may not contain');
    expect(parse(f, 'esc\u001b[31m')).toBe('error: holds the control character U+001B, which text may not contain');
    expect(parse(f, 'del\u007f')).toBe('error: holds the control character U+007F, which text may not contain');
    expect(parse(f, ' h1')).toBe('error: expected no spaces before or after the text');
    expect(parse(f, 'x'.repeat(DEFAULT_MAX_TEXT_LENGTH))).toBe('x'.repeat(1000));
    expect(parse(f, 'x'.repeat(1001))).toBe(
      'error: the text is 1001 characters long, more than the 1000 allowed (declare a larger maxLength for the field in datapackage.json if this is intended)',
    );
    expect(parse(field({ type: 'string', constraints: { maxLength: 3 } }), 'abcd')).toBe('error: the text is 4 characters long, more than the 3 allowed');
    expect(parse(field({ type: 'string', constraints: { pattern: '[a-z]+\\d' } }), 'ab1')).toBe('ab1');
    expect(parse(field({ type: 'string', constraints: { pattern: '[a-z]+\\d' } }), 'ab1x')).toBe('error: expected text matching the pattern [a-z]+\\d');
  });
});

describe('tableSchemaSchema', () => {
  it('refuses a constraint or a type the loader would not enforce', () => {
    expect(tableSchemaSchema.safeParse({ fields: [{ name: 'c', type: 'geopoint' }] }).success).toBe(false);
    expect(tableSchemaSchema.safeParse({ fields: [{ name: 'c', constraints: { cardinality: 3 } }] }).success).toBe(false);
  });

  it('refuses keys that name undeclared fields', () => {
    const parsed = tableSchemaSchema.parse({ fields: [{ name: 'a' }], primaryKey: ['a', 'b'] });
    expect(() => resolveTableSchema(parsed, 'x.json')).toThrow('x.json: the primaryKey names the field "b", which the schema does not declare; its fields are a.');
  });
});

describe('inferTableSchema', () => {
  it('types each column by every value in it: integer, number, boolean, date, else text', () => {
    const header = ['i', 'n', 'b', 'd', 't', 'binary', 'empty', 'sparse'];
    const records = [
      ['1', '1.5', 'true', '2026-01-31', 'a', '0', '', ''],
      ['-2', '2', 'FALSE', '2026-02-01', '3', '1', '', '7'],
      ['30', '1e3', 'True', '2025-12-31', 'x y', '1', '', ''],
    ];
    const types = infer(header, records).fields.map((f) => `${f.name}:${f.type}`);
    expect(types).toEqual(['i:integer', 'n:number', 'b:boolean', 'd:date', 't:string', 'binary:integer', 'empty:string', 'sparse:integer']);
  });

  it('falls back to text at the first value that fits no type', () => {
    const s = infer(['c'], [['1'], ['2'], ['n/a']]);
    expect(s.fields[0]?.type).toBe('string');
    expect(s.declared).toBe(false);
  });
});
