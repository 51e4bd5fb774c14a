import { describe, expect, it } from 'vitest';
import { unsafeSvgConstruct } from '../../../src/lib/mermaid/svg-safety';

describe('unsafeSvgConstruct', () => {
  it('accepts plain SVG, including text that merely mentions scripts', () => {
    const svg = '<svg id="a" style="max-width: 10px"><style>#a .on{fill:red}</style><text class="online">onclick=&lt;script&gt;</text><a href="https://example.org/">x</a><image href="data:image/png;base64,AAAA"/></svg>';
    expect(unsafeSvgConstruct(svg)).toBeNull();
  });
  it('names a script element', () => {
    expect(unsafeSvgConstruct('<svg><script>alert(1)</script></svg>')).toBe('a <script> element');
  });
  it('names an event-handler attribute, whatever its case or quoting', () => {
    expect(unsafeSvgConstruct('<svg><g OnClick="x()"></g></svg>')).toBe('an event-handler attribute OnClick on <g>');
    expect(unsafeSvgConstruct("<svg><rect x='1' onmouseover='x()'/></svg>")).toBe('an event-handler attribute onmouseover on <rect>');
  });
  it('names javascript: links and HTML data URLs', () => {
    expect(unsafeSvgConstruct('<svg><a xlink:href=" javascript:alert(1)">x</a></svg>')).toBe('a javascript: URL in xlink:href on <a>');
    expect(unsafeSvgConstruct('<svg><a href="data:text/html,x">x</a></svg>')).toBe('a data: URL in href on <a>');
  });
  it('names plug-in elements', () => {
    expect(unsafeSvgConstruct('<svg><foreignObject><iframe src="/x"></iframe></foreignObject></svg>')).toBe('a <iframe> element');
  });
});
