import { describe, expect, it } from 'vitest';
import { stripDarkCopies } from '../../../src/lib/feed/strip-dark-copies';

describe('stripDarkCopies', () => {
  it('keeps the light copy and drops the dark one, nested elements and all', () => {
    const html =
      '<figure><div class="chart-static only-light"><svg><g><text>a</text></g></svg></div>' +
      '<div class="chart-static only-dark"><div><svg><g><text>b</text></g></svg></div></div><p>after</p></figure>';
    expect(stripDarkCopies(html)).toBe('<figure><div class="chart-static only-light"><svg><g><text>a</text></g></svg></div><p>after</p></figure>');
  });

  it('drops a dark diagram svg with nested svg elements and leaves look-alike classes alone', () => {
    const html = '<svg class="diagram-dark only-dark" id="d"><svg><rect/></svg><g/></svg><svg class="not-only-dark"><g/></svg>';
    expect(stripDarkCopies(html)).toBe('<svg class="not-only-dark"><g/></svg>');
  });

  it('returns markup without dark copies unchanged', () => {
    const html = '<p class="x">only-dark is just text here</p>';
    expect(stripDarkCopies(html)).toBe(html);
  });

  it('says so when a dark copy is never closed', () => {
    expect(() => stripDarkCopies('<div class="only-dark"><p>x</p>')).toThrow(/<div> with class "only-dark" or "chart-narrow" is never closed/);
  });

  it("keeps a chart's desktop layout and drops its phone one", () => {
    const html = '<div class="chart-frame"><div class="chart-static chart-wide" data-layout="wide"><svg><text>w</text></svg></div><div class="chart-static chart-narrow" data-layout="narrow"><svg><g><text>n</text></g></svg></div></div>';
    expect(stripDarkCopies(html)).toBe('<div class="chart-frame"><div class="chart-static chart-wide" data-layout="wide"><svg><text>w</text></svg></div></div>');
  });
});
