import { describe, expect, it } from 'vitest';
import { familyName, initials, parseNames, referenceName } from '../../../src/lib/bib/names';

describe('parseNames', () => {
  it('reads "Last, First" and "First Last" forms separated by "and"', () => {
    expect(parseNames('Williams, Ronald J. and Andriy Mnih')).toEqual({
      names: [
        { first: 'Ronald J.', von: '', last: 'Williams', jr: '' },
        { first: 'Andriy', von: '', last: 'Mnih', jr: '' },
      ],
      others: false,
    });
  });

  it('separates lower-case particles in both forms', () => {
    expect(parseNames('van Hoof, Herke').names[0]).toEqual({ first: 'Herke', von: 'van', last: 'Hoof', jr: '' });
    expect(parseNames('Ludwig van Beethoven').names[0]).toEqual({ first: 'Ludwig', von: 'van', last: 'Beethoven', jr: '' });
    expect(parseNames('Charles Louis de la Vall{\\\'e}e Poussin').names[0]).toEqual({
      first: 'Charles Louis',
      von: 'de la',
      last: 'Vallée Poussin',
      jr: '',
    });
  });

  it('reads the "von Last, Jr, First" form', () => {
    expect(parseNames('King, Jr, Martin Luther').names[0]).toEqual({ first: 'Martin Luther', von: '', last: 'King', jr: 'Jr' });
  });

  it('keeps a braced corporate name whole and does not split "and" inside braces', () => {
    expect(parseNames('{Barnes and Noble}').names).toEqual([{ first: '', von: '', last: 'Barnes and Noble', jr: '' }]);
  });

  it('notes a trailing "and others"', () => {
    const list = parseNames('Jang, Eric and others');
    expect(list.others).toBe(true);
    expect(list.names.map((n) => n.last)).toEqual(['Jang']);
  });

  it('converts accents in names', () => {
    expect(parseNames('Husz{\\\'a}r, Ferenc').names[0]?.last).toBe('Huszár');
  });
});

describe('name display', () => {
  it('abbreviates given names, hyphenated ones and keeps abbreviations', () => {
    expect(initials('Ronald J.')).toBe('R. J.');
    expect(initials('Jean-Pierre')).toBe('J.-P.');
    expect(initials('Georg Ch.')).toBe('G. Ch.');
    expect(initials('')).toBe('');
  });

  it('prints family names with their particle', () => {
    expect(familyName({ first: 'Herke', von: 'van', last: 'Hoof', jr: '' })).toBe('van Hoof');
    expect(referenceName({ first: 'Herke', von: 'van', last: 'Hoof', jr: '' })).toBe('van Hoof, H.');
    expect(referenceName({ first: 'Martin Luther', von: '', last: 'King', jr: 'Jr.' })).toBe('King, M. L., Jr.');
  });
});
