import { describe, expect, it } from 'vitest';
import { locateInSource, pointAtOffset, pointInText, sourceText } from '../../../src/lib/crossref/source-location';

const SOURCE = 'line one\nthe @eq:x and @eq:x\n$$\nx \\label{eq:y}\n$$\n';

describe('source locations', () => {
  it('turns offsets into 1-based lines and columns', () => {
    expect(pointAtOffset(SOURCE, 0)).toEqual({ line: 1, column: 1 });
    expect(pointAtOffset(SOURCE, 13)).toEqual({ line: 2, column: 5 });
    expect(pointInText('ab\ncd', 4, { line: 10, column: 3 })).toEqual({ line: 11, column: 2 });
    expect(pointInText('abcd', 2, { line: 10, column: 3 })).toEqual({ line: 10, column: 5 });
  });

  it('finds the n-th copy of a needle inside a node', () => {
    const span = { start: { line: 2, column: 1, offset: 9 }, end: { line: 2, column: 22, offset: 30 } };
    expect(locateInSource(SOURCE, span, '@eq:x', 0)).toEqual({ line: 2, column: 5 });
    expect(locateInSource(SOURCE, span, '@eq:x', 1)).toEqual({ line: 2, column: 15 });
  });

  it('falls back to the node start when the needle is not inside it', () => {
    const span = { start: { line: 2, column: 1, offset: 9 }, end: { line: 2, column: 22, offset: 30 } };
    expect(locateInSource(SOURCE, span, '\\label{eq:y}')).toEqual({ line: 2, column: 1 });
    expect(locateInSource(undefined, span, '@eq:x')).toEqual({ line: 2, column: 1 });
    expect(locateInSource(SOURCE, undefined, '@eq:x')).toEqual({ line: 1, column: 1 });
  });

  it('decodes buffers', () => {
    expect(sourceText(new TextEncoder().encode('é'))).toBe('é');
    expect(sourceText(undefined)).toBeUndefined();
  });
});
