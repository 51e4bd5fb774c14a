import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/data-error';
import { loadBenchmark } from '../../../src/lib/data/load-benchmark';
import { createRunLineScanner } from '../../../src/lib/data/run-line-scanner';

// The fast path reads a line only when its names were all seen on earlier valid lines, so every
// case below starts with a valid line and puts what is being tested on a later one.
const HEADER = 'sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_mentions,grader_access';
const FIRST = 'q4,m,Q4,pi,t,0,1,10,0,none';
const MODELS = 'model,family,total_params_b,active_params_b\nm,fam,7,7\nn,fam,8,8\n';
const TASKS = 'task,language\nt,Python\nu,C\n';

let scratch: string;
let dirs = 0;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'run-line-scanner-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function load(lines: readonly string[], newline = '\n') {
  const dir = join(scratch, `d${(dirs += 1)}`);
  await mkdir(dir);
  await writeFile(join(dir, 'runs.csv'), [HEADER, ...lines, ''].join(newline));
  await writeFile(join(dir, 'models.csv'), MODELS);
  await writeFile(join(dir, 'tasks.csv'), TASKS);
  return loadBenchmark(dir);
}

async function loadError(lines: readonly string[]): Promise<DataError> {
  const err = await load(lines).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof DataError)) throw new Error(`expected a DataError, got ${String(err)}`);
  return err;
}

describe('runs.csv lines after the first (the fast path)', () => {
  it('reads numbers exactly as written', async () => {
    const { runs } = await load([
      FIRST,
      'q4,m,Q4,pi,t,007,0,12.5,3,ran',
      'q4,m,Q4,pi,t,2,1,0.1,0,read',
      'q4,m,Q4,pi,t,3,1,123456789012345,123456789012345,none',
      'q4,m,Q4,pi,t,4,0,1e3,0,none',
      'q4,m,Q4,pi,t,5,0,.5,0,none',
      'q4,m,Q4,pi,t,6,0,5.,0,none',
      'q4,m,Q4,pi,t,9,0,0.000000000000001,0,none',
      'q4,m,Q4,pi,t,10,0,1234567890.12345,0,none',
    ]);
    expect(runs.map((r) => [r.seed, r.passed, r.agentTimeS, r.graderMentions, r.graderAccess])).toEqual([
      [0, true, 10, 0, 'none'],
      [7, false, 12.5, 3, 'ran'],
      [2, true, 0.1, 0, 'read'],
      [3, true, 123456789012345, 123456789012345, 'none'],
      [4, false, 1000, 0, 'none'],
      [5, false, 0.5, 0, 'none'],
      [6, false, 5, 0, 'none'],
      [9, false, 1e-15, 0, 'none'],
      [10, false, 1234567890.12345, 0, 'none'],
    ]);
  });

  it('keeps names apart that start alike, and switches between known names', async () => {
    const { runs } = await load([FIRST, 'q4,n,Q4,pi,u,0,1,10,0,none', 'q4,m,Q4,pi,u,0,1,10,0,none', 'q4,n,Q4,pi,t,0,1,10,0,none', 'q8,m,Q8,pi-2,t,0,1,10,0,none', 'q8,m,Q8,pi,t,0,1,10,0,none']);
    expect(runs.map((r) => `${r.sweep} ${r.model} ${r.quant} ${r.harness} ${r.task}`)).toEqual([
      'q4 m Q4 pi t',
      'q4 n Q4 pi u',
      'q4 m Q4 pi u',
      'q4 n Q4 pi t',
      'q8 m Q8 pi-2 t',
      'q8 m Q8 pi t',
    ]);
  });

  it('reads CRLF files the same way', async () => {
    const { runs } = await load([FIRST, 'q4,m,Q4,pi,t,1,0,7.25,2,read'], '\r\n');
    expect(runs[1]).toEqual({ sweep: 'q4', model: 'm', quant: 'Q4', harness: 'pi', task: 't', seed: 1, passed: false, agentTimeS: 7.25, graderMentions: 2, graderAccess: 'read' });
  });

  // Each bad line repeats the first line's names, so it would be read in place if the fast path
  // vouched for too much; the error must be the one the full check gives, on the right line.
  const bad: Array<[string, string, { line: number; column?: string; value?: string }]> = [
    ['a duplicate key', 'q4,m,Q4,pi,t,0,0,3,0,none', { line: 3, column: 'sweep,model,quant,harness,task,seed', value: 'q4,m,Q4,pi,t,0' }],
    ['a 16-digit seed', 'q4,m,Q4,pi,t,1234567890123456,0,3,0,none', { line: 3, column: 'seed', value: '1234567890123456' }],
    ['a negative time', 'q4,m,Q4,pi,t,1,0,-3,0,none', { line: 3, column: 'agent_time_s', value: '-3' }],
    ['an empty time', 'q4,m,Q4,pi,t,1,0,,0,none', { line: 3, column: 'agent_time_s', value: '' }],
    ['a passed of 2', 'q4,m,Q4,pi,t,1,2,3,0,none', { line: 3, column: 'passed', value: '2' }],
    ['grader_access in capitals', 'q4,m,Q4,pi,t,1,0,3,0,NONE', { line: 3, column: 'grader_access', value: 'NONE' }],
    ['grader_access with a trailing space', 'q4,m,Q4,pi,t,1,0,3,0,none ', { line: 3, column: 'grader_access', value: 'none ' }],
    ['a model with a trailing space', 'q4,m ,Q4,pi,t,1,0,3,0,none', { line: 3, column: 'model', value: 'm ' }],
    ['an unlisted model that starts like a listed one', 'q4,mm,Q4,pi,t,1,0,3,0,none', { line: 3, column: 'model', value: 'mm' }],
    ['an extra value', 'q4,m,Q4,pi,t,1,0,3,0,none,x', { line: 3, column: 'grader_access', value: 'x' }],
    ['a missing value', 'q4,m,Q4,pi,t,1,0,3,none', { line: 3, column: 'grader_access' }],
    ['a fractional count', 'q4,m,Q4,pi,t,1,0,3,1.5,none', { line: 3, column: 'grader_mentions', value: '1.5' }],
  ];
  for (const [what, line, where] of bad) {
    it(`reports ${what} with its line and column`, async () => {
      const err = await loadError([FIRST, line]);
      expect(err.line).toBe(where.line);
      expect(err.column).toBe(where.column);
      if (where.value !== undefined) expect(err.value).toBe(where.value);
      expect(err.message).toMatch(/runs\.csv line 3/);
    });
  }

  it('names the first line of a duplicate that the fast path read', async () => {
    const err = await loadError([FIRST, 'q4,m,Q4,pi,t,1,0,3,0,none', 'q4,m,Q4,pi,t,2,0,3,0,none', 'q4,m,Q4,pi,t,1,1,4,0,ran']);
    expect(err.line).toBe(5);
    expect(err.message).toMatch(/already appears on line 3/);
  });
});

