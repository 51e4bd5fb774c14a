import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareExpressionLines } from '../../../src/lib/posts/bare-expressions';


function postFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? postFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

describe('MDX posts', () => {
  it('finds a bare expression line inside a paragraph (hand-made example)', () => {
    expect(bareExpressionLines('It runs from\n{a.name}\nto the end.\n\n{standalone}\n')).toEqual([2]);
  });

  it('have no expression alone on a line in the middle of a sentence', () => {
    const problems = postFiles('src/content/posts').flatMap((f) => bareExpressionLines(readFileSync(f, 'utf8')).map((n) => `${f}:${n}`));
    expect(problems).toEqual([]);
  });
});
