import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createInterner } from '../../../src/lib/data/intern';
import { countLineBreaks, readCsv } from '../../../src/lib/data/read-csv';
import { createRowParser } from '../../../src/lib/data/row-parser';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'read-csv-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function collect(name: string, text: string | Buffer, columns: string[]): Promise<Array<[number, readonly string[]]>> {
  const file = join(scratch, name);
  await writeFile(file, text);
  const out: Array<[number, readonly string[]]> = [];
  await readCsv({ file, columns, onRecord: (values, line) => out.push([line, [...values]]) });
  return out;
}

describe('countLineBreaks', () => {
  it('counts CRLF, LF and lone CR once each', () => {
    expect(countLineBreaks('')).toBe(0);
    expect(countLineBreaks('abc')).toBe(0);
    expect(countLineBreaks('a\nb')).toBe(1);
    expect(countLineBreaks('a\r\nb\r\n')).toBe(2);
    expect(countLineBreaks('a\rb\n\r\n')).toBe(3);
  });
});

describe('readCsv', () => {
  it('unquotes RFC 4180 fields and reports each record with its first line', async () => {
    const rows = await collect('quoted.csv', 'a,b\n"x, ""y""",plain\n"multi\nline",ü\nlast,"ends ""here"""\n', ['a', 'b']);
    expect(rows).toEqual([
      [2, ['x, "y"', 'plain']],
      [3, ['multi\nline', 'ü']],
      [5, ['last', 'ends "here"']],
    ]);
  });

  it('strips a BOM, reads CRLF, and hands values in the order of the columns asked for', async () => {
    const rows = await collect('crlf.csv', '\uFEFFb,a\r\n1,2\r\n"3\r\n4",5\r\n6,7\r\n', ['a', 'b']);
    expect(rows).toEqual([
      [2, ['2', '1']],
      [3, ['5', '3\r\n4']],
      [5, ['7', '6']],
    ]);
  });

  it('reads a file with lone CR line endings', async () => {
    const rows = await collect('cr.csv', 'a,b\r1,2\r3,4\r', ['a', 'b']);
    expect(rows).toEqual([
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
  });

  it('reports a file that is only a BOM as empty', async () => {
    const file = join(scratch, 'bom-only.csv');
    await writeFile(file, '\uFEFF');
    await expect(readCsv({ file, columns: ['a'], onRecord: () => undefined })).rejects.toThrow(
      `${file} is empty: expected a header line naming the columns a.`,
    );
  });

  it('reports a blank first line', async () => {
    const file = join(scratch, 'blank-header.csv');
    await writeFile(file, '\na,b\n1,2\n');
    await expect(readCsv({ file, columns: ['a', 'b'], onRecord: () => undefined })).rejects.toThrow(
      `${file} line 1 is blank: expected a header line naming the columns a,b.`,
    );
  });

  it('stops at the first error thrown by the consumer', async () => {
    const file = join(scratch, 'stop.csv');
    await writeFile(file, 'a\n1\n2\n3\n');
    const seen: string[] = [];
    await expect(
      readCsv({
        file,
        columns: ['a'],
        onRecord: (values, line) => {
          seen.push(values[0] ?? '');
          if (line === 3) throw new Error('stop here');
        },
      }),
    ).rejects.toThrow('stop here');
    expect(seen).toEqual(['1', '2']);
  });
});

describe('createRowParser', () => {
  const schema = z.object({
    n: z.string().regex(/^\d+$/, { error: 'expected digits' }).transform(Number),
    s: z.string(),
  });

  it('parses and reuses results for repeated cells', () => {
    const parse = createRowParser(schema, 'f.csv');
    expect(parse(['12', 'x'], 2)).toEqual({ n: 12, s: 'x' });
    expect(parse(['12', 'x'], 3)).toEqual({ n: 12, s: 'x' });
    expect(parse(['7', 'y'], 4)).toEqual({ n: 7, s: 'y' });
  });

  it('names file, line, column and value of a bad cell, even after good ones', () => {
    const parse = createRowParser(schema, 'f.csv');
    parse(['1', 'x'], 2);
    expect(() => parse(['one', 'x'], 3)).toThrow('f.csv line 3, column "n": expected digits, got "one".');
  });
});

describe('createInterner', () => {
  it('gives one id per distinct string and returns equal strings', () => {
    const names = createInterner();
    expect(names.id('q4')).toBe(0);
    expect(names.id('pi')).toBe(1);
    expect(names.id('q4')).toBe(0);
    expect(names.intern('pi')).toBe('pi');
    expect(names.intern('néw, "name"')).toBe('néw, "name"');
    expect(names.id('néw, "name"')).toBe(2);
  });
});

describe('readCsv across the switch from plain lines to quoted ones', () => {
  it('keeps records and line numbers when the first quote comes chunks into the file', async () => {
    // ~190 KB of plain lines (several 64 KiB chunks), then a value with a line break, then more.
    const plain = Array.from({ length: 12_000 }, (_, i) => `${i},plain-${i}`);
    const text = ['a,b', ...plain, '12000,"two\nlines"', '12001,after', ''].join('\n');
    const rows = await collect('late-quote.csv', text, ['a', 'b']);
    expect(rows.length).toBe(12_002);
    expect(rows[0]).toEqual([2, ['0', 'plain-0']]);
    expect(rows[11_999]).toEqual([12_001, ['11999', 'plain-11999']]);
    expect(rows[12_000]).toEqual([12_002, ['12000', 'two\nlines']]);
    expect(rows[12_001]).toEqual([12_004, ['12001', 'after']]);
  });

  it('names the right line for a short line after the switch, and for one before it', async () => {
    const plain = Array.from({ length: 12_000 }, (_, i) => `${i},x`);
    const late = ['a,b', ...plain, '"q",y', 'short', ''].join('\n');
    await expect(collect('late-short.csv', late, ['a', 'b'])).rejects.toThrow(/late-short\.csv line 12003, column "b": value missing/);
    const early = ['a,b', ...plain.slice(0, 5000), 'short', ...plain.slice(5000), '"q",y', ''].join('\n');
    await expect(collect('early-short.csv', early, ['a', 'b'])).rejects.toThrow(/early-short\.csv line 5002, column "b": value missing/);
  });
});