describe('createRunLineScanner', () => {
  /** A scanner whose interner gave id i to names[i]. */
  const scannerOf = (names: readonly string[]) => createRunLineScanner((id) => names[id] as string);
  const line = (text: string) => [text, 0, text.length] as const;

  it('declines names it has not been given', () => {
    const scanner = scannerOf(['q4', 'm', 'Q4', 'pi', 't']);
    expect(scanner.scan(...line('q4,m,Q4,pi,t,0,1,10,0,none'))).toBeUndefined();
    scanner.accept([0, 1, 2, 3, 4]);
    expect(scanner.scan(...line('q4,m,Q4,pi,t,0,1,10,0,none'))).toEqual({ ids: [0, 1, 2, 3, 4], seed: 0, passed: true, agentTimeS: 10, graderMentions: 0, graderAccess: 'none' });
    expect(scanner.scan(...line('q4,m,Q4,pi,u,0,1,10,0,none'))).toBeUndefined();
  });

  it('reads only the bounds it is given', () => {
    const scanner = scannerOf(['q4', 'm', 'Q4', 'pi', 't']);
    scanner.accept([0, 1, 2, 3, 4]);
    const text = 'q4,m,Q4,pi,t,0,1,10,0,none\nq4,m,Q4,pi,t,1,1,10,0,none';
    expect(scanner.scan(text, 0, 26)?.seed).toBe(0);
    expect(scanner.scan(text, 27, text.length)?.seed).toBe(1);
    // A line cut short of its last value is not read on into the next one.
    expect(scanner.scan(text, 0, 24)).toBeUndefined();
    expect(scanner.scan(text, 0, 12)).toBeUndefined();
  });

  it('reads every decimal of up to 15 digits as Number() does', () => {
    const scanner = scannerOf(['s', 'm', 'q', 'h', 't']);
    scanner.accept([0, 1, 2, 3, 4]);
    // A fixed-seed generator: digits before and after the point, lengths 1 to 15 in all.
    let state = 20261123;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let i = 0; i < 20000; i++) {
      const total = 1 + next(15);
      const whole = 1 + next(total);
      let digits = '';
      for (let d = 0; d < total; d++) digits += String(next(10));
      const text = whole === total ? digits : `${digits.slice(0, whole)}.${digits.slice(whole)}`;
      const scanned = scanner.scan(...line(`s,m,q,h,t,0,1,${text},0,ran`));
      expect(scanned?.agentTimeS, text).toBe(Number(text));
    }
  });
});
