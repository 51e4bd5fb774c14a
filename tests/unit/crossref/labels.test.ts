import { describe, expect, it } from 'vitest';
import { findEquationLabels, hasTag, tagEquation } from '../../../src/lib/crossref/equation-label';
import { findReferences } from '../../../src/lib/crossref/find-references';
import { anchorId, parseLabel, referenceText } from '../../../src/lib/crossref/labels';

describe('labels', () => {
  it('parses kind and name, and rejects other shapes', () => {
    expect(parseLabel('eq:objective')).toEqual({ kind: 'eq', name: 'objective' });
    expect(parseLabel('fig:top-cells.v2')).toEqual({ kind: 'fig', name: 'top-cells.v2' });
    expect(parseLabel('tab:a_b')).toEqual({ kind: 'tab', name: 'a_b' });
    expect(parseLabel('objective')).toBeUndefined();
    expect(parseLabel('sec:intro')).toBeUndefined();
    expect(parseLabel('fig:')).toBeUndefined();
    expect(parseLabel('fig:two words')).toBeUndefined();
    expect(parseLabel('fig:trailing-')).toBeUndefined();
  });

  it('makes ids and reference text', () => {
    expect(anchorId({ kind: 'eq', name: 'pg-surrogate' })).toBe('eq-pg-surrogate');
    expect(referenceText('eq', 3)).toBe('Eq. (3)');
    expect(referenceText('fig', 1)).toBe('Figure 1');
    expect(referenceText('tab', 12)).toBe('Table 12');
  });
});

describe('equation labels', () => {
  it('finds \\label commands with their offsets', () => {
    expect(findEquationLabels('a = b\n\\label{eq:x}')).toEqual([{ label: 'eq:x', offset: 6, source: '\\label{eq:x}' }]);
    expect(findEquationLabels('x \\label { eq:y } y')).toEqual([{ label: 'eq:y', offset: 2, source: '\\label { eq:y }' }]);
    expect(findEquationLabels('no label')).toEqual([]);
  });

  it('replaces the label with a top-level tag', () => {
    const tex = '\\begin{aligned}\na &= b\n\\end{aligned}\n\\label{eq:x}';
    const [label] = findEquationLabels(tex);
    if (!label) throw new Error('no label');
    expect(tagEquation(tex, label, 7)).toBe('\\begin{aligned}\na &= b\n\\end{aligned}\n\\tag{7}');
    const inline = 'a \\label{eq:y} = b';
    const [middle] = findEquationLabels(inline);
    if (!middle) throw new Error('no label');
    expect(tagEquation(inline, middle, 2)).toBe('a  = b\n\\tag{2}');
  });

  it('notices a formula that numbers itself', () => {
    expect(hasTag('a \\tag{1}')).toBe(true);
    expect(hasTag('a \\tag*{x}')).toBe(true);
    expect(hasTag('a \\notag')).toBe(true);
    expect(hasTag('a \\tagged')).toBe(false);
  });
});

describe('findReferences', () => {
  it('finds references and stops before trailing punctuation', () => {
    expect(findReferences('see @eq:objective. And @fig:frontier, @tab:top-cells;')).toEqual([
      { kind: 'eq', name: 'objective', start: 4, end: 17 },
      { kind: 'fig', name: 'frontier', start: 23, end: 36 },
      { kind: 'tab', name: 'top-cells', start: 38, end: 52 },
    ]);
  });

  it('ignores "@" inside words and e-mail addresses, and other prefixes', () => {
    expect(findReferences('mail me@eq:x or a.b@fig:y, cite @williams1992 or @sec:intro')).toEqual([]);
  });

  it('reports a bare prefix with an empty name', () => {
    expect(findReferences('(@eq:)')).toEqual([{ kind: 'eq', name: '', start: 1, end: 5 }]);
  });
});
