import { describe, expect, it } from 'vitest';
import type CSL from 'citeproc';
import { markedText, marksFormat, parseMarks, shieldAngleBrackets, unshieldAngleBrackets } from '../../../src/lib/citations/citation-marks';

const format = marksFormat({ text_escape: (t) => t ?? '' });
const decorate = (name: string, str: string, self: CSL.Blob = {}): string => (format[name] as (this: CSL.Blob, s: unknown, str: string) => string).call(self, null, str);

describe('the marks format', () => {
  it('turns decorations into a tree', () => {
    const out = `A ${decorate('@font-style/italic', `B ${decorate('@font-weight/bold', 'C')}`)} ${decorate('@cite/entry', 'W, 1992', { item_id: 'w1992' })}`;
    expect(parseMarks(out)).toEqual([
      { kind: 'text', value: 'A ' },
      { kind: 'style', style: 'italic', children: [{ kind: 'text', value: 'B ' }, { kind: 'style', style: 'bold', children: [{ kind: 'text', value: 'C' }] }] },
      { kind: 'text', value: ' ' },
      { kind: 'cite', key: 'w1992', children: [{ kind: 'text', value: 'W, 1992' }] },
    ]);
  });

  it('links DOIs (bare or as doi.org links) and http(s) URLs, and nothing else', () => {
    expect(parseMarks(decorate('@DOI/true', '10.1000/x'))).toEqual([{ kind: 'link', href: 'https://doi.org/10.1000/x', children: [{ kind: 'text', value: '10.1000/x' }] }]);
    expect(parseMarks(decorate('@DOI/true', 'https://doi.org/10.1000/x'))[0]).toMatchObject({ kind: 'link', href: 'https://doi.org/10.1000/x' });
    // citeproc sends URLs through the DOI decoration too.
    expect(parseMarks(decorate('@DOI/true', 'https://arxiv.org/abs/1707.06347'))[0]).toMatchObject({ kind: 'link', href: 'https://arxiv.org/abs/1707.06347' });
    expect(parseMarks(decorate('@URL/true', 'javascript:alert(1)'))).toEqual([{ kind: 'text', value: 'javascript:alert(1)' }]);
  });

  it('keeps values text: marks characters in data are replaced, hidden angle brackets come back as characters', () => {
    const forged = '\uFDD2link javascript:alert(1)\uFDD3click\uFDD4';
    const escaped = format.text_escape(forged);
    expect(parseMarks(escaped)).toEqual([{ kind: 'text', value: '\uFFFDlink javascript:alert(1)\uFFFDclick\uFFFD' }]);
    expect(format.text_escape(shieldAngleBrackets('<b>x</b>'))).toBe('<b>x</b>');
  });

  it('hides angle brackets without moving anything', () => {
    const source = 'title = {<i>x</i>}\nnext';
    const shielded = shieldAngleBrackets(source);
    expect(shielded.length).toBe(source.length);
    expect(shielded).not.toMatch(/[<>]/);
    expect(shielded.indexOf('\n')).toBe(source.indexOf('\n'));
    expect(unshieldAngleBrackets(shielded)).toBe(source);
  });

  it('keeps the text of marks left open and reads the text of a tree', () => {
    const nodes = parseMarks('a\uFDD2italic\uFDD3b');
    expect(nodes).toEqual([{ kind: 'text', value: 'a' }, { kind: 'style', style: 'italic', children: [{ kind: 'text', value: 'b' }] }]);
    expect(markedText(nodes)).toBe('ab');
  });
});
