import { describe, expect, it } from 'vitest';
import { stripAria } from '../../../src/lib/charts/strip-aria';

describe('stripAria', () => {
  it('drops role and aria-* attributes from every tag and keeps everything else', () => {
    const svg =
      '<svg class="marks" width="10" height="10" role="graphics-document" aria-roledescription="visualization" aria-label="A chart">' +
      '<path aria-label="Model: a; Pass rate: 50%" role="graphics-symbol" aria-roledescription="rect mark" d="M0,0h1v1h-1Z" fill="red"/>' +
      '<text role="graphics-symbol">role="x" aria-label="text stays"</text></svg>';
    expect(stripAria(svg)).toBe(
      '<svg class="marks" width="10" height="10">' + '<path d="M0,0h1v1h-1Z" fill="red"/>' + '<text>role="x" aria-label="text stays"</text></svg>',
    );
  });
});
