import { describe, expect, it } from 'vitest';
import type { CSL } from '@citation-js/core';
import { arxivIdOfUrl, doiUrl, httpUrl, linkIdentifiers, type RawBibEntry } from '../../../src/lib/citations/link-identifiers';

const same = (v: string) => v;
const failures: string[] = [];
const fail = (field: string, message: string, value: string): never => {
  failures.push(`${field}|${value}`);
  throw new Error(message);
};
const entry = (properties: Record<string, string>, type = 'misc'): RawBibEntry => ({ type, label: 'k', properties });
const item = (extra: Partial<CSL> = {}): CSL => ({ id: 'k', type: 'document', title: 'T', ...extra });

describe('doiUrl, httpUrl, arxivIdOfUrl', () => {
  it('links a DOI however it is written, percent-encoding what a URL cannot hold', () => {
    expect(doiUrl('10.1007/BF00992696')).toBe('https://doi.org/10.1007/BF00992696');
    expect(doiUrl('doi:10.1007/BF00992696')).toBe('https://doi.org/10.1007/BF00992696');
    expect(doiUrl('https://dx.doi.org/10.1007/BF00992696')).toBe('https://doi.org/10.1007/BF00992696');
    // A real Wiley DOI with "<", ">" and ";"; "#" and "?" would end the path.
    expect(doiUrl('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0')).toBe('https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0');
    expect(doiUrl('10.1000/a#b?c')).toBe('https://doi.org/10.1000/a%23b%3Fc');
  });

  it('accepts only http and https addresses as links', () => {
    expect(httpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(httpUrl('http://example.org')).toBe('http://example.org/');
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('ftp://example.org/x')).toBeUndefined();
    expect(httpUrl('example.org')).toBeUndefined();
  });

  it('finds arXiv identifiers in abs and pdf links, old and new style', () => {
    expect(arxivIdOfUrl('https://arxiv.org/abs/1707.06347')).toBe('1707.06347');
    expect(arxivIdOfUrl('http://arxiv.org/pdf/1801.00001v2.pdf')).toBe('1801.00001v2');
    expect(arxivIdOfUrl('https://arxiv.org/abs/math/0211159')).toBe('math/0211159');
    expect(arxivIdOfUrl('https://example.org/abs/1707.06347')).toBeUndefined();
    expect(arxivIdOfUrl('https://arxiv.org/list/cs.LG/recent')).toBeUndefined();
  });
});

describe('linkIdentifiers', () => {
  it('makes an arXiv @misc a preprint with its abstract page, number and archive', () => {
    const out = linkIdentifiers(entry({ eprint: '1707.06347', archiveprefix: 'arXiv', primaryclass: 'cs.LG' }), item(), same, fail);
    expect([out.type, out.URL, out.number, out.publisher]).toEqual(['article', 'https://arxiv.org/abs/1707.06347', 'arXiv:1707.06347', 'arXiv']);
  });

  it('reads biblatex eprinttype too, and leaves other types and their publisher alone', () => {
    const out = linkIdentifiers(entry({ eprint: 'arXiv:2106.01798', eprinttype: 'arxiv' }, 'inproceedings'), item({ type: 'paper-conference', publisher: 'P' }), same, fail);
    expect([out.type, out.URL, out.number, out.publisher]).toEqual(['paper-conference', 'https://arxiv.org/abs/2106.01798', undefined, 'P']);
  });

  it('ignores eprints of other archives, and takes arXiv ids from arxiv.org links', () => {
    expect(linkIdentifiers(entry({ eprint: '12345', eprinttype: 'pubmed' }), item(), same, fail).URL).toBeUndefined();
    const out = linkIdentifiers(entry({ url: 'https://arxiv.org/pdf/1611.01144.pdf' }), item({ URL: 'https://arxiv.org/pdf/1611.01144.pdf' }), same, fail);
    expect([out.URL, out.number]).toEqual(['https://arxiv.org/abs/1611.01144', 'arXiv:1611.01144']);
  });

  it('strips doi.org and doi: prefixes from DOIs', () => {
    expect(linkIdentifiers(entry({}), item({ DOI: 'https://doi.org/10.18653/v1/2024.acl-long.662' }), same, fail).DOI).toBe('10.18653/v1/2024.acl-long.662');
  });

  it('refuses a DOI, URL or arXiv eprint that is not one, naming the field and value', () => {
    failures.length = 0;
    expect(() => linkIdentifiers(entry({}), item({ DOI: 'ISBN 978-3' }), same, fail)).toThrow(
      'The doi "ISBN 978-3" of entry "k" is not a DOI: a DOI starts with "10.", then a registrant number, "/" and a suffix.',
    );
    expect(() => linkIdentifiers(entry({}), item({ URL: 'javascript:alert(1)' }), same, fail)).toThrow(
      'The url "javascript:alert(1)" of entry "k" is not an http or https address; only those become links.',
    );
    expect(() => linkIdentifiers(entry({ eprint: '17.06', archiveprefix: 'arXiv' }), item(), same, fail)).toThrow(
      'The eprint "17.06" of entry "k" is not an arXiv identifier such as "1707.06347" or "math/0211159".',
    );
    expect(failures).toEqual(['doi|ISBN 978-3', 'url|javascript:alert(1)', 'eprint|17.06']);
  });
});
