import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'read-csv-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function read(name: string, text: string | Buffer): Promise<Array<[number, string[]]>> {
  const file = join(scratch, name);
  await writeFile(file, text);
  const t = await readCsv(file);
  const out: Array<[number, string[]]> = [];
  t.forEachRecord((r, line) => out.push([line, r]));
  return out;
}

async function failure(name: string, text: string | Buffer): Promise<string> {
  const file = join(scratch, name);
  await writeFile(file, text);
  try {
    (await readCsv(file)).forEachRecord(() => undefined);
    return 'no error';
  } catch (e) {
    return e instanceof Error ? e.message.replace(`${file}`, 'F') : String(e);
  }
}

describe('readCsv', () => {
  it('unquotes RFC 4180 fields and reports each record with its first line', async () => {
    const rows = await read('quoted.csv', 'a,b\n"x, ""y""",plain\n"multi\nline",ü\nlast,"ends ""here"""\n');
    expect(rows).toEqual([
      [2, ['x, "y"', 'plain']],
      [3, ['multi\nline', 'ü']],
      [5, ['last', 'ends "here"']],
    ]);
  });

  it('keeps the header as written, in the file order', async () => {
    const file = join(scratch, 'header.csv');
    await writeFile(file, 'b,a\n1,2\n');
    expect((await readCsv(file)).header).toEqual(['b', 'a']);
  });

  it('strips a BOM and reads CRLF line ends, a line break inside quotes included', async () => {
    const rows = await read('crlf.csv', '\uFEFFb,a\r\n1,2\r\n"3\r\n4",5\r\n6,7\r\n');
    expect(rows).toEqual([
      [2, ['1', '2']],
      [3, ['3\n4', '5']],
      [5, ['6', '7']],
    ]);
  });

  it('reads a file whose line ends mix LF and CRLF without leaving a carriage return in the last value', async () => {
    // An LF file with rows appended by a CRLF writer (Python's csv module by default).
    const rows = await read('mixed.csv', 'a,b\n1,x\n2,y\r\n3,z\r\n');
    expect(rows).toEqual([
      [2, ['1', 'x']],
      [3, ['2', 'y']],
      [4, ['3', 'z']],
    ]);
  });

  it('reads a file with lone CR line endings', async () => {
    expect(await read('cr.csv', 'a,b\r1,2\r3,4\r')).toEqual([
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
  });

  it('skips blank lines but counts them, and reads a last line without a line break', async () => {
    expect(await read('blank.csv', 'a\n1\n\n2\n\n3')).toEqual([
      [2, ['1']],
      [4, ['2']],
      [6, ['3']],
    ]);
  });

  it('reports an empty file, a blank header, an empty or repeated column name', async () => {
    expect(await failure('empty.csv', '\uFEFF')).toBe('F is empty: expected a header line naming the columns.');
    expect(await failure('blank-header.csv', '\na,b\n1,2\n')).toBe('F line 1 is blank: expected a header line naming the columns.');
    expect(await failure('empty-name.csv', 'a,,c\n1,2,3\n')).toBe('F line 1: field 2 of the header is empty; every column needs a name.');
    expect(await failure('twice.csv', 'a,b,a\n1,2,3\n')).toBe('F line 1, column "a": the header names column "a" twice.');
  });

  it('reports a short and a long record with the line, the column and what it reads', async () => {
    expect(await failure('short.csv', 'a,b,c\n1,2,3\n4,5\n')).toBe('F line 3, column "c": value missing; the line has 2 fields where the header has 3, it reads "4,5".');
    expect(await failure('long.csv', 'a,b\n1,2,3\n')).toBe('F line 2, column "b": unexpected extra value "3" after this column; the line has 3 fields where the header has 2.');
  });

  it('names the line of a record after many lines, some of them quoted across lines', async () => {
    // 12 000 records, every 7th with a value spanning two lines (CRLF inside quotes).
    const rows: string[] = [];
    for (let i = 0; i < 12_000; i++) rows.push(i % 7 === 3 ? `${i},"h\r\nnext"` : `${i},h`);
    rows.push('12000');
    // i in [0, 12000) with i % 7 == 3: i = 3, 10, ..., 11994, that is (11994 - 3) / 7 + 1 = 1714 extra lines.
    const line = 1 + 12_000 + 1714 + 1;
    expect(await failure('many.csv', `a,b\r\n${rows.join('\r\n')}\r\n`)).toBe(`F line ${line}, column "b": value missing; the line has 1 fields where the header has 2, it reads "12000".`);
  });

  it('reports an unclosed quote with the line it opens on, however much of the file follows it', async () => {
    // A quote opened on line 562 of a file of a million lines: reading stops at the quote's record.
    const before = Array.from({ length: 560 }, (_, i) => `${i},x`);
    const after = Array.from({ length: 1_000_000 }, (_, i) => `${i},y`);
    const message = await failure('unclosed.csv', ['a,b', ...before, '560,"open', ...after, ''].join('\n'));
    // The value is quoted to its first 40 characters: "open", a line break, then "0,y", "1,y"... to "8,y".
    expect(message).toBe('F line 562, column "b": a quoted value is never closed, at "open\\n0,y\\n1,y\\n2,y\\n3,y\\n4,y\\n5,y\\n6,y\\n7,y\\n8,y...".');
  });

  it('reports bytes that are not UTF-8 with their line', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    expect(await failure('latin.csv', bytes)).toBe('F line 3: the bytes are not valid UTF-8; save the file as UTF-8.');
  });

  it('reports a missing file and a directory', async () => {
    expect(await failure('exists.csv', 'a\n1\n')).toBe('no error');
    await expect(readCsv(join(scratch, 'nope.csv'))).rejects.toThrow(`${join(scratch, 'nope.csv')} does not exist.`);
    await expect(readCsv(scratch)).rejects.toThrow(`${scratch} is a directory, not a CSV file.`);
  });
});
