import { describe, expect, it } from 'vitest';
import { slimSvg } from '../../../src/lib/charts/slim-svg';

describe('slimSvg', () => {
  it('rounds coordinates to hundredths inside tags and leaves text alone', () => {
    const svg = '<svg width="676" height="173"><path d="M0,9.25h208v31.499999999999996h-208Z" transform="translate(131.41193076703934,25)"/><text x="2.345678">0.123456 rows</text></svg>';
    expect(slimSvg(svg)).toBe('<svg width="676" height="173"><path d="M0,9.25h208v31.5h-208Z" transform="translate(131.41,25)"/><text x="2.35">0.123456 rows</text></svg>');
  });

  it('drops paths that draw nothing and attributes that change nothing', () => {
    const svg =
      '<g><path class="background" d="M0,0h0v0h0Z" pointer-events="none"/><g class="x" pointer-events="none"><line x2="5" stroke="#d0d7de" opacity="1"/></g>' +
      '<path class="foreground" d="" pointer-events="none" display="none"/><path class="background" d="M0,0h4v4h-4Z" fill="#eee"/><line opacity="0.2"/></g>';
    expect(slimSvg(svg)).toBe('<g><g class="x"><line x2="5" stroke="#d0d7de"/></g><path class="background" d="M0,0h4v4h-4Z" fill="#eee"/><line opacity="0.2"/></g>');
  });
});

describe('slimSvg and fonts', () => {
  it('says a font stack shared by every text once, on the root', () => {
    const f = 'font-family="system-ui, &quot;Segoe UI&quot;"';
    expect(slimSvg(`<svg width="2"><text ${f} x="1">a</text><g><text ${f}>b</text></g></svg>`)).toBe(`<svg ${f} width="2"><text x="1">a</text><g><text>b</text></g></svg>`);
  });

  it('leaves fonts alone when texts use several', () => {
    const svg = '<svg><text font-family="a">a</text><text font-family="b">b</text></svg>';
    expect(slimSvg(svg)).toBe(svg);
  });
});
